// stripControl (server/src/sniff.ts) finds stray control characters through the WebAssembly scan and
// their lines through the line index. It must take out exactly what the per-character walk it replaced
// took out, and map the same columns back, on every mix of line endings, scripts and runs of them.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { TextLines } from '../../server/src/parse/lines';
import { looksBinary, looksLikeDeviceText, stripControl, unstripPosition } from '../../server/src/sniff';
import { lint } from '../../server/src/engine';
import { strayRuns } from '../../server/src/strayScan';

function isStray(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 127;
}

/**
 * The reference: one character at a time, as a line editor reads a capture. Each line's characters are
 * kept in a list; a run of stray characters is dropped, and each backspace in it drops the last character
 * still in the list (not a BOM); a line between a CR and an LF left empty keeps its last character.
 */
function walk(text: string): { text: string; removed: Map<number, number[]> } | undefined {
  const removed = new Map<number, number[]>();
  let out = '';
  let line = 0;
  let lineStart = 0;
  let any = false;
  /** Offsets of the current line's characters still kept. */
  let keptOfLine: number[] = [];
  const endLine = (next: number) => {
    const cols: number[] = [];
    let k = 0;
    for (let x = lineStart; x < next; x++) {
      if (keptOfLine[k] === x) k++;
      else cols.push(x - lineStart);
    }
    if (cols.length) removed.set(line, cols);
    out += keptOfLine.map((x) => text[x]).join('');
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      if (c === 10 && keptOfLine.length === 0 && i > lineStart && text.charCodeAt(lineStart - 1) === 13) keptOfLine.push(i - 1);
      endLine(i);
      out += text[i];
      line++;
      lineStart = i + 1;
      keptOfLine = [];
    } else if (isStray(c)) {
      any = true;
      let j = i + 1;
      while (j < text.length && isStray(text.charCodeAt(j))) j++;
      for (let k = i; k < j; k++) {
        if (text.charCodeAt(k) === 8 && keptOfLine.length > 0 && !(keptOfLine[keptOfLine.length - 1] === 0 && text.charCodeAt(0) === 0xfeff)) keptOfLine.pop();
      }
      i = j - 1;
    } else keptOfLine.push(i);
  }
  endLine(text.length);
  return any ? { text: out, removed } : undefined;
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
      // Same lines; every character left maps back to itself.
      const before = new TextLines(text, 0);
      const after = new TextLines(got.text, 0);
      assert.equal(after.count, before.count);
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
    assert.equal(stripControl(text)!.text, text.replace(/\x08\x08 --More-- \x08\x08/g, ' --More-'));
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
  it('backspaces erase as the screen showed them: the pager prompt, a typed correction, never past the line start', () => {
    const erase = `${'\b'.repeat(10)}${' '.repeat(10)}${'\b'.repeat(10)}`;
    const capture = `ip domain lookup\n --More-- ${erase}ip name-server 198.51.100.53\nSW1#show runx\b \bning-config\n\b\bhostname R1\n`;
    const got = stripControl(capture)!;
    assert.equal(got.text, 'ip domain lookup\nip name-server 198.51.100.53\nSW1#show running-config\nhostname R1\n');
    assert.equal(unstripPosition(got, 1, 0), 40, 'the command where it stands after the erased prompt');
    assert.deepEqual(got.removed.get(3), [0, 1]);
    // The command after the prompt is read at the top level: no false "no name server".
    const config = ['hostname R1', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http', 'license smart transport callhome',
      ...Array.from({ length: 30 }, (_, i) => `interface GigabitEthernet1/0/${i + 1}`), ' --More-- ' + erase + 'ip name-server 198.51.100.53', 'ip domain lookup', ''].join('\n');
    const clean = config.replace(` --More-- ${erase}`, '');
    assert.deepEqual(lint(config).findings.map((f) => f.ruleId), lint(clean).findings.map((f) => f.ruleId));
  });
  it('a short capture with a pager prompt on every line is device text, not binary data', () => {
    const erased = ` --More-- ${'\b'.repeat(10)}${' '.repeat(10)}${'\b'.repeat(10)}`;
    const text = ['version 17.9', 'hostname R1', 'service call-home', 'ip domain lookup'].map((l) => erased + l).join('\n');
    assert.equal(looksBinary(text), false);
    assert.equal(looksLikeDeviceText(text), true);
    // Binary data with backspaces among its other control bytes still is.
    assert.equal(looksBinary('\x00\x01\x08\x02\x08\x03ab'.repeat(200)), true);
  });
});
