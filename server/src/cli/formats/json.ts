// SPEC §7's JSON: {"files":[{"path","findings":[…]}]}, 0-based LSP positions.
import { jsonLines } from '../../jsonLines';
import { Finding } from '../../types';
import { Formatter } from '../report';

export const json: Formatter = (reports, ctx) => {
  const fixing = ctx.fix || ctx.fixDryRun;
  // Additive to SPEC §7: with --fix / --fix-dry-run each file also says what was (would be) fixed.
  jsonLines({
    files: reports.map((r) => ({
      path: r.path,
      findings: mapLazily(r.findings, jsonFinding),
      ...(fixing ? { fixed: r.fixedRuleIds.length, fixedRuleIds: [...new Set(r.fixedRuleIds)].sort() } : {}),
      ...(ctx.fixDryRun ? { diff: r.diff ?? '' } : {}),
    })),
  }, ctx.out);
};

function* mapLazily<T, U>(items: T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function jsonFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    range: f.range,
    fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits })),
    ...(f.related && f.related.length ? { related: f.related } : {}),
    ...(f.remedy && f.remedy.length ? { remedy: f.remedy } : {}),
  };
}
