// The server on a show-tech that holds the running-config and the show outputs: relatedInformation
// both ways (config line <-> show evidence), hover on states and syslog mnemonics, and the code
// action that copies the remedy of a show-output finding (issue 4 items 4-6).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient, SERVER } from './client';

const URI = 'file:///tmp/cisco-license-lint-test/show-tech-license.txt';
const TEXT = readFileSync(join(__dirname, '..', '..', 'examples', 'show-tech-license-with-running-config.txt'), 'utf8');
const lineOf = (needle: string) => TEXT.split(/\r?\n/).findIndex((l) => l.includes(needle));

describe('LSP server on a show-tech', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run npm run build)' }, () => {
  let client: LspClient;
  let diagnostics: any[] = [];
  before(async () => {
    client = new LspClient();
    await client.initialize();
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'cisco-show', version: 1, text: TEXT } });
    diagnostics = (await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI)).diagnostics;
  });
  after(() => client.kill());

  it('the config finding and the show findings point at each other', () => {
    const cfgLine = lineOf(' revocation-check crl');
    const waitLine = lineOf('Failure reason: Waiting for reply');
    const crlLine = lineOf('%PKI-3-CRL_FETCH_FAIL');
    const cfg = diagnostics.find((d) => d.code === 'sla-trustpoint-crl');
    assert.equal(cfg.severity, 2, 'warning next to the evidence');
    assert.equal(cfg.range.start.line, cfgLine);
    const rel = (d: any) => (d.relatedInformation ?? []).map((r: any) => [r.location.uri, r.location.range.start.line]);
    assert.ok(rel(cfg).every((r: any) => r[0] === URI), 'relatedInformation stays in this document');
    assert.ok(rel(cfg).some((r: any) => r[1] === waitLine));
    assert.ok(rel(cfg).some((r: any) => r[1] === crlLine));
    const waiting = diagnostics.find((d) => d.code === 'authorization-failed' && d.range.start.line === waitLine);
    assert.ok(rel(waiting).some((r: any) => r[1] === cfgLine), JSON.stringify(waiting.relatedInformation));
  });

  it('offers to copy the remedy of a show-output finding', async () => {
    const d = diagnostics.find((x) => x.code === 'authorization-failed' && x.range.start.line === lineOf('Failure reason: Waiting for reply'));
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const copy = actions.find((a: any) => a.command && /Copy the configuration/.test(a.title));
    assert.ok(copy, JSON.stringify(actions.map((a: any) => a.title)));
    assert.equal(copy.command.arguments[0], 'crypto pki trustpoint SLA-TrustPoint\n revocation-check none');
  });

  it('hover on a state, a failure reason and a syslog mnemonic', async () => {
    const hover = async (needle: string, offset = 2) => {
      const line = lineOf(needle);
      const character = TEXT.split(/\r?\n/)[line].indexOf(needle) + offset;
      const h = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line, character } });
      return h?.contents?.value ?? '';
    };
    assert.match(await hover('REGISTERED', 3), /ID certificate valid for \*\*1 year\*\*/);
    // A flagged line hovers its finding: what the device does, what to type, one link (issue 15.2).
    const flagged = await hover('Waiting for reply');
    assert.match(flagged, /`authorization-failed`/);
    assert.equal(flagged.match(/\[Rule documentation\]/g)?.length, 1);
    assert.doesNotMatch(flagged, /Scenario 7:/);
    assert.match(await hover('%PKI-3-CRL_FETCH_FAIL'), /%PKI-3-CRL_FETCH_FAIL/);
    assert.match(await hover('Jul 24 10:41:02 2024 UTC'), /Communication Deadline[\s\S]*after the capture's own clock/);
  });
});
