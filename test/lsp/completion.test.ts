// Completion and "lint the workspace" through the real server over stdio, as an editor asks for them.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { LspClient, SERVER } from './client';

const CONFIG = [
  'hostname ACC-SW-03', 'vrf definition Mgmt-vrf', '!', 'interface GigabitEthernet0/0', ' vrf forwarding Mgmt-vrf',
  ' ip address 192.0.2.7 255.255.255.0', '!', 'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1', 'license smart ', 'end', '',
].join('\n');
const URI = 'file:///tmp/cisco-license-lint-completion/acc-sw-03.cfg';

describe('completion over LSP', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  const clients: LspClient[] = [];
  after(() => clients.forEach((c) => c.kill()));

  async function open(snippetSupport: boolean): Promise<LspClient> {
    const client = new LspClient();
    clients.push(client);
    const init = await client.initialize({ textDocument: { completion: { completionItem: { snippetSupport } } } });
    assert.deepEqual(init.capabilities.completionProvider.triggerCharacters, [' ']);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'cisco-config', version: 1, text: CONFIG } });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI);
    return client;
  }

  it('offers the license smart sub-commands after "license smart ", documented, with the VRF from the model', async () => {
    const client = await open(true);
    const items = await client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: 8, character: 14 }, context: { triggerKind: 2, triggerCharacter: ' ' } });
    const vrf = items.find((i: any) => i.label === 'vrf Mgmt-vrf');
    assert.ok(vrf, JSON.stringify(items.map((i: any) => i.label)));
    assert.equal(vrf.insertTextFormat, 2);
    assert.deepEqual(vrf.textEdit, { range: { start: { line: 8, character: 14 }, end: { line: 8, character: 14 } }, newText: 'vrf ${1:Mgmt-vrf}' });
    assert.equal(vrf.documentation.kind, 'markdown');
    assert.match(vrf.documentation.value, /^\*\*license smart vrf <vrf>\*\*/);
    const snippets = await client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: 9, character: 0 } });
    const slp = snippets.find((i: any) => i.label === 'license smart Smart Transport in a VRF (SLP)');
    assert.equal(slp.kind, 15 /* Snippet */);
    assert.match(slp.textEdit.newText, /license smart vrf \$\{1:Mgmt-vrf\}\nip http client source-interface \$\{2:GigabitEthernet0\/0\}/);
  });

  it('sends plain text to a client without snippet support', async () => {
    const client = await open(false);
    const items = await client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: 9, character: 0 } });
    for (const i of items) assert.notEqual(i.insertTextFormat, 2, i.label);
    const slp = items.find((i: any) => i.label === 'license smart Smart Transport in a VRF (SLP)');
    assert.equal(slp.textEdit.newText, 'license smart transport smart\nlicense smart url default\nlicense smart vrf Mgmt-vrf\nip http client source-interface GigabitEthernet0/0\n' +
      'ip domain lookup\nip domain lookup vrf Mgmt-vrf source-interface GigabitEthernet0/0\nip name-server vrf Mgmt-vrf <dns-server>\n');
  });
});

describe('cisco-license-lint/lintFiles over LSP', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cisco-license-lint-ws-'));
  const client = new LspClient();
  after(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lints files from disk into diagnostics without opening them, skipping non-device text and ignored files', async () => {
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return pathToFileURL(join(dir, name)).href;
    };
    const bad = file('switch.cfg', 'call-home\n profile "CiscoTAC-1"\n  active\n  destination transport-method http\n  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService\n');
    const notes = file('notes.txt', 'Shopping list: http://example.com\n');
    const ignored = file('old.cfg', 'call-home\n profile "CiscoTAC-1"\n  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService\n');
    writeFileSync(join(dir, '.cisco-license-lint.json'), JSON.stringify({ ignore: ['old.cfg'] }));
    await client.initialize();
    const result = await client.request('cisco-license-lint/lintFiles', { uris: [bad, notes, ignored] });
    assert.deepEqual(result, { linted: 1, skipped: 2, findings: result.findings });
    assert.ok(result.findings >= 1);
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === bad);
    assert.ok(published.diagnostics.some((d: any) => d.code === 'http-destination'), JSON.stringify(published.diagnostics));
    assert.ok(!client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && (n.params.uri === notes || n.params.uri === ignored)));

    // Opened, edited and closed unsaved: the diagnostics go back to the file as it is on disk.
    client.notify('textDocument/didOpen', { textDocument: { uri: bad, languageId: 'cisco-config', version: 1, text: 'hostname x\n' } });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === bad && p.diagnostics.length === 0);
    client.notify('textDocument/didClose', { textDocument: { uri: bad } });
    // (the open document's own, empty diagnostics may arrive first: the last word is the file's)
    const reread = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === bad && p.diagnostics.length > 0);
    assert.ok(reread.diagnostics.some((d: any) => d.code === 'http-destination'));
  });
});

