// Drives a real VS Code workbench: code-server (VS Code 1.100.3's workbench and Node extension
// host) with the packaged .vsix installed, in Debian's chromium through playwright-core. Used by
// the end-to-end suite (suite.ts) and the editor start-up bench (bench/editor.mjs).
// Everything it writes (user data, extensions, code-server's config) lives in one temp folder.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Browser, chromium, Locator, Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** Settings for a quiet, deterministic window: no trust dialog, welcome page, tips or update checks. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
};

export interface SessionOptions {
  codeServer: string;
  chromium: string;
  vsix: string;
  /** Folder opened as the workspace. */
  workspace: string;
  /** Temp folder for user data, extensions and code-server's own config. */
  scratch: string;
  viewport?: { width: number; height: number };
  log?: (line: string) => void;
  /** Display language (code-server's --locale), e.g. 'de': see useLocale(). */
  locale?: string;
  /** User settings on top of the quiet defaults. */
  settings?: Record<string, unknown>;
  /** Log levels, as `code --log`: e.g. `cisco-license-lint.cisco-license-lint:trace` (the workbench's `logLevel` payload). */
  logLevel?: string;
}

/**
 * Lets code-server's workbench run in `locale` offline. code-server takes `--locale`, but VS Code
 * switches only to a language it has a language pack for; otherwise the workbench, and with it the
 * extension host's vscode.env.language (and so the locale the language client sends the server at
 * initialize), stay 'en'. Language packs come from the Marketplace; here a minimal one is written in
 * their place: a translations file for VS Code's core with no translations (its own texts stay
 * English) and the entry for it in <user-data-dir>/languagepacks.json, which is what VS Code writes
 * when a language pack extension is installed. The server then generates the workbench's NLS file for
 * that language (<user-data-dir>/clp/…/nls.messages.js, setting _VSCODE_NLS_LANGUAGE), and extensions
 * get package.nls.<locale>.json and l10n/bundle.l10n.<locale>.json.
 */
function useLocale(userData: string, scratch: string, locale: string): string[] {
  const pack = join(scratch, `language-pack-${locale}`);
  mkdirSync(pack, { recursive: true });
  const translations = join(pack, 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: `e2e-${locale}`,
      extensions: [{ extensionIdentifier: { id: `cisco-license-lint-e2e.language-pack-${locale}` }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: locale,
    },
  }, null, 2));
  return ['--locale', locale];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export class CodeServerSession {
  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    private readonly server: ChildProcess,
    readonly url: string,
    private readonly output: string[],
  ) {}

  /** code-server's own output so far (for failure messages). */
  get serverLog(): string {
    return this.output.join('').slice(-4000);
  }

  static async start(o: SessionOptions): Promise<CodeServerSession> {
    const log = o.log ?? (() => undefined);
    const { server, url, output } = await startCodeServer(o);
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath: o.chromium, args: CHROMIUM_ARGS, timeout: 30_000 });
    } catch (e) {
      killGroup(server);
      throw e;
    }
    const page = await browser.newPage({ viewport: o.viewport ?? { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const session = new CodeServerSession(page, browser, server, url, output);
    const payload = o.logLevel ? `&payload=${encodeURIComponent(JSON.stringify([['logLevel', o.logLevel]]))}` : '';
    await page.goto(`${url}/?folder=${encodeURIComponent(o.workspace)}${payload}`, { timeout: 30_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    log('workbench ready');
    return session;
  }

  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    killGroup(this.server);
  }

  /** Opens a file from the Explorer with a click, as a person would, and waits for its editor. */
  async openFromExplorer(name: string): Promise<void> {
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
  }

  /** Errors and warnings as the status bar counts them. */
  async problemCounts(): Promise<{ errors: number; warnings: number }> {
    const text = (await this.page.locator('[id="status.problems"]').first().innerText()).replace(/\s+/g, ' ').trim();
    const [errors, warnings] = (text.match(/\d+/g) ?? ['0', '0']).map(Number);
    return { errors: errors ?? 0, warnings: warnings ?? 0 };
  }

  async waitForErrors(predicate: (errors: number) => boolean, timeout = 30_000): Promise<number> {
    const until = Date.now() + timeout;
    for (;;) {
      const { errors } = await this.problemCounts();
      if (predicate(errors)) return errors;
      if (Date.now() > until) throw new Error(`status bar shows ${errors} errors`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Ctrl+G line:column (1-based), into the active editor. */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('Control+g');
    await this.page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /** The rendered editor line holding this text. */
  viewLine(text: string): Locator {
    return this.page.locator('.editor-instance .monaco-editor .view-line', { hasText: text }).first();
  }

  /** Runs a command from the palette (F1), by its title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
    await this.page.keyboard.press('Enter');
  }
}

/** Starts code-server on a free loopback port (installing the .vsix first when given). */
async function startCodeServer(o: Omit<SessionOptions, 'vsix'> & { vsix?: string }): Promise<{ server: ChildProcess; url: string; output: string[] }> {
  const log = o.log ?? (() => undefined);
  const userData = join(o.scratch, 'user-data');
  const extensions = join(o.scratch, 'extensions');
  const config = join(o.scratch, 'code-server.yaml');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...o.settings }, null, 2));
  writeFileSync(config, 'auth: none\n');
  // code-server otherwise writes its config and state under the user's home.
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(o.scratch, 'xdg-config'),
    XDG_DATA_HOME: join(o.scratch, 'xdg-data'),
    XDG_CACHE_HOME: join(o.scratch, 'xdg-cache'),
  };
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

  if (o.vsix) {
    const install = spawnSync(process.execPath, [o.codeServer, ...common, '--install-extension', o.vsix], { env, encoding: 'utf8', timeout: 60_000 });
    if (install.status !== 0 || !/successfully installed/i.test(install.stdout + install.stderr)) {
      throw new Error(`code-server --install-extension failed:\n${install.stdout}${install.stderr}`);
    }
    log(`installed ${o.vsix}`);
  }

  const locale = o.locale && !/^en\b/i.test(o.locale) ? useLocale(userData, o.scratch, o.locale) : [];
  const port = await freePort();
  const output: string[] = [];
  const server = spawn(process.execPath, [o.codeServer, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ...locale, o.workspace], {
    env, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  server.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  server.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not listen within 30 s:\n${output.join('')}`)), 30_000);
    const check = () => {
      if (output.join('').includes('HTTP server listening')) {
        clearTimeout(timer);
        resolve();
      } else if (server.exitCode !== null) {
        clearTimeout(timer);
        reject(new Error(`code-server exited with ${server.exitCode}:\n${output.join('')}`));
      } else setTimeout(check, 100);
    };
    check();
  });
  log(`code-server on ${url}`);
  return { server, url, output };
}

export interface ExtensionTestsOptions extends Omit<SessionOptions, 'vsix'> {
  /** Folder of the extension under test (package.json + dist/), loaded as a development extension. */
  extensionDevelopmentPath: string;
  /** Bundled CommonJS module exporting run(): Promise<void> (as for @vscode/test-electron). */
  extensionTestsPath: string;
  timeoutMs?: number;
}

/**
 * Runs an extension-host test module in code-server's extension host, as @vscode/test-electron
 * does in VS Code desktop: the workbench takes extensionDevelopmentPath and extensionTestsPath
 * from its `payload` query parameter (the mechanism @vscode/test-web uses) and reports the result
 * through window.codeAutomationExit. Returns the exit code and what the tests logged.
 */
export async function runExtensionTests(o: ExtensionTestsOptions): Promise<{ code: number; log: string[] }> {
  const { server, url, output } = await startCodeServer(o);
  const lines: string[] = [];
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: o.chromium, args: CHROMIUM_ARGS, timeout: 30_000 });
    const page = await browser.newPage();
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      // Only the test module's own lines (the workbench logs its own chatter here too).
      if (type !== 'error' && /^(ok|not ok) - |^\d+ of \d+ passed/.test(text)) lines.push(text);
    });
    const authority = new URL(url).host;
    const remote = (path: string) => `vscode-remote://${authority}${path}`;
    const payload = [['extensionDevelopmentPath', remote(o.extensionDevelopmentPath)], ['extensionTestsPath', remote(o.extensionTestsPath)]];
    await page.goto(`${url}/?folder=${encodeURIComponent(o.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 30_000 });
    const timeoutMs = o.timeoutMs ?? 180_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((_, reject) => {
      timer = setTimeout(() => reject(new Error(
        `the extension tests did not finish within ${timeoutMs / 1000} s:\n${lines.join('\n')}\n${output.join('').slice(-3000)}`)), timeoutMs);
    });
    try {
      return { code: await Promise.race([exited, timedOut]), log: lines };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await browser?.close().catch(() => undefined);
    killGroup(server);
  }
}

function killGroup(p: ChildProcess): void {
  if (p.exitCode !== null || p.pid === undefined) return;
  try {
    process.kill(-p.pid, 'SIGTERM');
  } catch {
    p.kill('SIGTERM');
  }
}

/** Letters and digits only, lower case: compares Markdown with what the hover renders of it. */
export function plain(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
