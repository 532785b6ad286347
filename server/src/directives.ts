// Checks on the suppression comments themselves (ESLint reports unknown rules and unused
// `eslint-disable` comments the same way). A misspelt id silences nothing, so the finding it was
// meant to hide comes back with no clue why; an unused directive hides the next real problem on
// that line. These are pseudo-rules: configurable in settings like any rule, but not rules of the
// device catalogue (SPEC §6), and a suppression comment cannot silence them.
import { t } from './l10n';
import { TextLines } from './parse/lines';
import { Rule, RuleMeta, docsUrl } from './rules/types';
import { Directive, DIRECTIVE_PREFIX, Suppressions } from './suppression';
import { Finding, range, Range, TextEdit } from './types';

export const INVALID_DIRECTIVE = 'invalid-directive';
export const UNUSED_DIRECTIVE = 'unused-directive';

export interface PseudoRule {
  id: string;
  meta: Omit<RuleMeta, 'group'>;
}

export const directiveRules: PseudoRule[] = [
  {
    id: INVALID_DIRECTIVE,
    meta: {
      description: 'A cisco-license-lint comment names a rule id or directive that does not exist.',
      defaultSeverity: 'warning',
      fixable: 'manual',
      docsUrl: docsUrl(INVALID_DIRECTIVE),
      explanation: 'This suppression comment names something the linter does not know, so it silences nothing ' +
        'for that name. Correct the spelling (the message suggests the nearest rule id) or remove the name. ' +
        'Rule ids are listed in the rule documentation.',
    },
  },
  {
    id: UNUSED_DIRECTIVE,
    meta: {
      description: 'A cisco-license-lint disable comment suppressed nothing (reported with --report-unused-directives).',
      defaultSeverity: 'warning',
      fixable: 'safe',
      docsUrl: docsUrl(UNUSED_DIRECTIVE),
      explanation: 'No finding was suppressed by this comment: the problem it was written for is gone (or the ' +
        'comment stands in the wrong place). Left in place it would hide the next real problem on that line. ' +
        'The fix removes the comment, or only the unused rule id.',
    },
  },
];

export const directiveRulesById = new Map(directiveRules.map((r) => [r.id, r]));

/** Metadata of a catalogue rule or of a directive pseudo-rule. */
export function metaOf(id: string, registry: ReadonlyMap<string, Rule>): Omit<RuleMeta, 'group'> | undefined {
  return registry.get(id)?.meta ?? directiveRulesById.get(id)?.meta;
}

const DIRECTIVE_KINDS = ['disable-next-line', 'disable', 'enable', 'disable-file'];

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The known name closest to `name`, when close enough to be a plausible typo. */
export function nearest(name: string, known: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    // The distance is at least the difference in length: a 1 MiB word is compared with nothing.
    if (Math.abs(lower.length - k.length) > limit) continue;
    const d = editDistance(lower, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

function invalidFinding(message: string, where: Range, suggestion: string | undefined): Finding {
  return {
    ruleId: INVALID_DIRECTIVE,
    severity: 'warning',
    message,
    range: where,
    // A guess at what was meant: offered, never applied in bulk.
    fixes: suggestion ? [{ title: t("Replace with '{suggestion}'", { suggestion }), edits: [{ range: where, newText: suggestion }], safe: false }] : [],
  };
}

/**
 * Unknown rule ids (and unknown directive names) in suppression comments. `comments` are every
 * `! cisco-license-lint-…` comment of the text, `knownIds` the rule registry's ids.
 */
export function invalidDirectiveFindings(comments: { line: number; start: number; text: string }[], suppressions: Suppressions, knownIds: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const parsed = new Set(suppressions.directives.map((d) => d.comment));
  for (const c of comments) {
    if (parsed.has(c)) continue;
    // `! cisco-license-lint-disable-nextline …`: the directive name itself is wrong.
    const m = /^(!\s*)(cisco-license-lint-)(\S+)/.exec(c.text);
    if (!m) continue;
    const name = m[3];
    const from = c.start + m[1].length + m[2].length;
    const suggestion = nearest(name, DIRECTIVE_KINDS);
    findings.push(invalidFinding(
      suggestion
        ? t("unknown cisco-license-lint directive '{directive}'; did you mean '{suggestion}'?", { directive: DIRECTIVE_PREFIX + name, suggestion: DIRECTIVE_PREFIX + suggestion })
        : t("unknown cisco-license-lint directive '{directive}'; expected one of {directives}", { directive: DIRECTIVE_PREFIX + name, directives: DIRECTIVE_KINDS.map((k) => DIRECTIVE_PREFIX + k).join(', ') }),
      range(c.line, from, from + name.length),
      suggestion,
    ));
  }
  for (const d of suppressions.directives) {
    d.ruleIds.forEach((id, i) => {
      if (knownIds.has(id)) return;
      const where = range(d.comment.line, d.idColumns[i], d.idColumns[i] + id.length);
      if (directiveRulesById.has(id)) {
        findings.push(invalidFinding(
          t('\'{id}\' cannot be disabled by a cisco-license-lint comment; set "{id}": "off" in {file} instead', { id, file: '.cisco-license-lint.json' }),
          where, undefined,
        ));
        return;
      }
      const suggestion = nearest(id, knownIds);
      findings.push(invalidFinding(
        suggestion
          ? t("unknown rule id '{id}' in cisco-license-lint directive; did you mean '{suggestion}'?", { id, suggestion })
          : t("unknown rule id '{id}' in cisco-license-lint directive", { id }),
        where, suggestion,
      ));
    });
  }
  return findings;
}

/** Deletes the whole line holding the directive (with its line ending). */
function deleteLine(lines: TextLines, line: number): TextEdit {
  if (line + 1 < lines.count) return { range: range(line, 0, 0, line + 1), newText: '' };
  // The last line has no line ending of its own: take the previous line's.
  if (line > 0) return { range: range(line - 1, lines.ends[line - 1] - lines.starts[line - 1], lines.ends[line] - lines.starts[line], line), newText: '' };
  return { range: range(line, 0, lines.ends[line] - lines.starts[line]), newText: '' };
}

/** Deletes one id of a multi-id directive together with the separator before or after it. */
function deleteId(d: Directive, i: number): TextEdit {
  const line = d.comment.line;
  const end = (k: number) => d.idColumns[k] + d.ruleIds[k].length;
  if (i + 1 < d.ruleIds.length) return { range: range(line, d.idColumns[i], d.idColumns[i + 1]), newText: '' };
  return { range: range(line, end(i - 1), end(i)), newText: '' };
}

/**
 * Disable directives that suppressed nothing. Call after every finding has been checked against
 * `suppressions`. Unknown ids are left to invalidDirectiveFindings; `enable` closes a range and is
 * never reported on its own.
 */
export function unusedDirectiveFindings(suppressions: Suppressions, knownIds: ReadonlySet<string>, lines: TextLines): Finding[] {
  const findings: Finding[] = [];
  for (const d of suppressions.directives) {
    if (d.kind === 'enable') continue;
    const name = `${DIRECTIVE_PREFIX}${d.kind}`;
    const used = suppressions.usedIds(d);
    const commentRange = range(d.comment.line, d.comment.start, d.comment.start + d.comment.text.length);
    const removeLine = { title: t('Remove this unused directive'), edits: [deleteLine(lines, d.comment.line)], safe: true };
    if (d.ruleIds.length === 0) {
      if (used.size === 0) {
        findings.push({ ruleId: UNUSED_DIRECTIVE, severity: 'warning', range: commentRange, fixes: [removeLine], message: t('unused {directive} directive: it suppressed no finding', { directive: name }) });
      }
      continue;
    }
    const unused = d.ruleIds.map((id, i) => ({ id, i })).filter(({ id }) => knownIds.has(id) && !used.has(id));
    if (unused.length === 0) continue;
    if (used.size === 0) {
      // Nothing in this comment does anything: remove it whole (unknown ids are reported apart).
      const names = unused.map(({ id }) => `'${id}'`).join(', ');
      findings.push({ ruleId: UNUSED_DIRECTIVE, severity: 'warning', range: commentRange, fixes: [removeLine], message: t('unused {directive} directive: no {ids} finding was suppressed', { directive: name, ids: names }) });
      continue;
    }
    for (const { id, i } of unused) {
      findings.push({
        ruleId: UNUSED_DIRECTIVE, severity: 'warning',
        range: range(d.comment.line, d.idColumns[i], d.idColumns[i] + id.length),
        message: t("unused rule id '{id}' in {directive} directive: no '{id}' finding was suppressed", { id, directive: name }),
        fixes: [{ title: t("Remove '{id}' from this directive", { id }), edits: [deleteId(d, i)], safe: true }],
      });
    }
  }
  return findings;
}
