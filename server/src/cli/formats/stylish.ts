// The text report on a terminal: findings grouped under their file and coloured, as ESLint's
// "stylish" formatter prints them. Piped or redirected output keeps the plain one-line format.
import { Severity } from '../../types';
import { FileReport, FormatContext } from '../report';
import { countBySeverity, listed, printable, printablePath, printDiffs, reportFixes, ruleSummaryLines, summaryLine } from './text';

/**
 * Grouped layout when writing to a terminal (TERM=dumb excepted) or when FORCE_COLOR asks for colour;
 * colour unless NO_COLOR is set (https://no-color.org) or FORCE_COLOR is 0 / false. FORCE_COLOR wins
 * over NO_COLOR, as in Node's own and most tools' handling.
 */
export function terminalStyle(env: Record<string, string | undefined>, isTTY: boolean): { grouped: boolean; colour: boolean } {
  const force = env.FORCE_COLOR;
  const forcedOn = force !== undefined && force !== '0' && force !== 'false';
  const forcedOff = force === '0' || force === 'false';
  const grouped = forcedOn || (isTTY && env.TERM !== 'dumb');
  const colour = forcedOn || (grouped && !forcedOff && !(env.NO_COLOR !== undefined && env.NO_COLOR !== ''));
  return { grouped, colour };
}

const SGR = { bold: [1, 22], dim: [2, 22], underline: [4, 24], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39], gray: [90, 39] } as const;
type Style = keyof typeof SGR;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' };

export function stylish(reports: FileReport[], ctx: FormatContext): void {
  const paint = (style: Style, s: string) => (ctx.terminal.colour ? `\u001b[${SGR[style][0]}m${s}\u001b[${SGR[style][1]}m` : s);
  if (ctx.fix || ctx.fixDryRun) reportFixes(reports, ctx);
  if (ctx.fixDryRun) printDiffs(reports, ctx.out);
  for (const r of reports) {
    const shown = r.findings.filter((f) => listed(f, ctx));
    if (shown.length === 0) continue;
    const positions = shown.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`);
    const width = positions.reduce((w, p) => Math.max(w, p.length), 0);
    ctx.out('');
    ctx.out(paint('underline', printablePath(r.path)));
    for (const [i, f] of shown.entries()) {
      const indent = `  ${' '.repeat(width)}  ${' '.repeat(7)}  `;
      ctx.out(`  ${paint('dim', positions[i].padStart(width))}  ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7))}  ${printable(f.message)}  ${paint('dim', f.ruleId)}`);
      for (const l of f.remedy ?? []) ctx.out(`${indent}${paint('dim', `| ${printable(l)}`)}`);
    }
  }
  for (const line of ruleSummaryLines(reports, ctx)) ctx.out(line);
  const counts = countBySeverity(reports);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const mark = total === 0 ? paint('green', '✔') : paint(counts.error ? 'red' : counts.warning ? 'yellow' : 'cyan', '✖');
  ctx.out('');
  ctx.out(`${mark} ${paint('bold', summaryLine(counts, reports.length))}`);
}
