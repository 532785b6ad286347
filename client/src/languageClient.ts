// The language client, loaded by extension.ts right after activation returns: vscode-languageclient
// is most of the extension's code, and VS Code counts loading it as activation time (issue 6: the
// extension activates in < 50 ms; the client follows on the next turn of the event loop).
import * as path from 'node:path';
import { CancellationToken, commands, ExtensionContext, Hover, l10n, languages, MarkdownString, ProgressLocation, Uri, window, workspace } from 'vscode';
import { LanguageClient, LanguageClientOptions, Middleware, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { localizeRuleLinks, OPEN_RULE_DOCS, ruleDocsCommand, ruleIdOfPage, visibleProblems } from './ruleDocs';

const TOOL_NAME = 'cisco-license-lint';

const DEFAULT_LANGUAGES = ['cisco-config', 'cisco-show', 'cisco', 'ios', 'network-config', 'plaintext', 'log', 'properties'];
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

export interface Started {
  client: LanguageClient;
  /** Settles when the server has started (or failed to, which has been shown to the user). */
  ready: Promise<void>;
}

/**
 * Links to rule pages open the page packaged with the extension (issue 15.6): the diagnostic's code
 * link and hover's "Rule documentation" become the openRuleDocs command; the server's public address
 * stays for SARIF and the CLI.
 */
const offlineRuleDocs: Middleware = {
  handleDiagnostics(uri, diagnostics, next) {
    for (const d of diagnostics) {
      if (typeof d.code !== 'object' || !d.code.target) continue;
      const id = ruleIdOfPage(d.code.target.toString(true));
      if (id) d.code = { value: d.code.value, target: Uri.parse(ruleDocsCommand(id)) };
    }
    next(uri, diagnostics);
  },
  async provideHover(document, position, token, next) {
    const hover = await next(document, position, token);
    if (!hover) return hover;
    const contents = hover.contents.map((c) => {
      if (!(c instanceof MarkdownString)) return c;
      const localized = localizeRuleLinks(c.value);
      if (localized === c.value) return c;
      const m = new MarkdownString(localized, c.supportThemeIcons);
      m.isTrusted = { enabledCommands: [OPEN_RULE_DOCS] };
      m.supportHtml = c.supportHtml;
      return m;
    });
    return new Hover(contents, hover.range);
  },
};

/** Creates the client and starts the bundled server over node IPC; does not wait for it. */
export function startClient(context: ExtensionContext): Started {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const languageIds = workspace.getConfiguration('ciscoLicenseLint').get<string[]>('languageIds', DEFAULT_LANGUAGES);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languageIds.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))),
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/.cisco-license-lint.json') },
    middleware: offlineRuleDocs,
  };
  const client = new LanguageClient('ciscoLicenseLint', 'Cisco License Lint', serverOptions, clientOptions);
  const ready = client.start().catch((e: unknown) => {
    void window.showErrorMessage(l10n.t('Cisco License Lint: the language server did not start: {error}', { error: String((e as Error)?.message ?? e) }));
  });
  return { client, ready };
}

export async function stopClient(started: Started): Promise<void> {
  // A client still starting cannot be stopped: let the start finish (or fail) first.
  await started.ready;
  if (started.client.isRunning()) await started.client.stop();
}

/** Every config and capture in the workspace into the Problems panel, without opening an editor per file. */
export async function lintWorkspace(languageClient: LanguageClient): Promise<void> {
  const total: LintFilesResult = { linted: 0, skipped: 0, findings: 0 };
  const cancelled = await window.withProgress(
    { location: ProgressLocation.Notification, title: 'Cisco License Lint', cancellable: true },
    async (progress, token: CancellationToken) => {
      progress.report({ message: l10n.t('finding files…') });
      // No exclude pattern: VS Code applies files.exclude; node_modules goes here.
      const files = (await workspace.findFiles(WORKSPACE_FILES, undefined, MAX_FILES, token))
        .filter((u) => !u.path.includes('/node_modules/') && !/\/readme[^/]*$/i.test(u.path));
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
        const uris = files.slice(i, i + BATCH).map((u) => u.toString());
        const r = await languageClient.sendRequest<LintFilesResult>(LINT_FILES_REQUEST, { uris }, token);
        total.linted += r.linted;
        total.skipped += r.skipped;
        total.findings += r.findings;
        progress.report({ increment: (100 * uris.length) / files.length, message: l10n.t('{done} of {total} files', { done: Math.min(i + BATCH, files.length), total: files.length }) });
      }
      return token.isCancellationRequested;
    },
  ).then((c) => c, (e) => {
    // A cancelled request rejects; anything else is worth showing.
    if (!/cancel/i.test(String(e?.message ?? e))) void window.showErrorMessage(`Cisco License Lint: ${e?.message ?? e}`);
    return true;
  });
  await commands.executeCommand('workbench.actions.view.problems');
  // The count the Problems panel shows (issue 15.8): this tool's diagnostics in every file, open ones
  // included, hints left out (the panel does not list them).
  const { problems, files } = visibleProblems(languages.getDiagnostics().map(([, ds]) => ds), TOOL_NAME);
  const problemCount = problems === 1 ? l10n.t('{count} problem', { count: problems }) : l10n.t('{count} problems', { count: problems });
  const fileCount = (n: number) => (n === 1 ? l10n.t('{count} file', { count: n }) : l10n.t('{count} files', { count: n }));
  const summary = { problems: problemCount, files: fileCount(files), linted: fileCount(total.linted) };
  void window.showInformationMessage(cancelled
    ? l10n.t('Cisco License Lint: stopped; so far {problems} in {files} ({linted} linted from disk).', summary)
    : l10n.t('Cisco License Lint: {problems} in {files} ({linted} linted from disk).', summary));
}

