// Real text arrives damaged in two ways the rules must not notice (issue 13): a console capture across a
// reload carries a few NUL or control bytes, and a paste (CML export, backup tool, web form) loses its
// indentation. For every precision fixture: adding a few NULs, or de-indenting its configuration, must
// not change the set of rule ids it raises (positions may differ). Fixed seeds, so CI is repeatable.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { decode } from '../../server/src/readText';
import { iosConfig, nxConfig } from './arbitraries';

const DIR = join(__dirname, '..', 'precision');
const fixtures = readdirSync(DIR).filter((f) => /\.(cfg|txt)$/.test(f)).sort()
  .map((name) => ({ name, text: decode(readFileSync(join(DIR, name))).text }));

const ruleIds = (text: string) => [...new Set(lint(text).findings.map((f) => f.ruleId))].sort();

/** Offsets where a byte can go without splitting a CRLF. */
function insertionPoints(text: string): number[] {
  const points: number[] = [];
  for (let i = 0; i <= text.length; i++) if (!(text[i - 1] === '\r' && text[i] === '\n')) points.push(i);
  return points;
}

/**
 * A few NUL or other stray control bytes (what a terminal server or ROMMON leaves), anywhere in the text.
 * Not a backspace: that edits its line as the screen showed it (sniff.ts stripControl), see pagerPrompts.
 */
const sprinkle = (text: string) => {
  const points = insertionPoints(text);
  return fc.array(fc.tuple(fc.nat(points.length - 1), fc.constantFrom('\0', '\0\0\0', '\x07', '\x7f', '\0\x01', '\x1f')), { minLength: 1, maxLength: 5 })
    .map((adds) => {
      let out = text;
      for (const [k, bytes] of [...adds].sort((a, b) => b[0] - a[0])) out = out.slice(0, points[k]) + bytes + out.slice(points[k]);
      return out;
    });
};

/** The pager's prompt and its erasure (a capture without `terminal length 0`) at the start of a few lines. */
const PAGER = ` --More-- ${'\b'.repeat(10)}${' '.repeat(10)}${'\b'.repeat(10)}`;
const pagerPrompts = (text: string) => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return fc.array(fc.nat(starts.length - 1), { minLength: 1, maxLength: 6 }).map((at) => {
    let out = text;
    for (const k of [...new Set(at)].sort((a, b) => b - a)) out = out.slice(0, starts[k]) + PAGER + out.slice(starts[k]);
    return out;
  });
};

/** The configuration with every line at column 0: what a paste that lost its indentation looks like. */
function deindent(text: string): string {
  return text.replace(/^[ \t]+(?=\S)/gm, '');
}

describe('damaged variants of the precision fixtures', () => {
  it(`a few NULs or control bytes do not change the rule ids (${fixtures.length} fixtures, seed 1301)`, () => {
    for (const f of fixtures) {
      const expected = ruleIds(f.text);
      fc.assert(fc.property(sprinkle(f.text), (t) => {
        assert.deepEqual(ruleIds(t), expected, `${f.name} with NULs at ${[...t.matchAll(/[\x00-\x08\x7f]+/g)].map((m) => m.index).join(", ")}`);
      }), { seed: 1301, numRuns: 8 });
    }
  });

  it(`nor do pager prompts erased by backspaces at line starts (${fixtures.length} fixtures, seed 1304)`, () => {
    for (const f of fixtures) {
      const expected = ruleIds(f.text);
      fc.assert(fc.property(pagerPrompts(f.text), (t) => {
        assert.deepEqual(ruleIds(t), expected, `${f.name} with pager prompts`);
      }), { seed: 1304, numRuns: 6 });
    }
  });

  it('de-indenting a configuration does not change the rule ids (every .cfg fixture)', () => {
    for (const f of fixtures.filter((x) => x.name.endsWith('.cfg'))) {
      assert.deepEqual(ruleIds(deindent(f.text)), ruleIds(f.text), `${f.name} de-indented`);
    }
  });

  it('nor does de-indenting the configuration inside a capture (lines before the first show command)', () => {
    const scripts = fixtures.filter((x) => x.name.endsWith('.txt') && /^(?:version|hostname|call-home|callhome|license smart) /m.test(x.text) && !/^\S+[#>] ?sh/m.test(x.text));
    assert.ok(scripts.length >= 2, 'change scripts and pasted configs among the fixtures');
    for (const f of scripts) {
      assert.deepEqual(ruleIds(deindent(f.text)), ruleIds(f.text), `${f.name} de-indented`);
    }
  });

  it('generated IOS-XE and NX-OS configs: de-indented, or with NULs, the same rule ids (seed 1302)', () => {
    const config = fc.oneof(iosConfig, nxConfig).map((lines) => lines.join('\n') + '\n');
    fc.assert(fc.property(config, (text) => {
      const expected = ruleIds(text);
      assert.deepEqual(ruleIds(deindent(text)), expected, `de-indented:\n${text}`);
    }), { seed: 1302, numRuns: 300 });
    fc.assert(fc.property(config.chain((text) => sprinkle(text).map((t) => [text, t] as const)), ([text, t]) => {
      assert.deepEqual(ruleIds(t), ruleIds(text), `with NULs:\n${JSON.stringify(t)}`);
    }), { seed: 1303, numRuns: 200 });
  });
});
