// Issue 18: the server takes the editor's language from initialize (params.locale) for its own
// messages; here the one it sends for a document too large to lint while editing.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
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
});
