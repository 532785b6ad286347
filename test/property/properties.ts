// The engine's promises on any text, checked on one document: it never throws (and no rule
// throws), it stays under 1 s per MiB, every range lies inside the document, every fix touches
// only its own lines with the file's own line endings and removes its finding, "disable for this
// line" removes its finding, and fix-all converges in at most two passes to text with no fixable
// finding left. Throws a PropertyViolation naming the promise broken.
import { fixAll, lint, safeFixEdits } from '../../server/src/engine';
import { applyEdits } from '../../server/src/fixes';
import { suppressionEdit } from '../../server/src/suppressEdit';
import { directiveRulesById } from '../../server/src/directives';
import { Finding, Position, Range, TextEdit } from '../../server/src/types';

export class PropertyViolation extends Error {}

const MiB = 1048576;
/** 1 s per MiB, and never less than this for small texts (a GC pause or a JIT tier-up is not a regression). */
export const MIN_BUDGET_MS = 250;

interface DocLine {
  text: string;
  eol: string;
}

/** Lines as LSP counts them: LF, CRLF and lone CR all end a line; a BOM counts as a character of line 0. */
export function docLines(text: string): DocLine[] {
  const out: DocLine[] = [];
  const re = /\r\n|\r|\n/g;
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ text: text.slice(pos, m.index), eol: m[0] });
    pos = m.index + m[0].length;
  }
  out.push({ text: text.slice(pos), eol: '' });
  return out;
}

function fail(what: string, detail: unknown): never {
  throw new PropertyViolation(`${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
}

function inside(p: Position, lines: DocLine[]): boolean {
  return Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length &&
    p.character >= 0 && p.character <= lines[p.line].text.length;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function checkRange(r: Range, lines: DocLine[], what: string): void {
  if (!inside(r.start, lines) || !inside(r.end, lines) || !before(r.start, r.end)) fail(`${what} range outside the document or reversed`, r);
}

function lineBreaks(s: string): string[] {
  return s.match(/\r\n|\r|\n/g) ?? [];
}

/**
 * Edits touch only their own lines: every line outside the edited line spans is byte-identical
 * (content and ending) and in the same order in the new text.
 */
function checkOnlyOwnLines(before_: DocLine[], after: DocLine[], edits: TextEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  // Merge edits whose line spans touch into regions.
  const regions: { from: number; to: number; added: number }[] = [];
  for (const e of sorted) {
    const added = lineBreaks(e.newText).length - (e.range.end.line - e.range.start.line);
    const last = regions[regions.length - 1];
    if (last && e.range.start.line <= last.to) {
      last.to = Math.max(last.to, e.range.end.line);
      last.added += added;
    } else regions.push({ from: e.range.start.line, to: e.range.end.line, added });
  }
  let p = 0;
  let q = 0;
  const same = (i: number, j: number) => {
    const a = before_[i];
    const b = after[j];
    if (!b || a.text !== b.text || a.eol !== b.eol) {
      fail(`${what} changed a line it does not own`, { line: i, was: a.text + a.eol, now: b ? b.text + b.eol : '(missing)' });
    }
  };
  for (const r of regions) {
    for (; p < r.from; p++, q++) same(p, q);
    q += r.to - r.from + 1 + r.added;
    p = r.to + 1;
  }
  for (; p < before_.length; p++, q++) same(p, q);
  if (q !== after.length) fail(`${what} changed the number of lines outside its edits`, { expected: q, got: after.length });
}

/** Where a position moves when edits are applied (the line only: findings are matched by rule and line). */
function mapLine(p: Position, edits: TextEdit[]): number {
  let line = p.line;
  for (const e of edits) {
    if (before(e.range.end, p)) line += lineBreaks(e.newText).length - (e.range.end.line - e.range.start.line);
    else if (before(e.range.start, p)) return e.range.start.line + (line - p.line);
  }
  return line;
}

function checkEdits(edits: TextEdit[], lines: DocLine[], eol: string, what: string): void {
  const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (let i = 0; i < sorted.length; i++) {
    checkRange(sorted[i].range, lines, `${what} edit`);
    if (i > 0 && !before(sorted[i - 1].range.end, sorted[i].range.start)) fail(`${what} has overlapping edits`, edits);
    // Inserted lines use the file's own line ending (a CRLF config stays CRLF).
    for (const b of lineBreaks(sorted[i].newText)) if (b !== eol) fail(`${what} inserts a ${JSON.stringify(b)} line ending into a ${JSON.stringify(eol)} file`, sorted[i]);
  }
}

function stillThere(text: string, f: Finding, edits: TextEdit[]): Finding | undefined {
  const line = mapLine(f.range.start, edits);
  // A directive check reports each id of a comment on its own: match its column too.
  const sameColumn = (g: Finding) => !directiveRulesById.has(f.ruleId) || g.range.start.character === f.range.start.character;
  return lint(text).findings.find((g) => g.ruleId === f.ruleId && g.range.start.line === line && sameColumn(g));
}

export interface CheckOptions {
  /** Check each fix and each "disable for this line" edit by applying it and linting again (the costly part). */
  perFix?: boolean;
}

export function checkDocument(text: string, options: CheckOptions = {}): void {
  const ruleErrors: string[] = [];
  const t0 = performance.now();
  let result;
  try {
    result = lint(text, { onRuleError: (rule, e) => ruleErrors.push(`${rule.id}: ${(e as Error)?.stack ?? e}`) });
  } catch (e) {
    fail('lint threw', (e as Error)?.stack ?? String(e));
  }
  let elapsed = performance.now() - t0;
  if (ruleErrors.length) fail('a rule threw', ruleErrors[0]);
  const budget = Math.max(MIN_BUDGET_MS, (1000 * text.length) / MiB);
  // Over budget: measure twice more and keep the best, so a busy machine or a GC pause is not a
  // counterexample (a slow engine is slow every time).
  for (let retry = 0; retry < 2 && elapsed > budget; retry++) {
    const t1 = performance.now();
    lint(text);
    elapsed = Math.min(elapsed, performance.now() - t1);
  }
  if (elapsed > budget) fail('lint took more than 1 s per MiB', { ms: Math.round(elapsed), chars: text.length, budgetMs: Math.round(budget) });

  const lines = docLines(text);
  const eol = result.model.lines.eol;
  for (const f of result.findings) {
    checkRange(f.range, lines, `${f.ruleId} finding`);
    for (const r of f.related ?? []) checkRange(r.range, lines, `${f.ruleId} related location`);
    for (const fix of f.fixes) checkEdits(fix.edits, lines, eol, `${f.ruleId} fix "${fix.title}"`);
  }

  if (options.perFix !== false) {
    for (const f of result.findings) {
      for (const fix of f.fixes) {
        const what = `${f.ruleId} fix "${fix.title}"`;
        const applied = applyEdits(text, fix.edits);
        if (applied.applied !== fix.edits.length) fail(`${what} could not apply all its edits`, fix.edits);
        checkOnlyOwnLines(lines, docLines(applied.text), fix.edits, what);
        const left = stillThere(applied.text, f, fix.edits);
        if (left) fail(`${what} leaves its finding in place`, { before: f.message, after: left.message, line: left.range.start.line });
      }
      // Neither the binary notice nor a finding on a suppression comment can be silenced by a comment.
      if (f.ruleId === 'not-device-text' || directiveRulesById.has(f.ruleId)) continue;
      const edit = suppressionEdit(result.model, f);
      const what = `"disable ${f.ruleId} for this line"`;
      checkEdits([edit], lines, eol, what);
      const suppressed = applyEdits(text, [edit]).text;
      checkOnlyOwnLines(lines, docLines(suppressed), [edit], what);
      const left = stillThere(suppressed, f, [edit]);
      if (left) fail(`${what} leaves the finding in place`, { message: left.message, line: left.range.start.line });
    }
  }

  // Fix-all: at most two passes, then nothing fixable is left.
  const all = fixAll(text);
  if (all.passes > 2) fail('fix-all needed more than two passes', { passes: all.passes });
  const after = lint(all.text);
  const again = safeFixEdits(after.findings);
  if (again.length && applyEdits(all.text, again).text !== all.text) {
    fail('fix-all left findings with safe fixes', after.findings.filter((f) => f.fixes.some((x) => x.safe)).map((f) => `${f.ruleId}@${f.range.start.line}`));
  }
}
