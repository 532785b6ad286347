// Inline suppression comments (SPEC §7), written so a device also reads them as comments:
//   ! cisco-license-lint-disable-next-line <id>[, <id>…]
//   ! cisco-license-lint-disable [<id>…]   …   ! cisco-license-lint-enable [<id>…]
//   ! cisco-license-lint-disable-file [<id>…]
// Anything after ` -- ` is the author's reason and is ignored.
import { DirectiveComment } from './parse/config';

export const DIRECTIVE_PREFIX = 'cisco-license-lint-';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  comment: DirectiveComment;
  /** Column where each id starts, for reporting unknown ids. */
  idColumns: number[];
}

// The directive name must end at a space: `disable-nextline` is a misspelling, not `disable` with an id.
const DIRECTIVE_RE = /^!\s*cisco-license-lint-(disable-next-line|disable-file|disable|enable)(?=\s|$)(.*)$/;

export function parseDirective(comment: DirectiveComment): Directive | null {
  const m = DIRECTIVE_RE.exec(comment.text);
  if (!m) return null;
  let rest = m[2];
  const reason = rest.indexOf(' -- ');
  if (reason >= 0) rest = rest.slice(0, reason);
  const ruleIds: string[] = [];
  const idColumns: number[] = [];
  const offset = comment.start + comment.text.length - m[2].length;
  const re = /[^\s,]+/g;
  let w: RegExpExecArray | null;
  while ((w = re.exec(rest))) {
    ruleIds.push(w[0]);
    idColumns.push(offset + w.index);
  }
  return { kind: m[1] as DirectiveKind, ruleIds, comment, idColumns };
}

interface Span {
  ruleId: string | '*';
  from: number;
  to: number;
  directive: Directive;
  /** Order of creation: of two spans as narrow, the earlier gets the credit. */
  seq: number;
}

/** Range spans of one id, sorted by start; `disable` / `enable` never nest for one id, so they do not overlap. */
type Ranges = Span[];

/** The span of `ranges` that contains `line`, by binary search. */
function containing(ranges: Ranges | undefined, line: number): Span | undefined {
  if (!ranges) return undefined;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ranges[mid];
    if (line < s.from) hi = mid - 1;
    else if (line > s.to) lo = mid + 1;
    else return s;
  }
  return undefined;
}

const narrower = (a: Span | undefined, b: Span | undefined): Span | undefined => {
  if (!a) return b;
  if (!b) return a;
  const wa = a.to - a.from;
  const wb = b.to - b.from;
  return wb < wa || (wb === wa && b.seq < a.seq) ? b : a;
};

/**
 * Every directive of a text, indexed so a finding's lookup costs O(log n) however many there are
 * (issue 12.6: 40k–80k stacked comments, or one per finding, took time in the square of their count).
 */
export class Suppressions {
  /** `disable-next-line` spans by their target line. */
  private readonly nextLine = new Map<number, Span[]>();
  /** `disable` … `enable` spans by rule id ('*' for all), sorted by start. */
  private readonly ranges = new Map<string, Ranges>();
  /** The first `disable-file` span of each rule id ('*' for all). */
  private readonly file = new Map<string, Span>();
  private seq = 0;
  readonly directives: Directive[] = [];
  /** Directives that suppressed at least one finding (for --report-unused-directives). */
  readonly used = new Set<Directive>();
  /** Per directive, the ids (or '*') that suppressed something. */
  private usedById = new Map<Directive, Set<string>>();

  constructor(comments: DirectiveComment[]) {
    const sorted = [...comments].sort((a, b) => a.line - b.line);
    // Stacked directive comments all apply to the first line below them that is not one: found for
    // every comment in one backward pass instead of a walk down from each.
    const targetOf = new Map<number, number>();
    for (let k = sorted.length - 1; k >= 0; k--) {
      const line = sorted[k].line;
      if (targetOf.has(line)) continue;
      targetOf.set(line, targetOf.get(line + 1) ?? line + 1);
    }
    const open = new Map<string, { from: number; directive: Directive }>();
    const addRange = (span: Span) => {
      let list = this.ranges.get(span.ruleId);
      if (!list) this.ranges.set(span.ruleId, (list = []));
      list.push(span);
    };
    for (const c of sorted) {
      const d = parseDirective(c);
      if (!d) continue;
      this.directives.push(d);
      const ids = d.ruleIds.length ? d.ruleIds : ['*'];
      if (d.kind === 'disable-next-line') {
        const target = targetOf.get(c.line)!;
        let list = this.nextLine.get(target);
        if (!list) this.nextLine.set(target, (list = []));
        for (const id of ids) list.push({ ruleId: id, from: target, to: target, directive: d, seq: this.seq++ });
      } else if (d.kind === 'disable-file') {
        for (const id of ids) {
          const span = { ruleId: id, from: 0, to: Number.MAX_SAFE_INTEGER, directive: d, seq: this.seq++ };
          if (!this.file.has(id)) this.file.set(id, span);
        }
      } else if (d.kind === 'disable') {
        for (const id of ids) if (!open.has(id)) open.set(id, { from: c.line + 1, directive: d });
      } else {
        const closing = d.ruleIds.length ? d.ruleIds : [...open.keys()];
        for (const id of closing) {
          const o = open.get(id);
          if (o) {
            addRange({ ruleId: id, from: o.from, to: c.line, directive: o.directive, seq: this.seq++ });
            open.delete(id);
          }
        }
      }
    }
    for (const [id, o] of open) addRange({ ruleId: id, from: o.from, to: Number.MAX_SAFE_INTEGER, directive: o.directive, seq: this.seq++ });
    // Closed in text order per id already; the spans left open come last and start after them.
    for (const list of this.ranges.values()) list.sort((a, b) => a.from - b.from);
  }

  isSuppressed(ruleId: string, line: number): boolean {
    // The narrowest directive gets the credit: a next-line comment under a disable-file one is the
    // one doing the work, and the broader one is reported unused if it silences nothing else.
    let best: Span | undefined;
    for (const s of this.nextLine.get(line) ?? []) if (s.ruleId === '*' || s.ruleId === ruleId) best = narrower(best, s);
    best = narrower(best, containing(this.ranges.get(ruleId), line));
    best = narrower(best, containing(this.ranges.get('*'), line));
    best = narrower(best, this.file.get(ruleId));
    best = narrower(best, this.file.get('*'));
    if (!best) return false;
    this.used.add(best.directive);
    let ids = this.usedById.get(best.directive);
    if (!ids) this.usedById.set(best.directive, (ids = new Set()));
    ids.add(best.ruleId);
    return true;
  }

  /** The ids of a directive that suppressed at least one finding ('*' for a directive naming none). */
  usedIds(d: Directive): ReadonlySet<string> {
    return this.usedById.get(d) ?? new Set();
  }
}
