// Large documents (docs/large-files.md). VS Code hands no file above 50 MB to extensions; an editor
// that does, and "Lint All Files in the Workspace" meeting such a file on disk, get one
// informational diagnostic pointing to the CLI instead of a lint that holds the server for seconds
// and hundreds of MiB. From 20 MiB the lint waits for a pause in typing rather than running per change.
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { TOOL_NAME } from '../engine';
import { t } from '../l10n';

export const MAX_LINTED_CHARS = 50 * 1024 * 1024;
export const LARGE_DOCUMENT_CHARS = 20 * 1024 * 1024;
export const LARGE_DOCUMENT_DELAY_MS = 300;
export const DOCUMENT_TOO_LARGE = 'document-too-large';

/** The one diagnostic of a document of `size` characters (or bytes, for a file on disk) above MAX_LINTED_CHARS. */
export function documentTooLarge(size: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: DOCUMENT_TOO_LARGE,
    source: TOOL_NAME,
    message: t('This document is {size} MiB, above the {limit} MiB checked while editing (editors stop syncing such files to extensions). Lint it from a terminal: {command} (or {alternative}).', { size: (size / 1048576).toFixed(0), limit: MAX_LINTED_CHARS / 1048576, command: `${TOOL_NAME} <file>`, alternative: 'node dist/cli.js <file>' }),
  };
}
