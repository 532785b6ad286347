// Suppression comments, directive checks and the settings file through the real server over stdio:
// what an editor shows is what the CLI reports.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { applyEdits } from '../../server/src/fixes';
import { LspClient, SERVER } from './client';

const TAC = 'destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService';
const config = (...extra: string[]) => [
  'version 16.12', 'hostname C9300', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active',
  '  destination transport-method http', ...extra, `  ${TAC}`, 'ip name-server 192.0.2.53', 'ntp server 192.0.2.123', 'end', '',
].join('\n');
const HEALTHY = config().replace('http://', 'https://');

describe('LSP: suppression, directive checks and settings', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  let client: LspClient;
  let dir: string;
  let version = 1;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cll-lsp-dir-'));
    mkdirSync(join(dir, 'archive'));
    client = new LspClient();
    await client.initialize();
  });
  after(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const settingsFile = () => join(dir, '.cisco-license-lint.json');
  function writeSettings(s: object | string): void {
    writeFileSync(settingsFile(), typeof s === 'string' ? s : JSON.stringify(s));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(settingsFile()).href, type: 2 }] });
  }

  /** Opens a fresh document (its own URI, so no earlier publication is mistaken for its own). */
  async function open(text: string, name = `sw${version}.cfg`): Promise<{ uri: string; diagnostics: any[] }> {
    const path = join(dir, name);
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cisco-config', version: version++, text } });
    const p = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === uri);
    return { uri, diagnostics: p.diagnostics };
  }
  const codes = (ds: any[]) => ds.map((d) => d.code).sort();

  it('disable-next-line, disable … enable and disable-file silence their findings', async () => {
    assert.deepEqual(codes((await open(config())).diagnostics), ['http-destination']);
    assert.deepEqual(codes((await open(config('  ! cisco-license-lint-disable-next-line http-destination'))).diagnostics), []);
    const range = config().replace('\ncall-home\n', '\n! cisco-license-lint-disable http-destination\ncall-home\n').replace('ntp server', '! cisco-license-lint-enable http-destination\nntp server');
    assert.deepEqual(codes((await open(range)).diagnostics), []);
    assert.deepEqual(codes((await open('! cisco-license-lint-disable-file\n' + config())).diagnostics), []);
  });

  it('an unknown rule id is a warning at its columns, with a suggestion and no "disable" action', async () => {
    const { uri, diagnostics } = await open(config('  ! cisco-license-lint-disable-next-line http-destinaton'));
    assert.deepEqual(codes(diagnostics), ['http-destination', 'invalid-directive']);
    const d = diagnostics.find((x) => x.code === 'invalid-directive');
    assert.equal(d.severity, 2);
    assert.equal(d.source, 'cisco-license-lint');
    assert.equal(d.message, "unknown rule id 'http-destinaton' in cisco-license-lint directive; did you mean 'http-destination'?");
    assert.deepEqual(d.range, { start: { line: 7, character: 41 }, end: { line: 7, character: 56 } });
    assert.match(d.codeDescription.href, /docs\/rules\/invalid-directive\.md$/);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    assert.deepEqual(actions.map((a: any) => a.title), ["Replace with 'http-destination'"]);
    assert.equal(actions[0].isPreferred, false);
  });

  it('unused directives: off by default, on from the settings file, with fix-all removing them', async () => {
    const text = HEALTHY.replace('  destination address', '  ! cisco-license-lint-disable-next-line http-destination\n  destination address');
    assert.deepEqual(codes((await open(text)).diagnostics), []);
    writeSettings({ reportUnusedDirectives: true });
    const { uri, diagnostics } = await open(text);
    assert.deepEqual(codes(diagnostics), ['unused-directive']);
    assert.equal(diagnostics[0].severity, 2);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [], only: ['source.fixAll.cisco-license-lint'] } });
    assert.equal(actions.length, 1);
    assert.equal(applyEdits(text, actions[0].edit.changes[uri]).text, HEALTHY);
  });

  it('ciscoLicenseLint.reportUnusedDirectives overrides the file when set', async () => {
    const text = HEALTHY.replace('  destination address', '  ! cisco-license-lint-disable-next-line http-destination\n  destination address');
    client.configuration = { enable: true, rules: {}, reportUnusedDirectives: false };
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    assert.deepEqual(codes((await open(text)).diagnostics), []);
    writeSettings({});
    client.configuration = { enable: true, rules: {}, reportUnusedDirectives: true };
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    assert.deepEqual(codes((await open(text)).diagnostics), ['unused-directive']);
    client.configuration = { enable: true, rules: {} };
    client.notify('workspace/didChangeConfiguration', { settings: {} });
  });

  it('the settings file changes severities and switches rules off; editor settings override it', async () => {
    writeSettings({ rules: { 'http-destination': 'warning', 'invalid-directive': 'off' } });
    const { diagnostics } = await open(config('  ! cisco-license-lint-disable-next-line bogus-rule-id'));
    assert.deepEqual(codes(diagnostics), ['http-destination']);
    assert.equal(diagnostics[0].severity, 2);
    client.configuration = { enable: true, rules: { 'http-destination': 'hint' } };
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    const over = await open(config());
    assert.equal(over.diagnostics[0].severity, 4, 'the editor setting wins over the file');
    client.configuration = { enable: true, rules: {} };
    client.notify('workspace/didChangeConfiguration', { settings: {} });
  });

  it('ignore globs clear a file\'s diagnostics', async () => {
    writeSettings({ ignore: ['archive/**'] });
    assert.deepEqual((await open(config(), join('archive', 'old.cfg'))).diagnostics, []);
    assert.deepEqual(codes((await open(config())).diagnostics), ['http-destination']);
  });

  it('an invalid settings file is reported naming the key, and linting goes on', async () => {
    /** The warnings the server showed (window/showMessageRequest, type 2). */
    const warned = async (re: RegExp) => {
      for (let i = 0; i < 100; i++) {
        const hit = client.serverRequests.find((r) => r.method.startsWith('window/showMessage') && re.test(r.params.message));
        if (hit) return hit.params;
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.fail(`no warning matching ${re}`);
    };
    writeSettings({ rules: { 'http-destination': 'loud' }, failon: 'warning' });
    const { diagnostics } = await open(config());
    assert.deepEqual(codes(diagnostics), ['http-destination']);
    assert.equal((await warned(/"rules\.http-destination" must be one of/)).type, 2);
    await warned(/unknown key "failon"/);
    writeSettings('{ not json');
    assert.deepEqual(codes((await open(config())).diagnostics), ['http-destination']);
    await warned(/not valid JSON/);
    assert.equal(client.exited, false);
    rmSync(settingsFile());
  });
});
