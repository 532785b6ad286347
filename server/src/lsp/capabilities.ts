// Everything the server declares, in one place.
import { CodeActionKind, ServerCapabilities, TextDocumentSyncKind } from 'vscode-languageserver/node';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cisco-license-lint`;
export const COPY_REMEDY_COMMAND = 'cisco-license-lint.copyRemedy';

export const capabilities: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
  codeActionProvider: {
    codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND],
    resolveProvider: false,
  },
  hoverProvider: true,
  // Outline, folding and go-to-definition (issue 4, navigation).
  documentSymbolProvider: { label: 'Cisco' },
  foldingRangeProvider: true,
  definitionProvider: true,
  // Space: after `license smart ` or a block keyword the next words are offered at once.
  completionProvider: { triggerCharacters: [' '], resolveProvider: false },
  executeCommandProvider: { commands: [] },
};
