// The text report: one line per finding, `path:line:col severity message rule-id`, then a summary.
import { Finding, Severity } from '../../types';
import { t } from '../../l10n';
import { FileReport, Formatter } from '../report';
import { stylish } from './stylish';
import { RuleSummary } from '../summary';

/**
 * Device text quoted in a message (a URL, a description) may hold ESC and other control bytes: on a
 * terminal they would be obeyed (colours, cursor moves, a rewritten title). Text output shows them
 * escaped instead (issue 20.11); JSON and SARIF escape them by their own rules.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A file name in a report line: tabs and newlines escaped too, so one finding stays one line. */
export function printablePath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** "2 problems (http-destination, missing-clock-calendar-valid)": how many, and of which rules. */
function fixSummary(ids: string[]): string {
  return t(ids.length === 1 ? '{count} problem ({rules})' : '{count} problems ({rules})', { count: ids.length, rules: [...new Set(ids)].sort().join(', ') });
}

function textLine(path: string, f: Finding): string {
  return printable(`${printablePath(path)}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} ${f.ruleId}`);
}

export function countBySeverity(reports: FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

export function summaryLine(counts: Record<Severity, number>, files: number): string {
  const total = counts.error + counts.warning + counts.info + counts.hint;
  return t('{findings} ({errors}, {warnings}, {infos}, {hints}) in {files}', {
    findings: t(total === 1 ? '{count} finding' : '{count} findings', { count: total }),
    errors: t(counts.error === 1 ? '{count} error' : '{count} errors', { count: counts.error }),
    warnings: t(counts.warning === 1 ? '{count} warning' : '{count} warnings', { count: counts.warning }),
    infos: t('{count} info', { count: counts.info }),
    hints: t(counts.hint === 1 ? '{count} hint' : '{count} hints', { count: counts.hint }),
    files: t(files === 1 ? '{count} file' : '{count} files', { count: files }),
  });
}

/** What --fix changed (or --fix-dry-run would), per file, on stderr. */
export function reportFixes(reports: FileReport[], ctx: { err: (s: string) => void; fix: boolean }): void {
  for (const r of reports) if (r.fixedRuleIds.length) ctx.err(printable(`${printablePath(r.path)}: ${t(ctx.fix ? 'fixed {problems}' : 'would fix {problems}', { problems: fixSummary(r.fixedRuleIds) })}`));
}

/** The whole diff of --fix-dry-run, first and whole, so `… --fix-dry-run | git apply` and `patch -p1` take it. */
export function printDiffs(reports: FileReport[], out: (s: string) => void): void {
  const diffs = reports.map((r) => r.diff ?? '').join('');
  if (diffs) out(diffs.replace(/\n$/, ''));
}

/**
 * Is a finding listed one by one? --quiet lists errors only; hints (`sla-trustpoint-crl` on the
 * factory default fires on nearly every config of a fleet) only with --include-hints (issue 16).
 */
export function listed(f: Finding, ctx: { quiet: boolean; includeHints: boolean }): boolean {
  if (ctx.quiet) return f.severity === 'error';
  return f.severity !== 'hint' || ctx.includeHints;
}

/** The findings by rule: what a fleet's run needs at its end (cli/summary.ts). */
export function ruleSummaryLines(reports: FileReport[], ctx: { quiet: boolean; includeHints: boolean }): string[] {
  const summary = new RuleSummary();
  reports.forEach((r, i) => {
    // --quiet is about errors only, in the table as in the list.
    for (const f of r.findings) if (!ctx.quiet || f.severity === 'error') summary.add(f.ruleId, f.severity, i);
  });
  return summary.lines(ctx.includeHints && !ctx.quiet);
}

export const text: Formatter = (reports, ctx) => {
  if (ctx.terminal.grouped) return stylish(reports, ctx);
  if (ctx.fix || ctx.fixDryRun) reportFixes(reports, ctx);
  if (ctx.fixDryRun) printDiffs(reports, ctx.out);
  for (const r of reports) {
    for (const f of r.findings) {
      if (!listed(f, ctx)) continue;
      ctx.out(textLine(r.path, f));
      if (f.remedy && f.remedy.length) ctx.out(f.remedy.map((l) => `    | ${l}`).join('\n'));
    }
  }
  for (const line of ruleSummaryLines(reports, ctx)) ctx.out(line);
  ctx.out(`\n${summaryLine(countBySeverity(reports), reports.length)}`);
};
