// Issue 18: the server takes the editor's language from initialize (params.locale): its own messages
// (a document too large to lint while editing), and the findings, quick fixes and hovers it serves.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LspClient, SERVER } from './client';

const BIG = 'x'.repeat(51 * 1024 * 1024);

async function tooLargeMessage(locale: string | undefined): Promise<string> {
  const client = new LspClient();
  try {
    await client.initialize(undefined, locale);
    const uri = 'file:///tmp/huge-capture.txt';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cisco-config', version: 1, text: BIG } });
    const p = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === uri);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0].code, 'document-too-large');
    return p.diagnostics[0].message;
  } finally {
    await client.shutdown();
  }
}

describe('server locale', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  it("initialize with locale 'de': the server's own message in German, the command kept", async () => {
    const m = await tooLargeMessage('de');
    assert.match(m, /^Dieses Dokument ist 51 MiB groß, über den 50 MiB/);
    assert.ok(m.includes('cisco-license-lint <file>') && m.includes('node dist/cli.js <file>'), m);
  });

  it("no locale, or one not shipped: English", async () => {
    assert.match(await tooLargeMessage(undefined), /^This document is 51 MiB, above the 50 MiB/);
    assert.match(await tooLargeMessage('fr'), /^This document is 51 MiB/);
  });

  it("initialize with locale 'zh-CN': findings, quick-fix titles and hovers in Chinese, commands and URLs kept", async () => {
    const client = new LspClient();
    try {
      await client.initialize(undefined, 'zh-CN');
      const uri = 'file:///tmp/iosxe-classic-http-destination.cfg';
      const text = readFileSync(join(__dirname, '..', '..', 'examples', 'iosxe-classic-http-destination.cfg'), 'utf8');
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cisco-config', version: 1, text } });
      const p = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === uri && x.diagnostics.length > 0);
      const d = p.diagnostics.find((x: { code: string }) => x.code === 'http-destination');
      assert.ok(d, JSON.stringify(p.diagnostics));
      assert.match(d.message, /\p{Script=Han}/u, d.message);
      assert.ok(d.message.includes('"CiscoTAC-1"') && d.message.includes('https://'), d.message);
      const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const fix = (actions as { title: string }[]).find((a) => a.title.includes('https://tools.cisco.com'));
      assert.ok(fix && /\p{Script=Han}/u.test(fix.title), JSON.stringify(actions));
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: d.range.start }) as { contents: { value: string } };
      assert.match(hover.contents.value, /\p{Script=Han}/u);
      assert.ok(hover.contents.value.includes('```cisco'), hover.contents.value);
    } finally {
      await client.shutdown();
    }
  });
});
