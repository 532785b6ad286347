// The `| include` filter's pattern read as IOS does, in linear time (issue 12, point 1).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileIosRegex } from '../../server/src/model/iosRegex';

const matches = (pattern: string, line: string) => {
  const p = compileIosRegex(pattern);
  assert.ok(p, `${pattern} compiles`);
  return p.test(line);
};

describe('IOS filter patterns', () => {
  it('answers as a regular expression search does on the patterns users type', () => {
    const cases: Array<[string, string, boolean]> = [
      ['license smart', '  license smart url cslu http://x', true],
      ['^license', 'license smart transport smart', true],
      ['^license', ' license smart transport smart', false],
      ['smart$', 'license smart transport smart', true],
      ['transport (smart|cslu)', 'license smart transport cslu', true],
      ['transport (smart|cslu)', 'license smart transport off', false],
      ['ena.le', '  enable', true],
      ['enab*le', '  enale', true],
      ['enab+le', '  enale', false],
      ['colou?r', 'color', true],
      ['[0-9]+\\.[0-9]+', 'version 17.9', true],
      ['[^a-z ]', 'abc def', false],
      ['a\\|b', 'a|b', true],
      ['callhome|license', 'callhome', true],
      ['^$', '', true],
      ['x*', '', true],
    ];
    for (const [pattern, line, expected] of cases) assert.equal(matches(pattern, line), expected, `${pattern} on "${line}"`);
  });

  it('_ matches a delimiter or the start or end of the line', () => {
    assert.equal(matches('_enable_', '  enable'), true);
    assert.equal(matches('_enable_', 'enable'), true);
    assert.equal(matches('_enable_', '(enable,x'), true);
    assert.equal(matches('_enable_', 'reenable'), false);
    assert.equal(matches('_enable_', 'enabled'), false);
  });

  it('agrees with RegExp on random patterns of the shared grammar', () => {
    const atom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', ' ', '(a|b)', '(ab|a)', '^', '$');
    const piece = fc.tuple(atom, fc.constantFrom('', '*', '+', '?')).map(([a, q]) => (q && (a === '^' || a === '$') ? a : a + q));
    const pattern = fc.array(piece, { minLength: 1, maxLength: 8 }).chain((p1) => fc.array(piece, { maxLength: 4 }).map((p2) => (p2.length ? `${p1.join('')}|${p2.join('')}` : p1.join(''))));
    const line = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'c'), maxLength: 12 });
    fc.assert(fc.property(pattern, line, (p, l) => {
      assert.equal(compileIosRegex(p)!.test(l), new RegExp(p).test(l), `${p} on "${l}"`);
    }), { seed: 1212, numRuns: 3000 });
  });

  it('what IOS regex does not have, or is malformed, is not compiled (the filter may then hide anything)', () => {
    for (const p of ['a{2}', '(ab', 'ab)', '[ab', '*a', 'a\\', '', 'x'.repeat(513), '[z-a]']) assert.equal(compileIosRegex(p), undefined, p);
  });

  it('stays linear where a backtracking RegExp never finishes', () => {
    // `(.|.|.)*Q` against 30 characters is 3^30 paths for a backtracking engine.
    const p = compileIosRegex('(.|.|.)*Q')!;
    assert.equal(p.test('license smart url cslu http://10.1.1.1:8182/cslu/v1/pi'), false);
    assert.equal(compileIosRegex('(a*)*(a*)*(a*)*$b')!.test('a'.repeat(10_000)), false);
    assert.equal(compileIosRegex('((a|aa)+)+c')!.test('a'.repeat(10_000)), false);
  });
});
