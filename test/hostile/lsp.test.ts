// Hostile input through the real server over stdio: binary and NUL-laden text, one huge line,
// positions outside the document, malformed settings, changes to documents never opened, and a
// document above the 50 MiB synced while editing. After each the server still answers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient, SERVER } from '../lsp/client';

const TAC_HTTP = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';
const CONFIG = [
  'version 16.12', 'hostname C9300', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  `  destination address http ${TAC_HTTP}`, 'ntp server 192.0.2.123', 'end', '',
].join('\n');
const GOOD_URI = 'file:///tmp/cll-hostile/good.cfg';

describe('hostile input through the LSP server', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  let client: LspClient;
  let version = 1;
  const open = (uri: string, text: string, languageId = 'cisco-config') => {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: version++, text } });
    return client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, 60_000);
  };
  /** The server is alive and still lints: a hover on the good document's http destination. */
  const stillAnswers = async () => {
    assert.ok(!client.exited, `server exited: ${client.stderr}`);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: GOOD_URI }, position: { line: 7, character: 30 } });
    assert.ok(hover?.contents?.value, 'hover on the good document');
  };

  before(async () => {
    client = new LspClient();
    await client.initialize();
    const d = await open(GOOD_URI, CONFIG);
    assert.ok(d.diagnostics.some((x: any) => x.code === 'http-destination'));
  });
  after(() => client.kill());

  it('binary text and NUL bytes: one informational "not device text" diagnostic', async () => {
    const binary = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    for (const [name, text] of [['png', binary], ['nul', `version 16.12\0\0\0\ncall-home\0${'\0'.repeat(1000)}`]]) {
      const d = await open(`file:///tmp/cll-hostile/${name}.cfg`, text);
      assert.deepEqual(d.diagnostics.map((x: any) => [x.code, x.severity]), [['not-device-text', 3]]);
      // Nothing to do about binary data: no fix, and no "disable for this line" comment written into it.
      assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri: `file:///tmp/cll-hostile/${name}.cfg` }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, context: { diagnostics: d.diagnostics } }), []);
    }
    await stillAnswers();
  });

  it('one 21 MiB line (linted after a pause in typing): no finding, still answering', async () => {
    const d = await open('file:///tmp/cll-hostile/one-line.cfg', `interface GigabitEthernet0/0 description ${'x'.repeat(21 * 1048576)}`);
    assert.deepEqual(d.diagnostics, []);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///tmp/cll-hostile/one-line.cfg' }, position: { line: 0, character: 15 * 1048576 } });
    assert.ok(hover === null || typeof hover === 'object');
    await stillAnswers();
  });

  it('positions and ranges outside the document, and malformed params', async () => {
    const td = { uri: GOOD_URI };
    const far = { line: 1e9, character: 1e9 };
    const negative = { line: -1, character: -5 };
    const requests: [string, unknown][] = [
      ['textDocument/hover', { textDocument: td, position: far }],
      ['textDocument/hover', { textDocument: td, position: negative }],
      ['textDocument/hover', { textDocument: td, position: { line: 7, character: 1e9 } }],
      ['textDocument/hover', { textDocument: td, position: { line: 2.5, character: 'x' } }],
      ['textDocument/hover', { textDocument: { uri: 'file:///never/opened.cfg' }, position: { line: 0, character: 0 } }],
      ['textDocument/codeAction', { textDocument: td, range: { start: far, end: far }, context: { diagnostics: [] } }],
      ['textDocument/codeAction', { textDocument: td, range: { start: negative, end: far }, context: { diagnostics: [{ range: { start: far, end: negative }, code: 'http-destination', message: 'x' }] } }],
      ['textDocument/codeAction', { textDocument: td, range: { start: { line: 7, character: 0 }, end: { line: 7, character: 1e9 } }, context: { diagnostics: [], only: ['source.fixAll.cisco-license-lint'] } }],
      ['textDocument/completion', { textDocument: td, position: far }],
      ['textDocument/completion', { textDocument: td, position: negative }],
      ['textDocument/definition', { textDocument: td, position: far }],
      ['textDocument/documentSymbol', { textDocument: { uri: 'file:///never/opened.cfg' } }],
      ['textDocument/foldingRange', { textDocument: td }],
      ['textDocument/hover', null],
    ];
    for (const [method, params] of requests) {
      // An answer (a result, or an error response for params no client sends): never silence.
      await client.request(method, params).catch((e: Error) => assert.doesNotMatch(e.message, /timed out/, `${method} ${JSON.stringify(params)}`));
    }
    await stillAnswers();
  });

  it('malformed settings from the client: still linting with defaults', async () => {
    // Each settings change is followed by an edit of the good document, and its diagnostics of
    // that version are the ones checked (a re-lint from the settings change may come first).
    let v = 100;
    const relinted = async () => {
      const version = ++v;
      client.notify('textDocument/didChange', { textDocument: { uri: GOOD_URI, version }, contentChanges: [{ text: CONFIG }] });
      return client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === GOOD_URI && p.version === version);
    };
    for (const configuration of [null, 'yes', 42, [], { enable: 'no', rules: 'all' }, { rules: { 'http-destination': 42, 'missing-vrf': { level: 'x' }, nope: 'error' } }, { rules: [1, 2] }]) {
      client.configuration = configuration;
      client.notify('workspace/didChangeConfiguration', { settings: configuration });
      const d = await relinted();
      assert.ok(d.diagnostics.some((x: any) => x.code === 'http-destination'), JSON.stringify(configuration));
      for (const x of d.diagnostics) assert.ok([1, 2, 3, 4].includes(x.severity), `severity ${x.severity} from ${JSON.stringify(configuration)}`);
    }
    client.configuration = { enable: true, rules: { 'http-destination': 'hint' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const d = await relinted();
    assert.equal(d.diagnostics.find((x: any) => x.code === 'http-destination')?.severity, 4, 'a valid setting still applies');
    client.configuration = { enable: true, rules: {} };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await relinted();
    await stillAnswers();
  });

  it('changes, saves and closes for documents never opened', async () => {
    const uri = 'file:///never/opened.cfg';
    client.notify('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ text: CONFIG }] });
    client.notify('textDocument/didChange', { textDocument: { uri, version: 8 }, contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 9, character: 0 } }, text: 'x' }] });
    client.notify('textDocument/didSave', { textDocument: { uri } });
    client.notify('textDocument/didClose', { textDocument: { uri } });
    client.notify('textDocument/didChange', { textDocument: { uri: GOOD_URI, version: 1000 }, contentChanges: [{ range: { start: { line: 1e6, character: 0 }, end: { line: 1e6 + 1, character: 0 } }, text: '!' }] });
    client.notify('$/unknownNotification', { x: 1 });
    client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/cll-hostile/no-text.cfg', languageId: 'cisco-config', version: 1 } });
    // The edit past the end was appended (TextDocument clamps it): the config is still checked.
    const d = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === GOOD_URI && p.version === 1000);
    assert.ok(d.diagnostics.some((x: any) => x.code === 'http-destination'));
    await stillAnswers();
  });

  it('a document above 50 MiB: one informational diagnostic pointing to the CLI, no lint', async () => {
    const uri = 'file:///tmp/cll-hostile/huge-show-tech.txt';
    const text = CONFIG.repeat(Math.ceil((51 * 1048576) / CONFIG.length));
    const started = Date.now();
    const d = await open(uri, text, 'cisco-show');
    assert.equal(d.diagnostics.length, 1);
    const [x] = d.diagnostics;
    assert.equal(x.code, 'document-too-large');
    assert.equal(x.severity, 3);
    assert.match(x.message, /This document is 51 MiB, above the 50 MiB checked while editing .*Lint it from a terminal: cisco-license-lint <file>/);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 30 } }), null);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: x.range, context: { diagnostics: [x] } }), []);
    assert.ok(Date.now() - started < 30_000);
    await stillAnswers();
  });

  it('"Lint All Files in the Workspace" meeting a 51 MiB file on disk: the same diagnostic, the file not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cll-hostile-lsp-'));
    try {
      const file = join(dir, 'huge-running-config.cfg');
      writeFileSync(file, CONFIG);
      truncateSync(file, 51 * 1048576);
      const uri = pathToFileURL(file).href;
      const result = await client.request('cisco-license-lint/lintFiles', { uris: [uri] });
      assert.deepEqual(result, { linted: 0, skipped: 1, findings: 0 });
      const d = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      assert.deepEqual(d.diagnostics.map((x: any) => [x.code, x.severity]), [['document-too-large', 3]]);
      assert.match(d.diagnostics[0].message, /51 MiB.*cisco-license-lint <file>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await stillAnswers();
  });

  it('"Lint All Files in the Workspace" meeting a FIFO: skipped without opening it, the server keeps answering (issue 20.8)', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'cll-hostile-fifo-'));
    try {
      const fifo = join(dir, 'capture-running-config.cfg');
      const made = spawnSync('mkfifo', [fifo]);
      if (made.status !== 0) return t.skip('mkfifo is not available here');
      const good = join(dir, 'good-running-config.cfg');
      writeFileSync(good, CONFIG);
      // Nothing ever writes to the FIFO: reading it would block the server for good.
      const result = await client.request('cisco-license-lint/lintFiles', { uris: [pathToFileURL(fifo).href, pathToFileURL(good).href] });
      assert.equal(result.skipped, 1);
      assert.equal(result.linted, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await stillAnswers();
  });
});
