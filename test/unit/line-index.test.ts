// The WebAssembly line index (server/src/strayScan.ts lineFeedIndex) gives TextLines exactly what the
// JavaScript walk gives: the same starts, ends and line endings for every text whose lines end in LF or
// CR LF, ASCII or not, at every place in a 64-byte turn and across copied chunks, and the walk answers
// alone wherever it cannot (a CR not before a LF, a small text, no WebAssembly, or a text outside ASCII
// without Node's Buffer).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { TextLines } from '../../server/src/parse/lines';
import { hasStrayControlChar, lineFeedIndex, scanText, strayRuns, strayScanUsesWasm } from '../../server/src/strayScan';
import { lint } from '../../server/src/engine';

const ROOT = join(__dirname, '..', '..');

/** Everything TextLines exposes, line by line included, so two can be compared whole. */
function shape(lines: TextLines) {
  const eols: string[] = [];
  for (let i = 0; i < lines.count; i++) eols.push(lines.eolOf(i));
  return { text: lines.text, starts: lines.starts, ends: lines.ends, eol: lines.eol, bomLength: lines.bomLength, count: lines.count, eols };
}

/** TextLines through the index (small chunks when given) against the JavaScript walk; and was the index used? */
function check(text: string, chunk?: number): boolean {
  const used = lineFeedIndex(text, chunk) !== null;
  assert.deepEqual(shape(new TextLines(text, chunk)), shape(new TextLines(text, 0)));
  // The walk itself against the plainest reading, so the two cannot agree on a mistake.
  const js = new TextLines(text, 0);
  if (!/\r/.test(text)) assert.deepEqual(Array.from({ length: js.count }, (_, i) => js.line(i)), text.split('\n'));
  return used;
}

const config = 'interface GigabitEthernet1/0/1\n description uplink to core\n ip address 10.0.0.1 255.255.255.0\n!\n';
const base = config.repeat(Math.ceil(9000 / config.length)).slice(0, 9000);

describe('line index', () => {
  it('scanText answers as hasStrayControlChar, strayRuns and lineFeedIndex asked apart, from one copy', () => {
    const pieces = ['interface Gi1/0/1\n', ' description x\n', '!\n', '\n', 'ip route 0.0.0.0 0.0.0.0 192.0.2.1\n', 'caf\u00e9\n', 'a\r\n', 'b\rc\n', '\u0000', '\u0007', '\u001b[0m', '\ufeff', '\ud800'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 4000 }), fc.nat(3), (parts, k) => {
      // Mostly plain configs: the rarer pieces only in some texts.
      const allowed = pieces.slice(0, 5 + k * 3);
      const text = parts.map((p, i) => (allowed.includes(p) ? p : pieces[i % 5])).join('').repeat(3);
      const got = scanText(text);
      assert.equal(got.stray, hasStrayControlChar(text));
      assert.deepEqual(got.lines, lineFeedIndex(text));
      // Small texts go to the regular expression, which tells only whether there are any.
      assert.equal(got.runs !== undefined, text.length >= 4096);
      if (got.runs) assert.deepEqual(got.runs, strayRuns(text));
    }), { numRuns: 200, seed: 16 });
    // Across the copied chunks: a stray byte in the last one, a CR in the last one.
    const long = base.repeat(80);
    assert.equal(scanText(`${long}\u0000`).stray, true);
    assert.deepEqual(scanText(long).lines, lineFeedIndex(long));
    for (const tail of ['\r\n', '\u00e9', '\u4e2d\r\n']) assert.deepEqual(scanText(long + tail).lines, lineFeedIndex(long + tail));
    assert.notEqual(scanText(`${long}\u4e2d\r\n`).lines, null);
    assert.equal(scanText(`${long}\r`).lines, null);
  });

  it('lint() finds the same on a text with stray characters as on the text without them (the index is not taken from it)', () => {
    const text = `${base}version 17.9\ncall-home\n profile "CiscoTAC-1"\n  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService\n`;
    const dirty = text.replace('version 17.9', 'vers\u0000ion 17.9');
    assert.deepEqual(lint(dirty).findings.map((f) => [f.ruleId, f.range.start.line]), lint(text).findings.map((f) => [f.ruleId, f.range.start.line]));
  });

  it('runs on WebAssembly in Node.js', () => {
    assert.equal(strayScanUsesWasm(), true);
    assert.notEqual(lineFeedIndex(base), null);
  });

  it('a line feed at every place around the 64-byte turns and the small-text threshold', () => {
    const plain = 'x'.repeat(9000);
    for (const at of [0, 1, 15, 16, 17, 31, 32, 47, 48, 63, 64, 65, 127, 128, 4095, 4096, 8959, 8960, 8998, 8999]) {
      assert.equal(check(plain.slice(0, at) + '\n' + plain.slice(at + 1)), true, `LF at ${at}`);
      assert.equal(check(base.slice(0, at) + '\n' + base.slice(at + 1)), true, `LF at ${at} in a config`);
    }
    for (const length of [4094, 4095, 4096, 4097]) check(`${'a\n'.repeat(length)}`.slice(0, length));
  });

  it('lines exactly 16 and 64 bytes long, lines of 1 to 70, with and without a final line feed', () => {
    for (const n of [1, 2, 3, 4, 15, 16, 17, 63, 64, 65, 70]) {
      const line = `${'y'.repeat(n - 1)}\n`;
      const text = line.repeat(Math.ceil(5000 / n));
      assert.equal(check(text), true, `lines of ${n}`);
      assert.equal(check(text.slice(0, -1)), true, `lines of ${n}, no final LF`);
      assert.equal(check(`${text}z`), true, `lines of ${n}, a last line after`);
    }
  });

  it('a text that is only line feeds, and one without any', () => {
    for (const n of [4096, 4097, 5000, 70000]) {
      assert.equal(check('\n'.repeat(n)), true);
      assert.equal(check('\n'.repeat(n), 64), true);
      assert.equal(check('\n'.repeat(n), 7), true);
    }
    assert.equal(check('q'.repeat(5000)), true);
  });

  it('random mixes across copied chunks (small chunks here) (seed 1616)', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n', '\n\n\n', config, `${'p'.repeat(15)}\n`, `${'s'.repeat(63)}\n`, `${'l'.repeat(200)}\n`, ' exit\n', '!\n'),
      fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e\n]/g, '.')),
    );
    fc.assert(fc.property(fc.array(piece, { minLength: 80, maxLength: 500 }), fc.integer({ min: 1, max: 700 }), fc.boolean(), (parts, chunk, finalLf) => {
      let text = parts.join('');
      while (text.length < 4096) text += config;
      if (finalLf !== text.endsWith('\n')) text = finalLf ? `${text}\n` : `${text}x`;
      assert.equal(check(text, chunk), true);
      assert.equal(check(text), true);
    }), { seed: 1616, numRuns: 300 });
  });

  it('sparse lines first, then dense ones: the buffers grow past their first guess', () => {
    const text = `${'w'.repeat(3000)}\n${'\n'.repeat(3000)}${'ab\n'.repeat(2000)}`;
    for (const chunk of [64, 100, 3001, 5000]) assert.equal(check(text, chunk), true);
  });

  it('large texts across the default chunk (256 Ki characters), line feeds at its edges', () => {
    const size = 1 << 18;
    for (const at of [size - 2, size - 1, size, size + 1]) {
      const text = `${base.repeat(Math.ceil((2 * size + 100) / base.length))}`.slice(0, 2 * size + 100);
      assert.equal(check(`${text.slice(0, at)}\n${text.slice(at + 1)}`), true);
    }
    assert.equal(check('\n'.repeat(size + 1)), true);
    assert.equal(check('x'.repeat(size - 1) + '\n'), true);
  });

  it('a character outside ASCII anywhere (one chunk only, or from the first on), a BOM: indexed alike', () => {
    for (const odd of ['\u00e9', '\u4e2d', '\ud83d\ude00', '\ud800', '\udc00', '\u0080', '\u00ff', '\u0100', '\u010a', '\u0a0d', '\u7fff', '\u8000', '\uff0a', '\uffff', '\ufeff']) {
      for (const at of [0, 63, 64, 4000, 8999]) {
        const text = base.slice(0, at) + odd + base.slice(at + odd.length);
        const name = `U+${odd.charCodeAt(0).toString(16)} at ${at}`;
        assert.equal(check(text), true, name);
        assert.equal(check(text, 100), true, `${name}, chunks of 100`);
        assert.equal(check(text.replace(/\n/g, '\r\n'), 100), true, `${name}, CR LF, chunks of 100`);
      }
    }
    assert.equal(check(`\ufeff${base}`), true);
    assert.equal(new TextLines(`\ufeff${base}`).bomLength, 1);
    // Every code unit above ASCII, 50 to a line: none is taken for a line end.
    const units: string[] = [];
    for (let c = 0x80; c <= 0xffff; c++) units.push(String.fromCharCode(c) + (c % 50 === 0 ? '\n' : ''));
    assert.equal(check(units.join('')), true);
    assert.equal(check(units.join('').replace(/\n/g, '\r\n'), 1000), true);
    assert.equal(lineFeedIndex(base.slice(0, 4095)), null);
    assert.equal(lineFeedIndex(base.slice(0, 4096)) !== null, true);
  });

  it('lines ending in CR LF, alone or mixed with LF: indexed, the most used ending kept', () => {
    const crlf = base.replace(/\n/g, '\r\n');
    assert.equal(check(crlf), true);
    assert.equal(new TextLines(crlf).eol, '\r\n');
    const mixed = base.replace(/\n/g, (m, at: number) => (at % 3 === 0 ? '\r\n' : m));
    assert.equal(check(mixed), true);
    assert.equal(new TextLines(mixed).eol, new TextLines(mixed, 0).eol);
    // A CR LF split between two copied pieces, at each place around a piece's end.
    for (const chunk of [64, 100, 4096]) {
      for (const at of [chunk - 2, chunk - 1, chunk, chunk + 1]) {
        const text = `${base.slice(0, at)}\r\n${base.slice(at + 2)}`;
        assert.equal(check(text, chunk), true, `CR LF at ${at}, chunks of ${chunk}`);
      }
    }
    assert.equal(check(`${'\r\n'.repeat(3000)}`), true);
    assert.equal(check(`${'\r\n'.repeat(3000)}`, 7), true);
    assert.equal(check(`${crlf}\r\n`), true);
  });

  it('a CR not before a LF anywhere (a classic Mac line end, or CR CR LF): the walk answers', () => {
    for (const at of [0, 63, 64, 4000, 8999]) {
      const lone = `${base.slice(0, at)}\r${base.slice(at + 1)}`;
      assert.equal(check(lone), /\r(?!\n)/.test(lone) ? false : true, `CR at ${at}`);
      assert.equal(check(`${base.slice(0, at)}\r\r\n${base.slice(at + 3)}`, 100), false, `CR CR LF at ${at}`);
    }
    assert.equal(check(`${base}\r`), false);
    assert.equal(check(base.replace(/\n/g, '\r')), false);
    assert.equal(new TextLines(base.replace(/\n/g, '\r')).eol, '\r');
  });

  it('random mixes of endings and scripts across copied chunks (seed 1617)', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n', '\r\n', '\r', '\r\r\n', config, config.replace(/\n/g, '\r\n'), ' description caf\u00e9\n', ' description \u6771\u4eac\r\n', '\ud83d\ude00', '\ud800', '!\n'),
      fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e\n]/g, '.')),
    );
    fc.assert(fc.property(fc.array(piece, { minLength: 80, maxLength: 400 }), fc.integer({ min: 1, max: 700 }), (parts, chunk) => {
      let text = parts.join('');
      while (text.length < 4096) text += config;
      const used = check(text, chunk);
      // The index answers exactly when every CR is before a LF.
      assert.equal(used, !/\r(?!\n)/.test(text));
      assert.equal(check(text), used);
    }), { seed: 1617, numRuns: 300 });
  });

  it('without WebAssembly, when it refuses the module, or without Buffer for text outside ASCII, the walk answers: the same lines as with it', () => {
    const texts = [base, '\n'.repeat(5000), `${'k'.repeat(16)}\n`.repeat(400), `${base}\u4e2d\n`, base.replace(/\n/g, '\r\n')];
    const outsideAscii = texts.map((t) => /[^\x00-\x7f]/.test(t));
    // Bundled and run by plain Node.js: tsx itself needs WebAssembly while it loads TypeScript.
    const bundle = esbuild.buildSync({
      stdin: { contents: "export { TextLines } from './server/src/parse/lines'; export { hasStrayControlChar, lineFeedIndex, strayScanUsesWasm } from './server/src/strayScan';", resolveDir: ROOT, loader: 'ts' },
      bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'silent',
    }).outputFiles[0].text;
    const withholding = {
      none: '',
      missing: 'delete globalThis.WebAssembly;',
      refused: "globalThis.WebAssembly.Module = function () { throw new RangeError('WebAssembly.Module(): Out of memory'); };",
      'no Buffer': 'delete globalThis.Buffer;',
    };
    const dirty = texts.map((t, i) => (i % 2 ? `${t}\u0000` : t));
    for (const [how, withhold] of Object.entries(withholding)) {
      const script = `${withhold}
        const module = { exports: {} };
        new Function('module', 'exports', 'require', ${JSON.stringify(bundle)})(module, module.exports, require);
        const { TextLines, hasStrayControlChar, lineFeedIndex, strayScanUsesWasm } = module.exports;
        const texts = ${JSON.stringify(texts)};
        console.log(JSON.stringify({
          wasm: strayScanUsesWasm(),
          stray: ${JSON.stringify(dirty)}.map((t) => hasStrayControlChar(t)),
          indexed: texts.map((t) => lineFeedIndex(t) !== null),
          lines: texts.map((t) => { const l = new TextLines(t); return { starts: Array.from(l.starts), ends: Array.from(l.ends), eol: l.eol }; }),
        }));`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${how}: ${r.stderr}`);
      const out = JSON.parse(r.stdout);
      const wasm = how === 'none' || how === 'no Buffer';
      assert.equal(out.wasm, wasm, how);
      assert.deepEqual(out.indexed, texts.map((_, i) => wasm && !(how === 'no Buffer' && outsideAscii[i])), how);
      assert.deepEqual(out.stray, dirty.map((t) => t.includes('\u0000')), how);
      texts.forEach((t, i) => {
        const js = new TextLines(t, 0);
        assert.deepEqual(out.lines[i], { starts: Array.from(js.starts), ends: Array.from(js.ends), eol: js.eol }, how);
      });
    }
  });
});
