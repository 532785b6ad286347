// GitHub Actions workflow commands: `::error file=…,line=…::message` lines the runner turns into
// annotations on the pull request's diff, no SARIF upload (and its permissions) needed. Escaping is
// the runner's (actions/toolkit command.ts): % CR LF in the message; those and `:` `,` in properties.
import { Severity } from '../../types';
import { toPosix } from '../paths';
import { printable } from './text';
import { Formatter } from '../report';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (reports, ctx) => {
  for (const r of reports) {
    const file = escapeProperty(toPosix(r.path));
    for (const f of r.findings) {
      const { start, end } = f.range;
      const props = `file=${file},line=${start.line + 1},col=${start.character + 1},endLine=${end.line + 1},endColumn=${end.character + 1},title=${escapeProperty(f.ruleId)}`;
      ctx.out(`::${COMMAND[f.severity]} ${props}::${escapeData(printable(f.message))}`);
    }
  }
};
