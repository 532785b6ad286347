// A RuleTester in the manner of ESLint's: `valid` texts must stay silent for the rule, `invalid`
// texts must produce exactly the listed findings (line, columns, severity, message) and, where
// given, exactly the text after applying the first finding's first fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll, lint } from '../../server/src/engine';
import { applyEdits } from '../../server/src/fixes';
import { Severity } from '../../server/src/types';

export interface ExpectedFinding {
  line: number; // 0-based
  character?: number;
  endCharacter?: number;
  severity: Severity;
  message?: RegExp;
}

export interface ValidCase {
  name: string;
  text: string;
}

export interface InvalidCase {
  name: string;
  text: string;
  findings: ExpectedFinding[];
  /** Text after the first finding's first fix; null: the finding offers no fix. */
  output?: string | null;
  /** Whether that fix is safe (applied by fix-all). */
  safe?: boolean;
  fixTitle?: RegExp;
  /** Configuration lines the finding offers to copy (show outputs). */
  remedy?: string[];
}

/** Joins lines into device text (LF). */
export function text(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe('valid (stays silent)', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const found = lint(c.text).findings.filter((f) => f.ruleId === ruleId);
          assert.deepEqual(found.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.severity} ${f.message}`), []);
        });
      }
    });
    describe('invalid (fires)', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const found = lint(c.text).findings.filter((f) => f.ruleId === ruleId);
          assert.equal(found.length, c.findings.length, `findings: ${found.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.message}`).join(' | ')}`);
          c.findings.forEach((e, i) => {
            const f = found[i];
            assert.equal(f.range.start.line, e.line, `finding ${i} line`);
            if (e.character !== undefined) assert.equal(f.range.start.character, e.character, `finding ${i} start character`);
            if (e.endCharacter !== undefined) assert.equal(f.range.end.character, e.endCharacter, `finding ${i} end character`);
            assert.equal(f.severity, e.severity, `finding ${i} severity`);
            if (e.message) assert.match(f.message, e.message);
          });
          if (c.output !== undefined) {
            const fix = found[0].fixes[0];
            if (c.output === null) {
              assert.equal(fix, undefined, 'expected no fix');
            } else {
              assert.ok(fix, 'expected a fix');
              if (c.fixTitle) assert.match(fix.title, c.fixTitle);
              if (c.safe !== undefined) assert.equal(fix.safe, c.safe, 'fix safety');
              const fixed = applyEdits(c.text, fix.edits).text;
              assert.equal(fixed, c.output);
              // A fix must make its own finding go away (at that spot).
              const after = lint(fixed).findings.filter((f) => f.ruleId === ruleId && f.range.start.line === found[0].range.start.line && f.message === found[0].message);
              assert.equal(after.length, 0, 'the fixed text still has the finding');
            }
          }
          if (c.remedy) assert.deepEqual(found[0].remedy, c.remedy);
          // Fix-all converges: a second pass changes nothing.
          const once = fixAll(c.text).text;
          assert.equal(fixAll(once).text, once, 'fix-all does not converge');
        });
      }
    });
  });
}

/** Line and columns of the first occurrence of `needle` (after `after`, when given) in `text`. */
export function at(source: string, needle: string, after?: string): { line: number; character: number; endCharacter: number } {
  const anchor = after ? source.indexOf(after) : 0;
  assert.ok(anchor >= 0, `fixture lacks ${after}`);
  const from = after ? anchor + after.length : 0;
  const offset = source.indexOf(needle, from);
  assert.ok(offset >= 0, `fixture lacks ${needle}`);
  const before = source.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: offset - lineStart, endCharacter: offset - lineStart + needle.length };
}
