// Issue 15.8: a typo in the editor's ciscoLicenseLint.rules is reported, as the same typo in
// .cisco-license-lint.json is (a warning message, once), and the other rules still apply.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient, SERVER } from './client';

const CONFIG = [
  'version 16.12', 'hostname C9300-ACC-01', '!', 'service call-home', '!', 'call-home', ' contact-email-addr netops@example.com',
  ' profile "CiscoTAC-1"', '  active', '  destination transport-method http', '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService', '!',
  'ip name-server 192.0.2.53', 'ntp server 192.0.2.123', 'end', '',
].join('\n');

describe('a typo in ciscoLicenseLint.rules (issue 15.8)', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cll-editor-typo-'));
    client = new LspClient();
    await client.initialize();
  });
  after(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  // vscode-languageserver sends showWarningMessage as a window/showMessageRequest.
  const messages = () => client.serverRequests.filter((n) => /^window\/showMessage/.test(n.method)).map((n) => String(n.params.message));

  it('is reported once, worded as the settings file\'s typo, while the valid entries apply', async () => {
    client.configuration = { enable: true, rules: { 'http-destinaton': 'off', 'missing-vrf': 'off' } };
    for (const name of ['a-running-config.cfg', 'b-running-config.cfg']) {
      const uri = pathToFileURL(join(dir, name)).href;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cisco-config', version: 1, text: CONFIG } });
      const d = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      assert.ok(d.diagnostics.some((x: { code: string }) => x.code === 'http-destination'), 'the misspelt id turns nothing off');
    }
    const editor = messages().filter((m) => m.includes('http-destinaton'));
    assert.deepEqual(editor, ['cisco-license-lint: user or workspace settings (ciscoLicenseLint): "rules.http-destinaton" is not a known rule id']);
    assert.ok(!messages().some((m) => m.includes('missing-vrf')), 'a known id is not reported');

    // The same typo in the project file: the same words after the file's path.
    const sub = join(dir, 'project');
    mkdirSync(sub);
    writeFileSync(join(sub, '.cisco-license-lint.json'), JSON.stringify({ rules: { 'http-destinaton': 'off' } }));
    client.configuration = { enable: true, rules: {} };
    const uri = pathToFileURL(join(sub, 'c-running-config.cfg')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cisco-config', version: 1, text: CONFIG } });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const file = messages().find((m) => m.includes('.cisco-license-lint.json'));
    assert.ok(file, messages().join('\n'));
    assert.equal(file.slice(file.indexOf('.cisco-license-lint.json:') + '.cisco-license-lint.json:'.length), editor[0].slice(editor[0].indexOf('):') + 2));
  });
});
