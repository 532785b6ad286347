// Runs inside VS Code's extension host (loaded through --extensionTestsPath, bundled by
// test/e2e/electron/bundle.ts): opens the workspace's fixtures and goes through the editor's own
// commands — diagnostics, hover, quick fix, completion, document symbols — as the lsp-sample's
// client tests do. No test framework is loaded into the host: each check is an async function run
// in order, and run() rejects with every failure listed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'cisco-license-lint.cisco-license-lint';
const HTTP_URL = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';
const CONFIG = 'acc-sw-11-running-config.cfg';
const SHOW_TECH = 'acc-sw-91-show-tech.txt';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

async function openConfig(): Promise<{ doc: vscode.TextDocument; finding: vscode.Diagnostic }> {
  const doc = await vscode.workspace.openTextDocument(fixture(CONFIG));
  await vscode.window.showTextDocument(doc);
  const finding = await waitFor('the http-destination diagnostic', () =>
    vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'http-destination'));
  return { doc, finding };
}

const checks: [string, () => Promise<void>][] = [
  ['the extension activates on a Cisco config and the file opens as cisco-config', async () => {
    const { doc } = await openConfig();
    assert.equal(doc.languageId, 'cisco-config');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    await waitFor('activation', () => ext.isActive);
  }],

  ['diagnostics carry the rule id, the source and the docs link', async () => {
    const { doc, finding } = await openConfig();
    assert.equal(finding.source, 'cisco-license-lint');
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
    // The code link opens the page packaged with the extension, offline (issue 15.6).
    assert.ok(typeof finding.code === 'object' && finding.code.value === 'http-destination');
    const target = typeof finding.code === 'object' ? finding.code.target : undefined;
    assert.equal(target?.scheme, 'command');
    assert.equal(target?.path, 'cisco-license-lint.openRuleDocs');
    assert.deepEqual(JSON.parse(decodeURIComponent(target!.query)), ['http-destination']);
    assert.equal(doc.getText(finding.range), HTTP_URL);
  }],

  ['vscode.executeHoverProvider on the URL explains the finding', async () => {
    const { doc, finding } = await openConfig();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, finding.range.start.translate(0, 5));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /http-destination/);
    assert.match(text, /HTTPS/);
  }],

  ['vscode.executeCodeActionProvider offers the fix; applying it rewrites only that line', async () => {
    const { doc, finding } = await openConfig();
    const before = doc.getText().split('\n');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable http-destination for this line'), titles.join(', '));
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, titles.join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const after = doc.getText().split('\n');
    assert.equal(after.length, before.length);
    const changed = before.map((l, i) => (l === after[i] ? -1 : i)).filter((i) => i >= 0);
    assert.deepEqual(changed, [finding.range.start.line]);
    assert.equal(after[finding.range.start.line], before[finding.range.start.line].replace('http://', 'https://'));
    await waitFor('the finding to go away', () => !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'http-destination'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }],

  ['vscode.executeCompletionItemProvider inside a call-home profile offers its commands', async () => {
    const { doc } = await openConfig();
    const profileLine = doc.getText().split('\n').findIndex((l) => l.startsWith(' profile '));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(profileLine + 1, 0), '  \n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(profileLine + 1, 2));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('reporting smart-licensing-data'), labels.join(', '));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }],

  ['"Lint All Files in the Workspace" puts an unopened show-tech\'s findings in the Problems panel', async () => {
    const showTech = fixture(SHOW_TECH);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === showTech.toString()), 'the show-tech is not open yet');
    assert.equal(vscode.languages.getDiagnostics(showTech).length, 0);
    await vscode.commands.executeCommand('cisco-license-lint.lintWorkspace');
    const found = await waitFor('the show-tech\'s diagnostics', () => {
      const ds = vscode.languages.getDiagnostics(showTech).filter((d) => d.source === 'cisco-license-lint');
      return ds.length > 0 ? ds : undefined;
    });
    assert.ok(found.some((d) => codeOf(d) === 'authorization-failed'), found.map(codeOf).join(', '));
  }],

  ['vscode.executeDocumentSymbolProvider lists the show-tech sections (the Outline)', async () => {
    const doc = await vscode.workspace.openTextDocument(fixture(SHOW_TECH));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'cisco-show');
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length > 0 ? s : undefined;
    });
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('show version') && names.includes('show license all'), names.join(', '));
  }],

  ['the commands are registered', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['cisco-license-lint.lintWorkspace', 'cisco-license-lint.openRuleDocs', 'cisco-license-lint.copyRemedy']) assert.ok(all.includes(c), c);
  }],
];

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, check] of checks) {
    const started = Date.now();
    try {
      await check();
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      console.log(`not ok - ${name}\n  ${String((e as Error)?.stack ?? e).replace(/\n/g, '\n  ')}`);
      failures.push(name);
    }
  }
  console.log(`${checks.length - failures.length} of ${checks.length} passed`);
  if (failures.length) throw new Error(`${failures.length} failed: ${failures.join('; ')}`);
}
