// Requests the server must refuse before any handler sees them (LSP base protocol):
// - after `shutdown`, every request is answered with InvalidRequest (-32600), as the
//   specification asks, instead of being served by a server that is going away;
// - a position or range that is not {line, character} numbers is InvalidParams (-32602), not an
//   internal error (-32603) thrown somewhere inside a handler.
// vscode-jsonrpc hands each incoming message to a MessageStrategy before dispatch; a refused
// request is re-addressed to one reserved method whose handler answers with the error, so the
// reply goes through the connection's own writer and keeps the request's id.
import { t } from '../l10n';
import { Connection, ErrorCodes, Message, MessageStrategy, RequestMessage, ResponseError } from 'vscode-languageserver/node';

const REFUSED = '$/cisco-license-lint/refused';

interface Refusal {
  code: number;
  message: string;
}

function isPosition(p: unknown): boolean {
  const q = p as { line?: unknown; character?: unknown } | null;
  return !!q && typeof q === 'object' && Number.isFinite(q.line) && Number.isFinite(q.character);
}

function isRange(r: unknown): boolean {
  const q = r as { start?: unknown; end?: unknown } | null;
  return !!q && typeof q === 'object' && isPosition(q.start) && isPosition(q.end);
}

function hasDocument(p: Record<string, unknown>): boolean {
  const td = p.textDocument as { uri?: unknown } | undefined;
  return !!td && typeof td === 'object' && typeof td.uri === 'string';
}

/** What a request of this method needs in its params; undefined when they will do. */
function invalidParams(method: string, params: unknown): string | undefined {
  const needsPosition = method === 'textDocument/hover' || method === 'textDocument/completion' || method === 'textDocument/definition';
  const needsRange = method === 'textDocument/codeAction';
  const needsDocument = needsPosition || needsRange || method === 'textDocument/documentSymbol' || method === 'textDocument/foldingRange';
  if (!needsDocument) return undefined;
  if (!params || typeof params !== 'object' || Array.isArray(params)) return t('{method} needs params with a {field}', { method, field: 'textDocument' });
  const p = params as Record<string, unknown>;
  if (!hasDocument(p)) return t('{method} needs {field}', { method, field: 'textDocument.uri' });
  if (needsPosition && !isPosition(p.position)) return t('{method} needs a position of numbers {fields}', { method, fields: '{line, character}' });
  if (needsRange && !isRange(p.range)) return t('{method} needs a range of positions {fields}', { method, fields: '{line, character}' });
  return undefined;
}

export interface MessageGuard {
  strategy: MessageStrategy;
  /** Registers the handler that answers refused requests; call once on the connection. */
  register(connection: Connection): void;
}

export function messageGuard(): MessageGuard {
  let shutdownReceived = false;
  return {
    strategy: {
      handleMessage(message: Message, next: (m: Message) => void) {
        if (!Message.isRequest(message)) return next(message);
        const request = message as RequestMessage;
        let refusal: Refusal | undefined;
        if (shutdownReceived) {
          refusal = { code: ErrorCodes.InvalidRequest, message: t('{method}: the server is shutting down', { method: request.method }) };
        } else {
          if (request.method === 'shutdown') shutdownReceived = true;
          const why = invalidParams(request.method, request.params);
          if (why) refusal = { code: ErrorCodes.InvalidParams, message: why };
        }
        if (!refusal) return next(message);
        const refused: RequestMessage = { jsonrpc: request.jsonrpc, id: request.id, method: REFUSED, params: refusal };
        return next(refused);
      },
    },
    register(connection: Connection) {
      connection.onRequest(REFUSED, (r: Refusal) => new ResponseError(r.code, r.message));
    },
  };
}
