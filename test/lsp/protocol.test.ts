// Drives the real server over stdio as any LSP editor would: initialize → didOpen →
// publishDiagnostics → codeAction → apply → didChange → hover → shutdown.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { applyEdits } from '../../server/src/fixes';
import { LspClient, SERVER } from './client';

const URI = 'file:///tmp/cisco-license-lint-test/switch-running-config.cfg';
const TAC_HTTP = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';
const CONFIG = [
  'version 16.12', 'hostname C9300-ACC-01', '!', 'service call-home', '!', 'call-home', ' contact-email-addr netops@example.com',
  ' profile "CiscoTAC-1"', '  active', '  destination transport-method http', `  destination address http ${TAC_HTTP}`, '!',
  'ntp server 192.0.2.123', 'end', '',
].join('\r\n');

describe('LSP server over stdio', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
  });
  after(() => client.kill());

  it('declares its capabilities', async () => {
    const init = await client.initialize();
    assert.equal(init.serverInfo.name, 'cisco-license-lint');
    assert.ok(init.capabilities.hoverProvider);
    assert.ok(init.capabilities.codeActionProvider.codeActionKinds.includes('quickfix'));
    assert.ok(init.capabilities.codeActionProvider.codeActionKinds.includes('source.fixAll.cisco-license-lint'));
  });

  let diagnostics: any[] = [];
  it('publishes diagnostics on open with rule id, source and docs link', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'cisco-config', version: 1, text: CONFIG } });
    const params = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI);
    diagnostics = params.diagnostics;
    const d = diagnostics.find((x) => x.code === 'http-destination');
    assert.ok(d, JSON.stringify(diagnostics));
    assert.equal(d.source, 'cisco-license-lint');
    assert.equal(d.severity, 1);
    assert.match(d.codeDescription.href, /docs\/rules\/http-destination\.md$/);
    assert.deepEqual(d.range, { start: { line: 10, character: 27 }, end: { line: 10, character: 27 + TAC_HTTP.length } });
  });

  let fixed = '';
  it('offers a quick fix that changes only that line', async () => {
    const d = diagnostics.find((x) => x.code === 'http-destination');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
    });
    const fix = actions.find((a: any) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, JSON.stringify(actions.map((a: any) => a.title)));
    assert.ok(actions.some((a: any) => a.title === 'Disable http-destination for this line'));
    const edits = fix.edit.changes[URI];
    fixed = applyEdits(CONFIG, edits).text;
    const before = CONFIG.split('\r\n');
    const afterLines = fixed.split('\r\n');
    assert.equal(afterLines.length, before.length, 'line count and CRLF endings kept');
    const changed = before.map((l, i) => (l === afterLines[i] ? -1 : i)).filter((i) => i >= 0);
    assert.deepEqual(changed, [10]);
    assert.equal(afterLines[10], '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService');
  });

  it('offers fix-all as source.fixAll.cisco-license-lint', async () => {
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.cisco-license-lint');
  });

  it('re-lints on change and drops the fixed finding', async () => {
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: fixed }] });
    const params = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI && p.version === 2);
    assert.equal(params.diagnostics.filter((d: any) => d.code === 'http-destination').length, 0);
  });

  it('applies incremental changes', async () => {
    // Put the http:// back with a ranged edit, as an editor sends a keystroke.
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ range: { start: { line: 10, character: 31 }, end: { line: 10, character: 32 } }, text: '' }],
    });
    const params = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI && p.version === 3);
    assert.equal(params.diagnostics.filter((d: any) => d.code === 'http-destination').length, 1);
  });

  it('answers hover with Markdown on a flagged line and on licensing commands', async () => {
    const flagged = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 10, character: 40 } });
    assert.equal(flagged.contents.kind, 'markdown');
    assert.match(flagged.contents.value, /http-destination/);
    assert.match(flagged.contents.value, /https:\/\//);
    const service = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 3, character: 3 } });
    assert.ok(service, 'hover on service call-home');
    assert.match(service.contents.value, /call-home/i);
    const plain = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 2 } });
    assert.equal(plain, null);
  });

  it('honours per-rule settings from workspace/configuration', async () => {
    client.configuration = { enable: true, rules: { 'http-destination': 'off' } };
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    const params = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI && !p.diagnostics.some((d: any) => d.code === 'http-destination'));
    assert.ok(params);
    client.configuration = { enable: true, rules: {} };
  });

  it('lints any language id except unrecognised plain text', async () => {
    const readme = 'file:///tmp/cisco-license-lint-test/notes.txt';
    client.notify('textDocument/didOpen', { textDocument: { uri: readme, languageId: 'plaintext', version: 1, text: 'Shopping list\nmilk\n' } });
    const p = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === readme);
    assert.deepEqual(p.diagnostics, []);
    const other = 'file:///tmp/cisco-license-lint-test/router.ios';
    client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'ios', version: 1, text: CONFIG } });
    const q = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === other);
    assert.ok(q.diagnostics.some((d: any) => d.code === 'http-destination'));
  });

  it('shuts down cleanly', async () => {
    const code = await client.shutdown();
    assert.equal(code, 0);
  });
});
