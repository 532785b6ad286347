// One run over the named paths: settings per file, reading, --fix / --fix-dry-run, linting. Output
// is the formats' business; this only gathers the reports and what went wrong on the way.
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fixAll, lint, TOOL_NAME } from '../engine';
import { encodeFixed, readDeviceText, readStdinText } from '../readText';
import { redactSecrets, redactUrlPasswords, tokensIn } from '../secrets';
import { isIgnored, LoadedSettings, settingsFor } from '../settings';
import { Severity } from '../types';
import { unifiedDiff } from '../unifiedDiff';
import { Options } from './args';
import { collect } from './collect';
import { fingerprints } from './fingerprint';
import { diffBase, toPosix } from './paths';
import { FileReport } from './report';

export interface RunResult {
  reports: FileReport[];
  /** Notices for stderr (files skipped), printed after the run. */
  notices: string[];
  /** A path could not be read or a file could not be written: exit 2. */
  readError: boolean;
}

export function lintPaths(options: Options, explicit: LoadedSettings | undefined, err: (s: string) => void): RunResult {
  let readError = false;
  const files: string[] = [];
  const notices: string[] = [];
  const visited = new Set<string>();
  for (const p of options.paths) {
    if (p === '-') {
      if (!files.includes('-')) files.push('-');
      continue;
    }
    try {
      collect(p, files, notices, visited);
    } catch (e) {
      err(`${TOOL_NAME}: ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`);
      readError = true;
    }
  }

  const cwd = process.cwd();
  const absoluteOf = (file: string) => (file !== '-' ? resolve(file) : options.stdinFilename !== undefined ? resolve(options.stdinFilename) : undefined);
  const patchBase = diffBase(cwd, files.map(absoluteOf));
  const reports: FileReport[] = [];
  const reportedProblems = new Set<string>();
  for (const file of files) {
    const isStdin = file === '-';
    // Standard input takes its settings and ignore globs from the name it stands for (as ESLint's
    // --stdin-filename), or from the current folder.
    const settingsPath = isStdin ? resolve(options.stdinFilename ?? '<stdin>') : file;
    const loaded = explicit ?? settingsFor(settingsPath);
    for (const p of loaded.problems) if (!reportedProblems.has(p)) { reportedProblems.add(p); err(`${TOOL_NAME}: warning: ${p}`); }
    // Each file fails on its own nearest settings' failOn (the command line overrides all): the exit
    // status must not depend on the order files are named in (issue 20.10).
    const failOn: Severity = options.failOn ?? loaded.settings.failOn ?? 'error';
    if ((!isStdin || options.stdinFilename !== undefined) && isIgnored(settingsPath, loaded)) continue;
    const display = isStdin ? (options.stdinFilename ?? '<stdin>') : relative(process.cwd(), file) || file;
    let dt;
    try {
      dt = isStdin ? readStdinText() : readDeviceText(file);
    } catch (e) {
      err(`${TOOL_NAME}: ${display}: ${(e as Error).message}`);
      readError = true;
      continue;
    }
    const lintOptions = {
      rules: loaded.settings.rules,
      reportUnusedDirectives: options.reportUnusedDirectives || loaded.settings.reportUnusedDirectives,
      onRuleError: (rule: { id: string }, e: unknown) => err(`${TOOL_NAME}: internal error in rule ${rule.id} on ${display}: ${(e as Error)?.stack ?? e}`),
    };
    let fixedRuleIds: string[] = [];
    let diff: string | undefined;
    if (options.fix || options.fixDryRun) {
      let r = fixAll(dt.text, lintOptions);
      // A file that is not valid UTF-8 keeps its bytes; a fix that would rewrite such a line is refused (issue 20.1).
      const bytes = r.text !== dt.text ? encodeFixed(dt, r.text) : undefined;
      if (bytes && 'refused' in bytes) {
        err(`${TOOL_NAME}: ${display}: cannot fix: ${bytes.refused}; convert the file to UTF-8 (iconv -f WINDOWS-1252 -t UTF-8) or change that line by hand`);
        readError = true;
        r = { ...r, text: dt.text, fixedRuleIds: [] };
      }
      if (r.text !== dt.text) {
        // Written back in the file's own encoding and byte order mark; line endings are the
        // fixes' business (they insert the file's own). Unchanged files are never rewritten.
        let written = true;
        if (options.fix) {
          try {
            writeFileSync(file, (bytes as { bytes: Buffer }).bytes);
          } catch (e) {
            // A read-only file is reported and the run goes on (issue 20.4); its findings are
            // those of the text as it stays on disk.
            const code = (e as NodeJS.ErrnoException).code;
            err(`${TOOL_NAME}: ${display}: cannot write: ${code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : (e as Error).message}`);
            readError = true;
            written = false;
          }
        } else {
          const abs = absoluteOf(file);
          diff = unifiedDiff(abs === undefined ? display : toPosix(relative(patchBase, abs)), dt.text, r.text);
          // The diff's lines may quote an ID token or a URL password: redacted like every other output (issues 12.2, 20.3).
          const tokens = tokensIn(dt.text);
          const redacted = redactUrlPasswords(tokens.length ? redactSecrets(diff, tokens) : diff);
          if (redacted !== diff) err(`${TOOL_NAME}: ${display}: the diff redacts a secret (an ID token or a URL password), so it does not apply as printed; --fix applies the same change`);
          diff = redacted;
        }
        if (written) {
          fixedRuleIds = r.fixedRuleIds;
          dt = { ...dt, text: r.text };
        }
      } else if (options.fixDryRun) diff = '';
    }
    const { findings } = lint(dt.text, lintOptions);
    if (findings.length === 1 && findings[0].ruleId === 'not-device-text' && files.length > 1 && !options.paths.includes(file)) {
      notices.push(`${display}: skipped (binary, not device text)`);
      continue;
    }
    reports.push({ path: display, absolutePath: absoluteOf(file), findings, fingerprints: fingerprints(dt.text, findings), failOn, fixedRuleIds, diff });
  }
  return { reports, notices, readError };
}
