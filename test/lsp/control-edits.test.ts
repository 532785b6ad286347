// The server follows, from edit to edit, whether a document holds a NUL or another stray control
// character, and skips the scan for them when it cannot (issue 16: a keystroke in a 10 MiB config).
// An edit that types one in, a full-text change that brings one, and an edit that removes the
// only one must each give the diagnostics lint() gives on the text as it then stands.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { LspClient, SERVER } from './client';

const URI = 'file:///tmp/cisco-license-lint-test/control-edits.cfg';
const LINES = [
  'version 17.9', 'hostname SW1', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService', 'ntp server 192.0.2.123', 'end',
];
const TEXT = LINES.join('\n');
const url = LINES.findIndex((l) => l.includes('http://'));

/** What the editor would show: rule, severity, range. */
const shape = (ds: any[]) => ds.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
const expected = (text: string) => lint(text).findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`).sort();

describe('LSP server: stray control characters followed across edits', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  let client: LspClient;
  let version = 1;
  let text = TEXT;
  const change = async (c: any, next: string) => {
    version++;
    const v = version;
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI && p.version === v);
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: v }, contentChanges: [c] });
    text = next;
    return (await published).diagnostics;
  };
  before(async () => {
    client = new LspClient();
    await client.initialize();
    const opened = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'cisco-config', version, text } });
    assert.deepEqual(shape((await opened).diagnostics), expected(text));
  });
  after(() => client.kill());

  it('a NUL typed before the URL moves the finding as lint() does', async () => {
    const at = LINES[url].indexOf('http://');
    const lines = text.split('\n');
    lines[url] = lines[url].slice(0, at) + '\0\0' + lines[url].slice(at);
    const ds = await change({ range: { start: { line: url, character: at }, end: { line: url, character: at } }, text: '\0\0' }, lines.join('\n'));
    assert.deepEqual(shape(ds), expected(text));
    assert.ok(shape(ds).some((d) => d.startsWith('http-destination')), 'still found behind the NULs');
  });

  it('removing them again, and a full-text change bringing a bell character', async () => {
    const at = LINES[url].indexOf('http://');
    let ds = await change({ range: { start: { line: url, character: at }, end: { line: url, character: at + 2 } }, text: '' }, TEXT);
    assert.deepEqual(shape(ds), expected(text));
    const withBell = TEXT.replace('  destination address', '\x07 destination address');
    ds = await change({ text: withBell }, withBell);
    assert.deepEqual(shape(ds), expected(text));
  });
});
