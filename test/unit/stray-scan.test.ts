// The WebAssembly scan for stray control characters (server/src/strayScan.ts) gives the regular
// expression's answer on every character, at every place in a 64-byte turn and across copied chunks.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { hasStrayControlChar, strayScanUsesWasm } from '../../server/src/strayScan';

const CLEAN = /^[^\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]*$/;
const filler = 'interface GigabitEthernet1/0/1\n description uplink \u00e9\u4e2d\ud83d\ude00\r\n\tip address 10.0.0.1\f\x1b[0m\n';
const base = filler.repeat(Math.ceil(9000 / filler.length)).slice(0, 9000);

describe('stray control scan', () => {
  it('runs on WebAssembly in Node.js', () => assert.equal(strayScanUsesWasm(), true));

  it('every character 0-255 and a few others, at positions around the 64-byte turns, as the regular expression says', () => {
    for (let c = 0; c < 300; c++) {
      for (const at of [0, 1, 15, 16, 63, 64, 65, 127, 4095, 8959, 8960, 8999]) {
        const text = base.slice(0, at) + String.fromCharCode(c) + base.slice(at + 1);
        assert.equal(hasStrayControlChar(text), !CLEAN.test(text), `U+${c.toString(16)} at ${at}`);
      }
    }
    assert.equal(hasStrayControlChar(base), false);
  });

  it('across copied chunks (small chunks here), lone surrogates cut at a chunk end included (seed 1604)', () => {
    const piece = fc.oneof(fc.constantFrom(filler, 'x'.repeat(70), '\ud800', '\udc00', '\ud83d\ude00', '\u0000', '\u007f', '\u001f', '\u0080', '\u00ff'), fc.string({ maxLength: 40 }));
    fc.assert(fc.property(fc.array(piece, { minLength: 60, maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (parts, chunk) => {
      const text = parts.join('');
      assert.equal(hasStrayControlChar(text, chunk), !CLEAN.test(text));
    }), { seed: 1604, numRuns: 500 });
  });

  it('every UTF-16 code unit above ASCII (copied as UTF-16 and narrowed to a byte): none is taken for a stray character', () => {
    // Units of 0x8000 and more are negative to the module's signed narrowing: without its clamp they were NULs.
    const units: string[] = [];
    for (let c = 0x80; c <= 0xffff; c++) units.push(String.fromCharCode(c));
    const text = units.join('');
    assert.equal(hasStrayControlChar(text), false);
    for (const stray of ['\u0000', '\u0008', '\u001f', '\u007f']) {
      for (const at of [0, 0x7f00, text.length]) assert.equal(hasStrayControlChar(text.slice(0, at) + stray + text.slice(at)), true, `U+${stray.charCodeAt(0).toString(16)} at ${at}`);
    }
  });

  it('a large text with one NUL at its very end', () => {
    const text = `${base.repeat(300)}\0`;
    assert.equal(hasStrayControlChar(text), true);
    assert.equal(hasStrayControlChar(text.slice(0, -1)), false);
  });
});
