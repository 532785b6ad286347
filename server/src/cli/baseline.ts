// --baseline FILE: findings recorded once are not reported again, so a pipeline fails only on new
// problems; --update-baseline records the current findings. Entries are matched by file, rule and
// content fingerprint (fingerprint.ts), never by line number. The file (README, "Baseline"):
//   {"version": 1, "tool": "cisco-license-lint",
//    "findings": [{"path", "ruleId", "fingerprint", "line", "message"}, …]}
// `path` is relative to the baseline file's folder, with `/`; `line` (1-based) and `message` are
// for the reader only.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { TOOL_NAME } from '../engine';
import { t } from '../l10n';
import { toPosix } from './paths';
import { FileReport } from './report';

export interface BaselineEntry {
  path: string;
  ruleId: string;
  fingerprint: string;
  line?: number;
  message?: string;
}

export class BaselineError extends Error {}

/** The path a report has in a baseline kept at `baselineFile`. */
function baselinePath(report: FileReport, baselineFile: string): string {
  return report.absolutePath === undefined ? report.path : toPosix(relative(dirname(resolve(baselineFile)), report.absolutePath));
}

/** The entries of a baseline file; undefined when it does not exist. A file that is not one is an error. */
export function readBaseline(file: string): BaselineEntry[] | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BaselineError(t('{path}: cannot be read ({reason})', { path: file, reason: (e as Error).message }));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BaselineError(t('{path}: not valid JSON ({reason})', { path: file, reason: (e as Error).message }));
  }
  const o = raw as { version?: unknown; findings?: unknown };
  if (typeof raw !== 'object' || raw === null || o.version !== 1 || !Array.isArray(o.findings)) {
    throw new BaselineError(t('{path}: not a {tool} baseline (expected {shape})', { path: file, tool: TOOL_NAME, shape: '{"version": 1, "findings": […]}' }));
  }
  return o.findings.map((x, i) => {
    const e = x as Record<string, unknown>;
    if (typeof e !== 'object' || e === null || typeof e.path !== 'string' || typeof e.ruleId !== 'string' || typeof e.fingerprint !== 'string') {
      throw new BaselineError(t('{path}: {entry} needs "path", "ruleId" and "fingerprint" strings', { path: file, entry: `findings[${i}]` }));
    }
    return {
      path: e.path, ruleId: e.ruleId, fingerprint: e.fingerprint,
      ...(typeof e.line === 'number' ? { line: e.line } : {}), ...(typeof e.message === 'string' ? { message: e.message } : {}),
    };
  });
}

const keyOf = (e: { path: string; ruleId: string; fingerprint: string }) => `${e.path}\0${e.ruleId}\0${e.fingerprint}`;

/**
 * The reports without the findings the baseline holds (each entry absorbs one finding), and the
 * entries of linted files that matched nothing (fixed since: --update-baseline drops them).
 */
export function applyBaseline(reports: FileReport[], entries: BaselineEntry[], baselineFile: string): { reports: FileReport[]; absorbed: number; stale: number } {
  const remaining = new Map<string, number>();
  for (const e of entries) remaining.set(keyOf(e), (remaining.get(keyOf(e)) ?? 0) + 1);
  let absorbed = 0;
  const kept = reports.map((r) => {
    const path = baselinePath(r, baselineFile);
    const findings: FileReport['findings'] = [];
    const fingerprints: string[] = [];
    r.findings.forEach((f, i) => {
      const key = keyOf({ path, ruleId: f.ruleId, fingerprint: r.fingerprints[i] });
      const n = remaining.get(key) ?? 0;
      if (n > 0) {
        remaining.set(key, n - 1);
        absorbed++;
      } else {
        findings.push(f);
        fingerprints.push(r.fingerprints[i]);
      }
    });
    return { ...r, findings, fingerprints };
  });
  const linted = new Set(reports.map((r) => baselinePath(r, baselineFile)));
  let stale = 0;
  for (const [key, n] of remaining) if (linted.has(key.split('\0')[0])) stale += n;
  return { reports: kept, absorbed, stale };
}

/**
 * Writes the current findings as the baseline. Entries of files this run did not lint are kept, so
 * updating from one folder leaves the others' entries alone. Returns how many entries were written.
 */
export function writeBaseline(file: string, reports: FileReport[], previous: BaselineEntry[] | undefined): number {
  const linted = new Set(reports.map((r) => baselinePath(r, file)));
  const entries: BaselineEntry[] = (previous ?? []).filter((e) => !linted.has(e.path));
  for (const r of reports) {
    const path = baselinePath(r, file);
    r.findings.forEach((f, i) => entries.push({ path, ruleId: f.ruleId, fingerprint: r.fingerprints[i], line: f.range.start.line + 1, message: f.message }));
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
  try {
    writeFileSync(file, `${JSON.stringify({ version: 1, tool: TOOL_NAME, findings: entries }, null, 2)}\n`);
  } catch (e) {
    throw new BaselineError(t('{path}: cannot write ({reason})', { path: file, reason: (e as Error).message }));
  }
  return entries.length;
}
