// The end of the text report (issue 16): findings by rule, then the totals. Hints (such as
// `sla-trustpoint-crl` on the factory default, which fires on nearly every config of a fleet) are
// counted here but printed one by one only with --include-hints, as ESLint-style tools print what a
// user must act on.
import { SEVERITY_RANK, Severity } from '../types';
import { t } from '../l10n';

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
    const out = ['', t('Findings by rule:')];
    for (const r of rows) {
      const hidden = r.severity === 'hint' && !hintsShown ? ` ${t('(not listed above: {flag} lists them)', { flag: '--include-hints' })}` : '';
      out.push(`  ${r.rule.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.count.toLocaleString('en').padStart(countWidth)} ${t(r.files === 1 ? 'in {count} file' : 'in {count} files', { count: r.files.toLocaleString('en') })}${hidden}`);
    }
    return out;
  }
}
