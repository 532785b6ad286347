// stripControl (server/src/sniff.ts) finds stray control characters through the WebAssembly scan and
// their lines through the line index. It must take out exactly what the per-character walk it replaced
// took out, and map the same columns back, on every mix of line endings, scripts and runs of them.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { TextLines } from '../../server/src/parse/lines';
import { stripControl, unstripPosition } from '../../server/src/sniff';
import { strayRuns } from '../../server/src/strayScan';

function isStray(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 127;
}

/** The walk stripControl used to be: one character at a time, counting line breaks as it goes. */
function walk(text: string): { text: string; removed: Map<number, number[]> } | undefined {
  const removed = new Map<number, number[]>();
  let out = '';
  let line = 0;
  let lineStart = 0;
  let from = 0;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    } else if (isStray(c)) {
      any = true;
      let j = i + 1;
      while (j < text.length && isStray(text.charCodeAt(j))) j++;
      const end = text.charCodeAt(i - 1) === 13 && text.charCodeAt(j) === 10 ? j - 1 : j;
      if (end > i) {
        out += text.slice(from, i);
        from = end;
        if (!removed.has(line)) removed.set(line, []);
        for (let k = i; k < end; k++) removed.get(line)!.push(k - lineStart);
      }
      i = j - 1;
    }
  }
  return any ? { text: out + text.slice(from), removed } : undefined;
}

const STRAY = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]+/g;
const runsOf = (t: string) => [...t.matchAll(STRAY)].flatMap((m) => [m.index, m.index + m[0].length]);
const config = 'interface GigabitEthernet1/0/1\n description uplink\n ip address 10.0.0.1 255.255.255.0\n!\n';

/** stripControl against the walk on texts made of `pieces` (seed given), long and short. */
function againstWalk(plain: string[], seed: number): void {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...plain) },
    { weight: 3, arbitrary: fc.constantFrom('\u0000', '\u0000\u0000\u0000', '\u0007', '\b\b\b\b', '\u007f', '\u001f', '\r\u0000\n', '\r\u0000\u0000\n', ' --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\b', '\u001b[K') },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  );
  fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 300 }), fc.boolean(), (parts, long) => {
    let text = parts.join('');
    // Half the texts past 4 Ki characters, where the module answers; the rest the regular expression's.
    while (long && text.length < 5000) text += config + parts.join('');
    const got = stripControl(text);
    const want = walk(text);
    assert.deepEqual(got && { text: got.text, removed: got.removed }, want);
    if (got) {
      // Same lines; every column taken out held a stray character; every character left maps back to itself.
      const before = new TextLines(text, 0);
      const after = new TextLines(got.text, 0);
      assert.equal(after.count, before.count);
      for (const [line, cols] of got.removed) for (const c of cols) assert.ok(isStray(text.charCodeAt(before.starts[line] + c)));
      for (let line = 0; line < after.count; line++) {
        for (let x = 0; x < after.length(line); x++) {
          assert.equal(text[before.starts[line] + unstripPosition(got, line, x)], got.text[after.starts[line] + x]);
        }
      }
    }
  }), { seed, numRuns: 300 });
}

describe('stripControl', () => {
  it('takes out what the per-character walk took out, with the same columns: ASCII and not (seed 1618)', () => {
    againstWalk([config, config.replace(/\n/g, '\r\n'), ' description caf\u00e9\n', ' description \u6771\u4eac\r\n', 'x'.repeat(70), '\n', '\r\n', '\r'], 1618);
  });

  it('the same on ASCII text, whose kept parts are joined through one buffer (seed 1619)', () => {
    againstWalk([config, config.replace(/\n/g, '\r\n'), 'x'.repeat(70), '\n', '\r\n', '\r'], 1619);
    const text = `${config}\b\b --More-- \b\b`.repeat(200);
    assert.equal(strayRuns(text).ascii, true);
    assert.equal(strayRuns(`${text}\u00e9`).ascii, false);
    assert.equal(stripControl(text)!.text, text.replace(/\x08/g, ''));
  });

  it('strayRuns: every run of stray characters, in order, across copied turns and pieces, ASCII or not', () => {
    const base = `${config}caf\u00e9 \u4e2d\r\n`.repeat(200);
    for (const text of [base, base.replace(/[^\x00-\x7f]/g, 'x')]) {
      for (const at of [0, 1, 63, 64, 65, 4095, 4096, text.length - 1]) {
        for (const stray of ['\u0000', '\b\b', '\u007f', '\b'.repeat(70), '\u0000'.repeat(130)]) {
          const t = text.slice(0, at) + stray + text.slice(at);
          assert.deepEqual(strayRuns(t).runs, runsOf(t), `at ${at}`);
          assert.deepEqual(strayRuns(t, 100).runs, runsOf(t), `at ${at}, pieces of 100`);
        }
      }
      assert.deepEqual(strayRuns(text).runs, []);
    }
    // One in every turn; a text that is nothing else; runs across turn and piece ends.
    const dense = 'ab\u0000c'.repeat(3000);
    assert.deepEqual(strayRuns(dense).runs, runsOf(dense));
    assert.deepEqual(strayRuns('\u0000'.repeat(9000)).runs, [0, 9000]);
    assert.deepEqual(strayRuns('\u0000'.repeat(9000), 100).runs, [0, 9000]);
    const edges = `${'x'.repeat(4000)}${'\b'.repeat(64)}y${'\u0007'.repeat(200)}${'z'.repeat(100)}`;
    for (const chunk of [64, 100, 4032, 4096, 1 << 18]) assert.deepEqual(strayRuns(edges, chunk).runs, runsOf(edges), `pieces of ${chunk}`);
  });
});
