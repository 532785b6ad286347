// Outline, folding and go-to-definition over the connection: the engine's plain data, shaped for
// what the client said it supports (hierarchical symbols, location links, a folding range limit).
import {
  ClientCapabilities, Connection, DocumentSymbol, FoldingRange, Location, LocationLink, SymbolInformation, SymbolKind,
} from 'vscode-languageserver/node';
import { LintResult } from '../engine';
import { definitionAt } from '../navigation/definition';
import { Fold, foldingRanges, outermostFolds } from '../navigation/folding';
import { documentSymbols, OutlineSymbol } from '../navigation/symbols';

/** Flat symbols with their container's name, for clients without hierarchical outlines. */
function toSymbolInformation(symbols: OutlineSymbol[], uri: string, container?: string, out: SymbolInformation[] = []): SymbolInformation[] {
  for (const s of symbols) {
    out.push(SymbolInformation.create(s.name, s.kind as SymbolKind, s.range, uri, container));
    if (s.children) toSymbolInformation(s.children, uri, s.name, out);
  }
  return out;
}

// Editors ask for the outline and folding again and again for the same version (outline view,
// breadcrumbs, sticky scroll): each lint result computes them once.
const symbolCache = new WeakMap<LintResult, OutlineSymbol[]>();
const foldingCache = new WeakMap<LintResult, Fold[]>();

function symbolsFor(result: LintResult): OutlineSymbol[] {
  let symbols = symbolCache.get(result);
  if (!symbols) {
    symbols = documentSymbols(result.model);
    symbolCache.set(result, symbols);
  }
  return symbols;
}

function foldsFor(result: LintResult): Fold[] {
  let folds = foldingCache.get(result);
  if (!folds) {
    folds = foldingRanges(result.model);
    foldingCache.set(result, folds);
  }
  return folds;
}

export function registerNavigation(
  connection: Connection,
  resultFor: (uri: string) => Promise<LintResult | undefined>,
  clientCapabilities: () => ClientCapabilities,
): void {
  connection.onDocumentSymbol(async (params) => {
    const result = await resultFor(params.textDocument.uri);
    if (!result) return [];
    const symbols = symbolsFor(result);
    // OutlineSymbol is DocumentSymbol's shape: no copy of a large outline.
    if (clientCapabilities().textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport) return symbols as DocumentSymbol[];
    return toSymbolInformation(symbols, params.textDocument.uri);
  });

  connection.onFoldingRanges(async (params) => {
    const result = await resultFor(params.textDocument.uri);
    if (!result) return [];
    const limit = clientCapabilities().textDocument?.foldingRange?.rangeLimit;
    return outermostFolds(foldsFor(result), limit) satisfies FoldingRange[];
  });

  connection.onDefinition(async (params) => {
    const result = await resultFor(params.textDocument.uri);
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
