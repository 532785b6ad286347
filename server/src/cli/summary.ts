// The end of the text report (issue 16): findings by rule, then the totals. Hints (such as
// `sla-trustpoint-crl` on the factory default, which fires on nearly every config of a fleet) are
// counted here but printed one by one only with --include-hints, as ESLint-style tools print what a
// user must act on.
import { SEVERITY_RANK, Severity } from '../types';

export class RuleSummary {
  private readonly byRule = new Map<string, { severity: Severity; count: number; files: number; lastFile: number }>();
  readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };

  /** Counts a finding of file number `file`. */
  add(ruleId: string, severity: Severity, file: number): void {
    this.counts[severity]++;
    const key = `${ruleId}\u0000${severity}`;
    const entry = this.byRule.get(key);
    if (entry) {
      entry.count++;
      if (entry.lastFile !== file) {
        entry.files++;
        entry.lastFile = file;
      }
    } else this.byRule.set(key, { severity, count: 1, files: 1, lastFile: file });
  }

  /** Lines of the by-rule table: most severe first, then the most frequent. Empty when nothing was found. */
  lines(hintsShown: boolean): string[] {
    const rows = [...this.byRule.entries()].map(([key, e]) => ({ rule: key.slice(0, key.indexOf('\u0000')), ...e }))
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.count - a.count || a.rule.localeCompare(b.rule));
    if (rows.length === 0) return [];
    const width = Math.max(...rows.map((r) => r.rule.length));
    const countWidth = Math.max(...rows.map((r) => r.count.toLocaleString('en').length));
    const out = ['', 'Findings by rule:'];
    for (const r of rows) {
      const hidden = r.severity === 'hint' && !hintsShown ? ' (not listed above: --include-hints lists them)' : '';
      out.push(`  ${r.rule.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.count.toLocaleString('en').padStart(countWidth)} in ${r.files.toLocaleString('en')} file${r.files === 1 ? '' : 's'}${hidden}`);
    }
    return out;
  }
}
