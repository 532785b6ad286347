// Issue 19: every request that depends on settings waits for them. VS Code asks for fix-all on
// the first save right after didOpen (editor.codeActionsOnSave), before its answer to
// workspace/configuration has arrived: a rule the user turned off must never be fixed then.
// The client here answers workspace/configuration late on purpose.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient, SERVER } from './client';

const TAC_HTTP = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';
const CONFIG = [
  'version 16.12', 'hostname C9300-ACC-01', '!', 'service call-home', '!', 'call-home', ' contact-email-addr netops@example.com',
  ' profile "CiscoTAC-1"', '  active', '  destination transport-method http', `  destination address http ${TAC_HTTP}`, '!',
  'ip name-server 192.0.2.53', 'ntp server 192.0.2.123', 'end', '',
].join('\n');
const HTTP_LINE = 10;
const FIX_ALL = 'source.fixAll.cisco-license-lint';

const fixAll = (client: LspClient, uri: string) =>
  client.request('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: [FIX_ALL] },
  });
const quickFixes = (client: LspClient, uri: string) =>
  client.request('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: HTTP_LINE, character: 0 }, end: { line: HTTP_LINE, character: 10 } },
    context: { diagnostics: [], only: ['quickfix'] },
  });
const hover = (client: LspClient, uri: string) =>
  client.request('textDocument/hover', { textDocument: { uri }, position: { line: HTTP_LINE, character: 30 } });
const open = (client: LspClient, uri: string, version = 1) =>
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cisco-config', version, text: CONFIG } });
const mentionsHttpRule = (x: unknown) => JSON.stringify(x ?? null).includes('http-destination') || JSON.stringify(x ?? null).includes('https://tools.cisco.com');

describe('settings before fixes (issue 19)', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cll-settings-first-'));
    client = new LspClient();
    await client.initialize();
  });
  after(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('control: with no setting, fix-all right after didOpen rewrites the http:// line', async () => {
    client.configuration = { enable: true, rules: {} };
    client.configurationDelayMs = 300;
    const uri = pathToFileURL(join(dir, 'control-running-config.cfg')).href;
    open(client, uri);
    const actions = await fixAll(client, uri);
    assert.equal(actions.length, 1);
    assert.ok(mentionsHttpRule(actions[0].edit), JSON.stringify(actions));
  });

  it('a rule turned off in the editor: fix-all, quick fixes and hover sent before the configuration answer offer nothing for it', async () => {
    client.configuration = { enable: true, rules: { 'http-destination': 'off' } };
    client.configurationDelayMs = 400;
    const uri = pathToFileURL(join(dir, 'off-running-config.cfg')).href;
    open(client, uri);
    const [all, quick, hovered] = await Promise.all([fixAll(client, uri), quickFixes(client, uri), hover(client, uri)]);
    assert.deepEqual(all, []);
    assert.ok(!mentionsHttpRule(quick), JSON.stringify(quick));
    assert.ok(!JSON.stringify(hovered ?? null).includes('http-destination'), JSON.stringify(hovered));
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.ok(!published.diagnostics.some((d: any) => d.code === 'http-destination'));
  });

  it('the linter disabled in the editor: no fix-all and no diagnostics', async () => {
    client.configuration = { enable: false, rules: {} };
    client.configurationDelayMs = 300;
    const uri = pathToFileURL(join(dir, 'disabled-running-config.cfg')).href;
    open(client, uri);
    assert.deepEqual(await fixAll(client, uri), []);
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(published.diagnostics, []);
  });

  it('settings changed while a configuration answer is in flight: the older answer is not used', async () => {
    const uri = pathToFileURL(join(dir, 'race-running-config.cfg')).href;
    client.configuration = { enable: true, rules: {} };
    client.configurationDelayMs = 0;
    open(client, uri);
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((d: any) => d.code === 'http-destination'));
    // The first re-fetch is answered late with the rule still on; the user turns it off meanwhile.
    client.configurationDelayMs = 400;
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    await new Promise((r) => setTimeout(r, 50));
    client.configuration = { enable: true, rules: { 'http-destination': 'off' } };
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    assert.deepEqual(await fixAll(client, uri), []);
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some((d: any) => d.code === 'http-destination'));
    assert.ok(published);
  });

  it('a rule turned off in .cisco-license-lint.json: no fix before or after the configuration answer; turned on again after the file changes', async () => {
    const sub = join(dir, 'project');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    writeFileSync(join(sub, '.cisco-license-lint.json'), JSON.stringify({ rules: { 'http-destination': 'off' } }));
    client.configuration = { enable: true, rules: {} };
    client.configurationDelayMs = 300;
    const uri = pathToFileURL(join(sub, 'edge-running-config.cfg')).href;
    open(client, uri);
    assert.deepEqual(await fixAll(client, uri), []);
    writeFileSync(join(sub, '.cisco-license-lint.json'), JSON.stringify({ rules: {} }));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(sub, '.cisco-license-lint.json')).href, type: 2 }] });
    const actions = await fixAll(client, uri);
    assert.equal(actions.length, 1);
    assert.ok(mentionsHttpRule(actions[0].edit));
  });
});

describe('protocol errors (issue 19, issue 20.14)', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  const uri = 'file:///tmp/cisco-license-lint-test/errors-running-config.cfg';

  it('malformed positions and ranges are InvalidParams (-32602), and the server keeps answering', async () => {
    const client = new LspClient();
    try {
      await client.initialize();
      open(client, uri);
      await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      const bad: [string, unknown][] = [
        ['textDocument/hover', { textDocument: { uri }, position: null }],
        ['textDocument/hover', { textDocument: { uri }, position: { line: 'x', character: 0 } }],
        ['textDocument/hover', { textDocument: { uri } }],
        ['textDocument/hover', null],
        ['textDocument/completion', { textDocument: { uri }, position: { line: 1 } }],
        ['textDocument/definition', { textDocument: { uri }, position: [0, 0] }],
        ['textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [] } }],
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
        ['textDocument/documentSymbol', { textDocument: null }],
        ['textDocument/foldingRange', {}],
      ];
      for (const [method, params] of bad) {
        await assert.rejects(client.request(method, params), (e: any) => e.code === -32602, `${method} ${JSON.stringify(params)}`);
      }
      const ok = await hover(client, uri);
      assert.ok(ok && ok.contents.value.length > 0);
    } finally {
      client.kill();
    }
  });

  it('requests after shutdown are InvalidRequest (-32600); exit then ends the process with 0', async () => {
    const client = new LspClient();
    await client.initialize();
    open(client, uri);
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.equal(await client.request('shutdown', null), null);
    await assert.rejects(hover(client, uri), (e: any) => e.code === -32600);
    await assert.rejects(fixAll(client, uri), (e: any) => e.code === -32600);
    await assert.rejects(client.request('shutdown', null), (e: any) => e.code === -32600);
    client.notify('exit', null);
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 3000);
      (client as any).proc.on('exit', (c: number | null) => { clearTimeout(timer); resolve(c); });
      if ((client as any).proc.exitCode !== null) { clearTimeout(timer); resolve((client as any).proc.exitCode); }
    });
    assert.equal(code, 0);
  });
});
