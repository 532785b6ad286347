// Reading real captures (issue 13, point 1): NULs and stray control bytes are nothing to the parsers,
// and positions on the text as written are recovered from the stripped text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeDeviceText, stripControl, unstripPosition } from '../../server/src/sniff';
import { lint } from '../../server/src/engine';

describe('control bytes in device text', () => {
  it('no control bytes: nothing to strip', () => {
    assert.equal(stripControl('hostname R1\r\ninterface Gi1\n\tdescription x\f\n'), undefined);
  });

  it('strips NULs and stray control bytes, keeps every line break, and maps columns back', () => {
    const text = 'ab\0c\n\0\0\0\nx\x07y\x7fz\r\n\0%SMART_LIC-3-COMM_FAILED: x';
    const s = stripControl(text)!;
    assert.equal(s.text, 'abc\n\nxyz\r\n%SMART_LIC-3-COMM_FAILED: x');
    assert.equal(s.text.split('\n').length, text.split('\n').length);
    assert.equal(unstripPosition(s, 0, 2), 3, 'start of "c"');
    assert.equal(unstripPosition(s, 0, 2, true), 2, 'end of "ab" stays before the NUL');
    assert.equal(unstripPosition(s, 2, 1), 2, '"y" after the BEL');
    assert.equal(unstripPosition(s, 2, 2), 4, '"z" after the DEL');
    assert.equal(unstripPosition(s, 2, 3, true), 5, 'end of "xyz"');
    assert.equal(unstripPosition(s, 3, 0), 1, 'the % after a leading NUL');
  });

  it('a byte between CR and LF stays: taking it out would merge two line breaks', () => {
    const s = stripControl('a\r\0\nb\0')!;
    assert.equal(s.text, 'a\r\0\nb');
  });

  it('a run of them between CR and LF: the last stays, so the line count holds (fuzz seed 4244)', () => {
    const text = 'SW1#show call-home profile all\r\u0000\u0000\n*Jan 24 23:19:05.144: %SMART_LIC-3-COMM_FAILED: x';
    const strip = stripControl(text)!;
    assert.equal(strip.text.split(/\r\n|\r|\n/).length, text.split(/\r\n|\r|\n/).length);
    assert.equal(strip.text, 'SW1#show call-home profile all\r\u0000\n*Jan 24 23:19:05.144: %SMART_LIC-3-COMM_FAILED: x');
    assert.equal(unstripPosition(strip, 1, 1), 2);
    const r = lint(text);
    for (const f of r.findings) assert.ok(f.range.start.line !== 1 || f.range.end.character <= 2, JSON.stringify(f.range));
  });

  it('an edit or related location shared by several findings is mapped back once (fuzz seed 5176)', () => {
    const text = ['service call-home', 'call-home', ' profile "A"', '\u0000  active', '  reporting smart-licensing-data', '  destination transport-method http',
      ' profile "B"', '\u0000  active', '  reporting smart-licensing-data', '  destination transport-method http', 'license smart transport callhome', ''].join('\n');
    const lines = text.split('\n');
    const r = lint(text);
    const within = (x: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
      x.start.line === x.end.line && x.start.character <= x.end.character && x.end.character <= lines[x.end.line].length;
    const found = r.findings.filter((f) => f.ruleId === 'multiple-active-profiles');
    assert.equal(found.length, 2);
    for (const f of found) {
      for (const rel of f.related ?? []) assert.ok(within(rel.range), JSON.stringify(rel.range));
      for (const fix of f.fixes) for (const e of fix.edits) {
        assert.ok(within(e.range), JSON.stringify(e.range));
        assert.equal(lines[e.range.start.line].slice(e.range.start.character, e.range.end.character), 'active');
      }
    }
  });

  it('a console capture whose lines start with NULs still looks like device text', () => {
    assert.ok(looksLikeDeviceText('\0\0\0\0hostname C9300-ACC-4\n\0\0interface Vlan10\n'));
  });
});
