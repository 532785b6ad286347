// The VS Code side: starts the bundled language server and hands it the documents it lints.
// Everything else (rules, fixes, hover, completion) lives in the server so every LSP editor gets
// it; the commands here only collect what VS Code knows (files, diagnostics) and forward.
// This file stays small: the language client (languageClient.ts, a bundle of its own) is loaded
// just after activate() returns, so activation costs a few milliseconds (issue 6: < 50 ms).
import { commands, env, ExtensionContext, l10n, languages, QuickPickItem, Range, TextDocument, Uri, window, workspace } from 'vscode';
import type * as LanguageClientModule from './languageClient';
import { languageFor } from './languageDetection';
import { isRuleId, OPEN_RULE_DOCS, ruleIdsAt } from './ruleDocs';

const TOOL_NAME = 'cisco-license-lint';

let started: Promise<{ module: typeof LanguageClientModule; started: LanguageClientModule.Started }> | undefined;

function loadClient(): typeof LanguageClientModule {
  // A path esbuild leaves alone (scripts/build.mjs marks it external): dist/languageClient.js.
  return require('./languageClient.js') as typeof LanguageClientModule;
}

/** Schemes whose documents may change mode: files, unsaved editors, virtual workspaces. */
const DETECTED_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs']);
/** Enough of a document to recognise device text (the detection reads its first 16 KiB). */
const DETECTION_LINES = 400;

/**
 * Documents this extension switched to a Cisco mode. Changing a document's mode closes and reopens
 * it: one that comes back in another mode was switched by the user (Change Language Mode), and keeps it.
 */
const switched = new Set<string>();

/** Gives a document the Cisco mode its association or content calls for (issue 15.1); else leaves it. */
function detectLanguage(doc: TextDocument): void {
  if (!DETECTED_SCHEMES.has(doc.uri.scheme)) return;
  const key = doc.uri.toString();
  if (switched.has(key)) {
    if (doc.languageId !== 'cisco-config' && doc.languageId !== 'cisco-show') switched.delete(key);
    return;
  }
  const config = workspace.getConfiguration('ciscoLicenseLint', doc.uri);
  const language = languageFor(
    { path: doc.uri.path, languageId: doc.languageId, text: () => doc.getText(new Range(0, 0, Math.min(doc.lineCount, DETECTION_LINES), 0)) },
    { associations: config.get<Record<string, unknown>>('files.associations'), detect: config.get<boolean>('files.detectByContent', true) },
  );
  if (!language) return;
  switched.add(key);
  void languages.setTextDocumentLanguage(doc, language).then(undefined, () => switched.delete(key));
}

export function activate(context: ExtensionContext): void {
  context.subscriptions.push(workspace.onDidOpenTextDocument(detectLanguage));
  for (const doc of workspace.textDocuments) detectLanguage(doc);
  const client = (started = new Promise<typeof LanguageClientModule>((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(loadClient());
      } catch (e) {
        reject(e);
      }
    });
  }).then((module) => ({ module, started: module.startClient(context) })));
  client.catch((e: unknown) => {
    void window.showErrorMessage(l10n.t('Cisco License Lint: the language client did not load: {error}', { error: String((e as Error)?.message ?? e) }));
  });

  context.subscriptions.push(
    // A show output cannot be fixed in place: its code action hands the configuration to type.
    commands.registerCommand('cisco-license-lint.copyRemedy', async (remedy: string) => {
      await env.clipboard.writeText(remedy);
      void window.showInformationMessage(l10n.t('Cisco License Lint: the configuration that fixes this is on the clipboard.'));
    }),
    commands.registerCommand('cisco-license-lint.lintWorkspace', async () => {
      const { module, started: s } = await client;
      await module.lintWorkspace(s.client);
    }),
    commands.registerCommand(OPEN_RULE_DOCS, (ruleId?: unknown) => openRuleDocs(context, typeof ruleId === 'string' ? ruleId : undefined)),
  );
}

export async function deactivate(): Promise<void> {
  const s = await started?.catch(() => undefined);
  if (s) await s.module.stopClient(s.started);
}

/**
 * Opens a rule's page, packaged with the extension, in VS Code's Markdown preview (offline, issue
 * 15.6): the rule named (the diagnostic's code link, hover's link), else the visible findings under
 * the cursor, else those of the active file (a pick when there are several). A hint, which the editor
 * does not show, never decides which page opens.
 */
async function openRuleDocs(context: ExtensionContext, ruleId?: string): Promise<void> {
  let ids: string[] = [];
  if (ruleId) ids = isRuleId(ruleId) ? [ruleId] : [];
  else if (window.activeTextEditor) {
    const editor = window.activeTextEditor;
    ids = ruleIdsAt(languages.getDiagnostics(editor.document.uri), editor.selection.active.line, TOOL_NAME);
  }
  if (ids.length === 0) {
    void window.showInformationMessage(l10n.t('Cisco License Lint: no finding here. Put the cursor on a flagged line.'));
    return;
  }
  const id = ids.length === 1 ? ids[0] : (await window.showQuickPick(ids.map((label): QuickPickItem => ({ label })), { placeHolder: l10n.t('Open the documentation of which rule?') }))?.label;
  if (!id) return;
  const page = Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await workspace.fs.stat(page);
  } catch {
    void window.showInformationMessage(l10n.t('Cisco License Lint: {rule} has no documentation page.', { rule: id }));
    return;
  }
  await commands.executeCommand('markdown.showPreview', page);
}
