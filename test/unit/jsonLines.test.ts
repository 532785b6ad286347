// jsonLines writes the CLI's JSON and SARIF reports line by line: the same text as
// JSON.stringify(value, null, 2), without ever holding the whole report as one string.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonLines } from '../../server/src/jsonLines';

const lines = (v: unknown) => {
  const out: string[] = [];
  jsonLines(v, (s) => out.push(s));
  return out.join('\n');
};

describe('jsonLines', () => {
  it('matches JSON.stringify(value, null, 2)', () => {
    const values: unknown[] = [
      null, 0, -1.5, 'a "quoted"\n\u2028 \uFFFD\u{1F600}', true, [], {}, [[]], [{}], { a: [] }, { a: {} },
      { files: [{ path: 'x\\y.cfg', findings: [{ ruleId: 'r', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, fixes: [], remedy: ['a', 'b'] }] }] },
      { skipped: undefined, fn: () => 1, kept: 1 }, [undefined, () => 1, 2], { 'key "q"': [1, [2, [3, {}]]] },
    ];
    for (const v of values) assert.equal(lines(v), JSON.stringify(v, null, 2), JSON.stringify(v));
  });

  it('writes a generator as an array, one element at a time', () => {
    let made = 0;
    const gen = function* () {
      for (let i = 0; i < 3; i++) {
        made++;
        yield { i };
      }
    };
    const seen: string[] = [];
    jsonLines({ results: gen(), empty: (function* () {})() }, (s) => seen.push(`${made}:${s}`));
    assert.equal(seen.map((s) => s.slice(s.indexOf(':') + 1)).join('\n'), JSON.stringify({ results: [{ i: 0 }, { i: 1 }, { i: 2 }], empty: [] }, null, 2));
    assert.ok(seen.some((s) => s.startsWith('1:')), 'lines went out before the last element was made');
  });
});
