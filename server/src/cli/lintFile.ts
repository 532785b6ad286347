// One file through the CLI: read, fix (--fix / --fix-dry-run), lint. The same function runs on the
// main thread and in the fleet's worker threads (fleet.ts), so a file's report and messages do not
// depend on which thread linted it. Messages for stderr are returned in order, not printed: the
// caller prints them as the file's turn comes.
import { writeFileSync } from 'node:fs';
import { fixAll, lint, LintOptions } from '../engine';
import { encode, readDeviceText, readStdinText } from '../readText';
import { SeveritySetting, Finding } from '../types';
import { unifiedDiff } from '../unifiedDiff';
import { TOOL_NAME } from '../engine';

export interface FileReport {
  path: string;
  findings: Finding[];
  /** Set when the file could not be linted. */
  error?: string;
  /** Rule id of each fix applied (or, with --fix-dry-run, that would be). */
  fixedRuleIds: string[];
  /** --fix-dry-run: the unified diff of the changes ('' for none). */
  diff?: string;
}

/** What lintFile needs: plain data, so it crosses to a worker thread as it is. */
export interface FileJob {
  file: string;
  /** The path as printed. */
  display: string;
  rules?: Record<string, SeveritySetting>;
  reportUnusedDirectives: boolean;
  fix: boolean;
  fixDryRun: boolean;
  /** A binary file found in a folder walk is skipped with a notice; one named alone is reported. */
  skipBinary: boolean;
}

export interface FileOutcome {
  /** Undefined when the file could not be read or was skipped. */
  report?: FileReport;
  /** Lines for stderr, in order (read and write errors, rule errors). */
  messages: string[];
  /** A read or write error: the run exits 2. */
  failed: boolean;
  /** A notice printed with the others at the end (a skipped binary file). */
  notice?: string;
  /** Bytes of text linted (the progress line counts them). */
  chars: number;
}

export function lintFile(job: FileJob): FileOutcome {
  const { file, display } = job;
  const messages: string[] = [];
  let failed = false;
  let dt;
  try {
    dt = file === '-' ? readStdinText() : readDeviceText(file);
  } catch (e) {
    return { messages: [`${TOOL_NAME}: ${display}: ${(e as Error).message}`], failed: true, chars: 0 };
  }
  const lintOptions: LintOptions = {
    rules: job.rules,
    reportUnusedDirectives: job.reportUnusedDirectives,
    onRuleError: (rule, e) => messages.push(`${TOOL_NAME}: internal error in rule ${rule.id} on ${display}: ${(e as Error)?.stack ?? e}`),
  };
  let fixedRuleIds: string[] = [];
  let diff: string | undefined;
  if (job.fix || job.fixDryRun) {
    const r = fixAll(dt.text, lintOptions);
    if (r.text !== dt.text) {
      // Written back in the file's own encoding and byte order mark; line endings are the
      // fixes' business (they insert the file's own). Unchanged files are never rewritten.
      let written = true;
      if (job.fix) {
        try {
          writeFileSync(file, encode({ ...dt, text: r.text }));
        } catch (e) {
          // A read-only file is reported and the run goes on (issue 20.4); its findings are
          // those of the text as it stays on disk.
          const code = (e as NodeJS.ErrnoException).code;
          messages.push(`${TOOL_NAME}: ${display}: cannot write: ${code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : (e as Error).message}`);
          failed = true;
          written = false;
        }
      } else diff = unifiedDiff(display, dt.text, r.text);
      if (written) {
        fixedRuleIds = r.fixedRuleIds;
        dt = { ...dt, text: r.text };
      }
    } else if (job.fixDryRun) diff = '';
  }
  const { findings } = lint(dt.text, lintOptions);
  if (findings.length === 1 && findings[0].ruleId === 'not-device-text' && job.skipBinary) {
    return { messages, failed, notice: `${display}: skipped (binary, not device text)`, chars: dt.text.length };
  }
  return { report: { path: display, findings, fixedRuleIds, diff }, messages, failed, chars: dt.text.length };
}
