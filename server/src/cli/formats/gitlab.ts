// GitLab Code Quality (a subset of the Code Climate spec GitLab reads): a JSON array of issues with
// description, check_name, fingerprint, severity and location.path + lines.begin. GitLab shows them
// in the merge request widget and diff; the path must be relative to the repository root, which is
// the folder a CI job runs in.
import { jsonLines } from '../../jsonLines';
import { Severity } from '../../types';
import { reportFingerprint } from '../fingerprint';
import { toPosix } from '../paths';
import { Formatter } from '../report';

/** Code Quality severities: info, minor, major, critical, blocker (as eslint-formatter-gitlab maps). */
export const GITLAB_SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

export const gitlab: Formatter = (reports, ctx) => {
  jsonLines((function* () {
    for (const r of reports) {
      const path = toPosix(r.path);
      for (const [i, f] of r.findings.entries()) {
        yield {
          type: 'issue',
          description: f.message,
          check_name: f.ruleId,
          fingerprint: reportFingerprint(path, r.fingerprints[i]),
          severity: GITLAB_SEVERITY[f.severity],
          location: { path, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
        };
      }
    }
  })(), ctx.out);
};
