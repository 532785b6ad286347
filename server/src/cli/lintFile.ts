// One file through the CLI: read, fix (--fix / --fix-dry-run), lint. The same function runs on the
// main thread and in the fleet's worker threads (fleet.ts), so a file's report and messages do not
// depend on which thread linted it. Messages for stderr are returned in order, not printed: the
// caller prints them as the file's turn comes.
import { t } from '../l10n';
import { writeFileSync } from 'node:fs';
import { fixAll, lint, LintOptions, TOOL_NAME } from '../engine';
import { encodeFixed, readDeviceText, readStdinText } from '../readText';
import { redactSecrets, redactUrlPasswords, tokensIn } from '../secrets';
import { Severity, SeveritySetting } from '../types';
import { unifiedDiff } from '../unifiedDiff';
import { fingerprints } from './fingerprint';
import { FileReport } from './report';

/** What lintFile needs: plain data, so it crosses to a worker thread as it is. */
export interface FileJob {
  file: string;
  /** The path as printed. */
  display: string;
  /** The file's absolute path (for standard input, that of --stdin-filename; none without it). */
  absolutePath?: string;
  /** The name a --fix-dry-run patch gives the file (relative to where the patch applies). */
  diffName: string;
  failOn: Severity;
  rules?: Record<string, SeveritySetting>;
  reportUnusedDirectives: boolean;
  fix: boolean;
  fixDryRun: boolean;
  /** A binary file found in a folder walk is skipped with a notice; one named alone is reported. */
  skipBinary: boolean;
  /** Compute the findings' content fingerprints (SARIF, GitLab, --baseline use them; others print none). */
  fingerprints: boolean;
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
  /** Characters of text linted (the progress line counts them). */
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
    let r = fixAll(dt.text, lintOptions);
    // A file that is not valid UTF-8 keeps its bytes; a fix that would rewrite such a line is refused (issue 20.1).
    const bytes = r.text !== dt.text ? encodeFixed(dt, r.text) : undefined;
    if (bytes && 'refused' in bytes) {
      messages.push(`${TOOL_NAME}: ${t('{path}: cannot fix: {reason}; convert the file to UTF-8 ({command}) or change that line by hand', { path: display, reason: bytes.refused, command: 'iconv -f WINDOWS-1252 -t UTF-8' })}`);
      failed = true;
      r = { ...r, text: dt.text, fixedRuleIds: [] };
    }
    if (r.text !== dt.text) {
      // Written back in the file's own encoding and byte order mark; line endings are the
      // fixes' business (they insert the file's own). Unchanged files are never rewritten.
      let written = true;
      if (job.fix) {
        try {
          writeFileSync(file, (bytes as { bytes: Buffer }).bytes);
        } catch (e) {
          // A read-only file is reported and the run goes on (issue 20.4); its findings are
          // those of the text as it stays on disk.
          const code = (e as NodeJS.ErrnoException).code;
          messages.push(`${TOOL_NAME}: ${t('{path}: cannot write: {reason}', { path: display, reason: code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? t('permission denied') : (e as Error).message })}`);
          failed = true;
          written = false;
        }
      } else {
        diff = unifiedDiff(job.diffName, dt.text, r.text);
        // The diff's lines may quote an ID token or a URL password: redacted like every other output (issues 12.2, 20.3).
        const tokens = tokensIn(dt.text);
        const redacted = redactUrlPasswords(tokens.length ? redactSecrets(diff, tokens) : diff);
        if (redacted !== diff) messages.push(`${TOOL_NAME}: ${t('{path}: the diff redacts a secret (an ID token or a URL password), so it does not apply as printed; {option} applies the same change', { path: display, option: '--fix' })}`);
        diff = redacted;
      }
      if (written) {
        fixedRuleIds = r.fixedRuleIds;
        dt = { ...dt, text: r.text };
      }
    } else if (job.fixDryRun) diff = '';
  }
  const { findings } = lint(dt.text, lintOptions);
  if (findings.length === 1 && findings[0].ruleId === 'not-device-text' && job.skipBinary) {
    return { messages, failed, notice: t('{path}: skipped (binary, not device text)', { path: display }), chars: dt.text.length };
  }
  const report: FileReport = {
    path: display, absolutePath: job.absolutePath, findings, fingerprints: job.fingerprints ? fingerprints(dt.text, findings) : [], failOn: job.failOn, fixedRuleIds, diff,
  };
  return { report, messages, failed, chars: dt.text.length };
}
