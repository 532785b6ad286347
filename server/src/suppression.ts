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
}

export class Suppressions {
  private spans: Span[] = [];
  readonly directives: Directive[] = [];
  /** Directives that suppressed at least one finding (for --report-unused-directives). */
  readonly used = new Set<Directive>();
  /** Per directive, the ids (or '*') that suppressed something. */
  private usedById = new Map<Directive, Set<string>>();

  constructor(comments: DirectiveComment[]) {
    const sorted = [...comments].sort((a, b) => a.line - b.line);
    const directiveLines = new Set(sorted.map((c) => c.line));
    const open = new Map<string, { from: number; directive: Directive }>();
    for (const c of sorted) {
      const d = parseDirective(c);
      if (!d) continue;
      this.directives.push(d);
      const ids = d.ruleIds.length ? d.ruleIds : ['*'];
      if (d.kind === 'disable-next-line') {
        // Stacked directive comments all apply to the first line below them that is not one.
        let target = c.line + 1;
        while (directiveLines.has(target)) target++;
        for (const id of ids) this.spans.push({ ruleId: id, from: target, to: target, directive: d });
      } else if (d.kind === 'disable-file') {
        for (const id of ids) this.spans.push({ ruleId: id, from: 0, to: Number.MAX_SAFE_INTEGER, directive: d });
      } else if (d.kind === 'disable') {
        for (const id of ids) if (!open.has(id)) open.set(id, { from: c.line + 1, directive: d });
      } else {
        const closing = d.ruleIds.length ? d.ruleIds : [...open.keys()];
        for (const id of closing) {
          const o = open.get(id);
          if (o) {
            this.spans.push({ ruleId: id, from: o.from, to: c.line, directive: o.directive });
            open.delete(id);
          }
        }
      }
    }
    for (const [id, o] of open) this.spans.push({ ruleId: id, from: o.from, to: Number.MAX_SAFE_INTEGER, directive: o.directive });
  }

  isSuppressed(ruleId: string, line: number): boolean {
    // The narrowest directive gets the credit: a next-line comment under a disable-file one is the
    // one doing the work, and the broader one is reported unused if it silences nothing else.
    let best: Span | undefined;
    for (const s of this.spans) {
      if (line >= s.from && line <= s.to && (s.ruleId === '*' || s.ruleId === ruleId) && (!best || s.to - s.from < best.to - best.from)) best = s;
    }
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
