// Issue 20.13: the editor's fix-all and the CLI's --fix give the same text when one fix makes
// another possible (malformed-destination-url restores http.// to http://, then http-destination
// rewrites it to https://).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/fixes';
import { LspClient, SERVER } from './client';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const CONFIG = [
  'version 16.12', 'hostname C9300-ACC-01', '!', 'service call-home', '!', 'call-home', ' contact-email-addr netops@example.com',
  ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  '  destination address http http.//tools.cisco.com/its/service/oddce/services/DDCEService', '!',
  'ip name-server 192.0.2.53', 'ntp server 192.0.2.123', 'end', '',
].join('\r\n');

describe('fix-all in the editor and --fix in the CLI (issue 20.13)', { skip: existsSync(SERVER) && existsSync(CLI) ? false : 'dist is not built' }, () => {
  it('chained fixes give the same text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cll-fixall-'));
    const client = new LspClient();
    try {
      const file = join(dir, 'chain-running-config.cfg');
      writeFileSync(file, CONFIG);
      const cli = spawnSync(process.execPath, [CLI, '--fix', file], { encoding: 'utf8' });
      assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
      const byCli = readFileSync(file, 'utf8');
      assert.match(byCli, /destination address http https:\/\/tools\.cisco\.com\/its/);

      await client.initialize();
      const uri = pathToFileURL(join(dir, 'editor-running-config.cfg')).href;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cisco-config', version: 1, text: CONFIG } });
      const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.cisco-license-lint'] },
      });
      assert.equal(actions.length, 1);
      const byEditor = applyEdits(CONFIG, actions[0].edit.changes[uri]).text;
      assert.equal(byEditor, byCli);
      // Only the fixed line changed.
      const a = CONFIG.split('\r\n');
      const b = byEditor.split('\r\n');
      assert.deepEqual(a.map((l, i) => (l === b[i] ? null : i)).filter((x) => x !== null), [10]);
    } finally {
      client.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
