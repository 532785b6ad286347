// Outline, folding and go-to-definition over the connection: the engine's plain data, shaped for
// what the client said it supports (hierarchical symbols, location links, a folding range limit).
import {
  ClientCapabilities, Connection, DocumentSymbol, FoldingRange, Location, LocationLink, SymbolInformation, SymbolKind,
} from 'vscode-languageserver/node';
import { LintResult } from '../engine';
import { definitionAt } from '../navigation/definition';
import { foldingRanges } from '../navigation/folding';
import { documentSymbols, OutlineSymbol } from '../navigation/symbols';

function toDocumentSymbol(s: OutlineSymbol): DocumentSymbol {
  return DocumentSymbol.create(s.name, s.detail, s.kind as SymbolKind, s.range, s.selectionRange, s.children?.map(toDocumentSymbol));
}

/** Flat symbols with their container's name, for clients without hierarchical outlines. */
function toSymbolInformation(symbols: OutlineSymbol[], uri: string, container?: string, out: SymbolInformation[] = []): SymbolInformation[] {
  for (const s of symbols) {
    out.push(SymbolInformation.create(s.name, s.kind as SymbolKind, s.range, uri, container));
    if (s.children) toSymbolInformation(s.children, uri, s.name, out);
  }
  return out;
}

export function registerNavigation(
  connection: Connection,
  resultFor: (uri: string) => LintResult | undefined,
  clientCapabilities: () => ClientCapabilities,
): void {
  connection.onDocumentSymbol((params) => {
    const result = resultFor(params.textDocument.uri);
    if (!result) return [];
    const symbols = documentSymbols(result.model);
    if (clientCapabilities().textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport) return symbols.map(toDocumentSymbol);
    return toSymbolInformation(symbols, params.textDocument.uri);
  });

  connection.onFoldingRanges((params) => {
    const result = resultFor(params.textDocument.uri);
    if (!result) return [];
    const limit = clientCapabilities().textDocument?.foldingRange?.rangeLimit;
    return foldingRanges(result.model, limit ?? Number.POSITIVE_INFINITY).map((f): FoldingRange => f);
  });

  connection.onDefinition((params) => {
    const result = resultFor(params.textDocument.uri);
    if (!result) return null;
    const link = definitionAt(result.model, params.position);
    if (!link) return null;
    const uri = params.textDocument.uri;
    if (clientCapabilities().textDocument?.definition?.linkSupport) {
      return [LocationLink.create(uri, link.targetRange, link.targetSelectionRange, link.originSelectionRange)];
    }
    return Location.create(uri, link.targetSelectionRange);
  });
}
