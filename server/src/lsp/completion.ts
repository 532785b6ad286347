// Completion entries -> LSP CompletionItems: snippets where the client takes them, else the same
// text with every placeholder at its default (Neovim without a snippet plugin, for one).
import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver/node';
import { CompletionEntry } from '../completion';

export function toCompletionItems(entries: CompletionEntry[], snippetSupport: boolean): CompletionItem[] {
  return entries.map((e) => {
    const useSnippet = snippetSupport && e.snippet !== e.text;
    const item: CompletionItem = {
      label: e.label,
      kind: e.kind === 'snippet' ? CompletionItemKind.Snippet : CompletionItemKind.Keyword,
      detail: e.detail,
      filterText: e.filterText,
      sortText: e.sortText,
      insertTextFormat: useSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: e.range, newText: useSnippet ? e.snippet : e.text },
    };
    if (e.documentation) item.documentation = { kind: MarkupKind.Markdown, value: e.documentation };
    return item;
  });
}
