// Hostile text through the engine: binary data, a million empty lines, lone CRs, one enormous
// line, deep indentation, and show outputs cut mid-section. The engine answers each without
// throwing, with findings inside the document (the property checks of test/property).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint, NOT_DEVICE_TEXT } from '../../server/src/engine';
import { hoverAt } from '../../server/src/hover';
import { checkDocument } from '../property/properties';

const ROOT = join(__dirname, '..', '..');
const TAC_HTTP = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';
const BAD = [
  'version 16.12', 'hostname C9300', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  `  destination address http ${TAC_HTTP}`, 'ntp server 192.0.2.123', 'end', '',
];
const at = (text: string, ruleId: string) => lint(text).findings.filter((f) => f.ruleId === ruleId).map((f) => f.range);

describe('hostile text', () => {
  it('binary data and NUL bytes: one informational "not device text" finding and no model', () => {
    for (const text of ['\0', 'version 16.12\0\0\0call-home', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('latin1'),
      '\x01\x02\x03\x04\x05\x06\x07\x08'.repeat(100) + BAD.join('\n')]) {
      const r = lint(text);
      assert.deepEqual(r.findings.map((f) => [f.ruleId, f.severity, f.fixes.length]), [[NOT_DEVICE_TEXT, 'info', 0]]);
      assert.equal(r.model.config.roots.length, 0, 'nothing was parsed');
      assert.equal(r.model.lines.count, 1);
    }
  });

  it('a NUL past the sniffed head is just a character: the config is still checked', () => {
    const text = BAD.join('\n').replace('ntp server', `${'!\n'.repeat(5000)}!\0\nntp server`);
    assert.ok(at(text, 'http-destination').length === 1);
    checkDocument(text, { perFix: false });
  });

  it('a million empty lines before a config: line numbers stay right', () => {
    const text = '\n'.repeat(1_000_000) + BAD.join('\n');
    assert.deepEqual(at(text, 'http-destination'), [{ start: { line: 1_000_007, character: 27 }, end: { line: 1_000_007, character: 27 + TAC_HTTP.length } }]);
    assert.deepEqual(lint('\n'.repeat(1_000_000)).findings, []);
    assert.deepEqual(lint('\r\n'.repeat(1_000_000)).findings, []);
  });

  it('lone CR and mixed line endings count lines as LF does', () => {
    const lf = at(BAD.join('\n'), 'http-destination');
    assert.deepEqual(at(BAD.join('\r'), 'http-destination'), lf);
    const mixed = BAD.map((l, i) => l + ['\r', '\n', '\r\n'][i % 3]).join('');
    assert.deepEqual(at(mixed, 'http-destination'), lf);
    checkDocument(mixed);
    checkDocument(BAD.join('\r'));
  });

  it('a single 20 MiB line, of filler and of command words', () => {
    const filler = 'x'.repeat(20 * 1048576);
    assert.deepEqual(lint(filler).findings, []);
    const words = `call-home profile "CiscoTAC-1" destination address http ${TAC_HTTP} `.repeat(Math.ceil((20 * 1048576) / 110));
    checkDocument(words, { perFix: false });
    checkDocument(BAD.join('\n').replace('ntp server 192.0.2.123', `ntp server 192.0.2.123 ${filler}`), { perFix: false });
  });

  it('deeply indented garbage inside the blocks the model reads (3,000 levels, spaces and tabs)', () => {
    const stair = (n: number, ch: string) => Array.from({ length: n }, (_, i) => `${ch.repeat(i + 1)}${i % 3 ? 'destination address http' : 'profile'} \u00ff\u{1F600}${i}`);
    for (const ch of [' ', '\t']) {
      const text = ['version 16.12', 'call-home', ...stair(3000, ch), 'interface GigabitEthernet0/0', ...stair(3000, ch), 'end'].join('\n');
      checkDocument(text);
      const r = lint(text);
      // Hover walks the block tree down to the deepest line.
      const hover = hoverAt(r, { line: 3000, character: 3000 });
      assert.ok(hover === undefined || hover === null || typeof hover === 'string');
      assert.ok(r.model.config.callHome, 'call-home still read');
    }
  });

  it('show outputs cut mid-section (and mid-line) at 40 points each', () => {
    const dir = join(ROOT, 'examples');
    const shows = readdirSync(dir).filter((n) => n.endsWith('.txt'));
    assert.ok(shows.length > 5);
    for (const name of shows) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (let k = 1; k <= 40; k++) {
        const cut = text.slice(0, Math.floor((text.length * k) / 41) + (k % 7));
        try {
          checkDocument(cut);
        } catch (e) {
          (e as Error).message = `${name} cut at ${cut.length}: ${(e as Error).message}`;
          throw e;
        }
      }
    }
  });
});
