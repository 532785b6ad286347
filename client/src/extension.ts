// The VS Code side: starts the bundled language server and hands it the documents it lints.
// Everything else (rules, fixes, hover, completion) lives in the server so every LSP editor gets
// it; the commands here only collect what VS Code knows (files, diagnostics) and forward.
import * as path from 'node:path';
import {
  CancellationToken, commands, Diagnostic, env, ExtensionContext, languages, ProgressLocation, QuickPickItem, Uri, window, workspace,
} from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

const TOOL_NAME = 'cisco-license-lint';
const DEFAULT_LANGUAGES = ['cisco-config', 'cisco-show', 'cisco', 'ios', 'network-config', 'plaintext', 'log'];
// The schemes whose documents are linted: files, unsaved editors, and virtual workspaces (GitHub Repositories).
const SCHEMES = ['file', 'untitled', 'vscode-vfs'];
// What the CLI reads in a folder, plus the file names the language contributions match.
const WORKSPACE_FILES = '**/{*.cfg,*.conf,*.config,*.ios,*.nxos,*.txt,*.log,*.show,*.tech,*running-config*,*startup-config*,*running_config*,*startup_config*,*show-tech*,*show_tech*,*showtech*}';
const LINT_FILES_REQUEST = 'cisco-license-lint/lintFiles';
const BATCH = 50;
const MAX_FILES = 20000;

interface LintFilesResult {
  linted: number;
  skipped: number;
  findings: number;
}

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const languageIds = workspace.getConfiguration('ciscoLicenseLint').get<string[]>('languageIds', DEFAULT_LANGUAGES);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languageIds.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))),
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/.cisco-license-lint.json') },
  };
  const languageClient = (client = new LanguageClient('ciscoLicenseLint', 'Cisco License Lint', serverOptions, clientOptions));

  context.subscriptions.push(
    // A show output cannot be fixed in place: its code action hands the configuration to type.
    commands.registerCommand('cisco-license-lint.copyRemedy', async (remedy: string) => {
      await env.clipboard.writeText(remedy);
      void window.showInformationMessage('Cisco License Lint: the configuration that fixes this is on the clipboard.');
    }),
    commands.registerCommand('cisco-license-lint.lintWorkspace', () => lintWorkspace(languageClient)),
    commands.registerCommand('cisco-license-lint.openRuleDocs', (ruleId?: unknown) => openRuleDocs(typeof ruleId === 'string' ? ruleId : undefined)),
  );
  // Not awaited: activation returns at once (issue 6 budget: < 50 ms) while the server starts;
  // requests sent meanwhile wait for it.
  starting = languageClient.start().catch((e: unknown) => {
    void window.showErrorMessage(`Cisco License Lint: the language server did not start: ${(e as Error)?.message ?? e}`);
  });
}

export async function deactivate(): Promise<void> {
  // A client still starting cannot be stopped: let the start finish (or fail) first.
  await starting;
  if (client?.isRunning()) await client.stop();
}

/** Every config and capture in the workspace into the Problems panel, without opening an editor per file. */
async function lintWorkspace(languageClient: LanguageClient): Promise<void> {
  const total: LintFilesResult = { linted: 0, skipped: 0, findings: 0 };
  const cancelled = await window.withProgress(
    { location: ProgressLocation.Notification, title: 'Cisco License Lint', cancellable: true },
    async (progress, token: CancellationToken) => {
      progress.report({ message: 'finding files…' });
      // No exclude pattern: VS Code applies files.exclude; node_modules goes here.
      const files = (await workspace.findFiles(WORKSPACE_FILES, undefined, MAX_FILES, token))
        .filter((u) => !u.path.includes('/node_modules/') && !/\/readme[^/]*$/i.test(u.path));
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
        const uris = files.slice(i, i + BATCH).map((u) => u.toString());
        const r = await languageClient.sendRequest<LintFilesResult>(LINT_FILES_REQUEST, { uris }, token);
        total.linted += r.linted;
        total.skipped += r.skipped;
        total.findings += r.findings;
        progress.report({ increment: (100 * uris.length) / files.length, message: `${Math.min(i + BATCH, files.length)} of ${files.length} files` });
      }
      return token.isCancellationRequested;
    },
  ).then((c) => c, (e) => {
    // A cancelled request rejects; anything else is worth showing.
    if (!/cancel/i.test(String(e?.message ?? e))) void window.showErrorMessage(`Cisco License Lint: ${e?.message ?? e}`);
    return true;
  });
  await commands.executeCommand('workbench.actions.view.problems');
  const summary = `${total.findings} finding${total.findings === 1 ? '' : 's'} in ${total.linted} file${total.linted === 1 ? '' : 's'}`;
  void window.showInformationMessage(`Cisco License Lint: ${cancelled ? 'stopped; so far ' : ''}${summary}.`);
}

function docsTarget(d: Diagnostic): { id: string; target: Uri } | undefined {
  if (d.source !== TOOL_NAME || typeof d.code !== 'object' || !d.code.target) return undefined;
  return { id: String(d.code.value), target: d.code.target };
}

/**
 * Opens a rule's page: the rule named, else the findings under the cursor, else any in the active
 * file (a pick when there are several). The pages' addresses come with the diagnostics.
 */
async function openRuleDocs(ruleId?: string): Promise<void> {
  const editor = window.activeTextEditor;
  const all = languages.getDiagnostics().flatMap(([, ds]) => ds.map(docsTarget)).filter((x): x is { id: string; target: Uri } => !!x);
  let candidates = ruleId ? all.filter((x) => x.id === ruleId) : [];
  if (!ruleId && editor) {
    const inFile = languages.getDiagnostics(editor.document.uri);
    const line = editor.selection.active.line;
    const atCursor = inFile.filter((d) => d.range.start.line <= line && d.range.end.line >= line).map(docsTarget);
    candidates = (atCursor.some(Boolean) ? atCursor : inFile.map(docsTarget)).filter((x): x is { id: string; target: Uri } => !!x);
  }
  const byId = new Map(candidates.map((c) => [c.id, c.target]));
  if (byId.size === 0) {
    void window.showInformationMessage(ruleId
      ? `Cisco License Lint: no finding of ${ruleId} is open; its page is docs/rules/${ruleId}.md in the repository.`
      : 'Cisco License Lint: no finding here. Put the cursor on a flagged line.');
    return;
  }
  let target = byId.size === 1 ? [...byId.values()][0] : undefined;
  if (!target) {
    const pick = await window.showQuickPick([...byId.keys()].map((id): QuickPickItem => ({ label: id })), { placeHolder: 'Open the documentation of which rule?' });
    target = pick && byId.get(pick.label);
  }
  if (target) await env.openExternal(target);
}
