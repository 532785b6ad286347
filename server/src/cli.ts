// Command-line front end (SPEC §7): the same engine as the editor, for CI pipelines.
//   cisco-license-lint [--format text|json|sarif] [--config FILE] [--fix | --fix-dry-run]
//                      [--report-unused-directives] PATH…
// Exit 0: no finding at or above the failing severity; 1: at least one; 2: usage or read error.
import { Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { TOOL_NAME } from './engine';
import { rules } from './rules';
import { isIgnored, LoadedSettings, readSettingsFile } from './settings';
import { Finding, SEVERITY_RANK, Severity } from './types';
import { toSarif } from './sarif';
import { jsonLines } from './jsonLines';
import { canRunFleet, defaultJobs, FLEET_MIN_FILES, lintOnWorkers, serveFleetWorker } from './cli/fleet';
import { FileJob, FileOutcome, FileReport, lintFile } from './cli/lintFile';
import { Progress } from './cli/progress';
import { SettingsCache } from './cli/settingsCache';
import { RuleSummary } from './cli/summary';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

const HELP = `Usage: ${TOOL_NAME} [options] <file-or-folder>...

Lints Cisco IOS / IOS-XE / NX-OS configurations, show outputs and logs for Smart Licensing,
Smart Licensing Using Policy and call-home mistakes.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
  -c, --config <file>             settings file to use instead of the nearest ${'.cisco-license-lint.json'}
      --fail-on <severity>        lowest severity that fails the run: error, warning, info (default: error)
      --fix                       apply every safe fix in place and report what changed
      --fix-dry-run               print what --fix would change as a unified diff; write nothing
                                  (findings and exit status are those left after the fixes)
      --report-unused-directives  report disable comments that suppress nothing (unused-directive)
      --include-hints             text format: list hints one by one (they are always counted in
                                  the summary; JSON and SARIF always hold them)
  -j, --jobs <n>                  lint on n threads when there are many files (default: the number
                                  of cores; 1 lints on the main thread alone)
      --stdin-filename <name>     with -: the file name standard input stands for (settings, ignore, output)
  -q, --quiet                     text format: print errors only
  -h, --help                      show this help
  -v, --version                   show the version

A - reads standard input (show run | ${TOOL_NAME} -); pipes named as paths (/dev/stdin, a FIFO,
<(cat file)) are read as files.
Folders are searched recursively for config and capture files (.cfg .conf .ios .txt .log, and
files with no extension); binary files are skipped with a notice. The text format ends with the
findings by rule and the totals; on a terminal, stderr shows a progress line while many files run.

Exit status: 0 no finding at or above the failing severity, 1 at least one, 2 usage or read error.
`;

interface Options {
  format: 'text' | 'json' | 'sarif';
  config?: string;
  /** With `-`: the name standard input stands for, for settings, ignore globs and output. */
  stdinFilename?: string;
  failOn?: Severity;
  fix: boolean;
  fixDryRun: boolean;
  reportUnusedDirectives: boolean;
  quiet: boolean;
  /** Text format: list hints one by one (they are counted either way). */
  includeHints: boolean;
  /** Threads for many files (--jobs); undefined: the core count. */
  jobs?: number;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const o: Options = { format: 'text', fix: false, fixDryRun: false, reportUnusedDirectives: false, quiet: false, includeHints: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    const noValue = (): void => {
      if (name !== a) throw new UsageError(`${name} takes no value (got "${a}")`);
    };
    switch (name) {
      case '-h': case '--help': return 'help';
      case '-v': case '--version': return 'version';
      case '-f': case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
        o.format = f;
        break;
      }
      case '-c': case '--config': o.config = value(); break;
      case '--stdin-filename': o.stdinFilename = value(); break;
      case '--fail-on': {
        const s = value();
        if (s !== 'error' && s !== 'warning' && s !== 'info') throw new UsageError(`--fail-on takes error, warning or info, not "${s}"`);
        o.failOn = s;
        break;
      }
      // Yes/no flags take no value: `--fix=false` must not turn --fix on (issue 20.2).
      case '--fix': noValue(); o.fix = true; break;
      case '--fix-dry-run': noValue(); o.fixDryRun = true; break;
      case '--report-unused-directives': noValue(); o.reportUnusedDirectives = true; break;
      case '-q': case '--quiet': noValue(); o.quiet = true; break;
      case '--include-hints': noValue(); o.includeHints = true; break;
      case '-j': case '--jobs': {
        const v = value();
        if (!/^[1-9]\d{0,3}$/.test(v)) throw new UsageError(`--jobs takes a number of threads from 1, not "${v}"`);
        o.jobs = Number(v);
        break;
      }
      case '--': o.paths.push(...argv.slice(i + 1)); i = argv.length; break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        o.paths.push(a);
    }
  }
  if (o.fix && o.fixDryRun) throw new UsageError('--fix and --fix-dry-run exclude each other');
  if (o.paths.includes('-') && o.fix) throw new UsageError('--fix cannot write back to standard input; use --fix-dry-run to see the changes');
  if (o.stdinFilename !== undefined && !o.paths.includes('-')) throw new UsageError('--stdin-filename goes with - (read standard input)');
  if (o.paths.length === 0) throw new UsageError('no file or folder given');
  return o;
}

const LINTED_EXTENSIONS = new Set(['.cfg', '.conf', '.config', '.ios', '.nxos', '.txt', '.log', '.show', '.tech', '']);
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.svn', '.hg']);

/**
 * Files to lint under a path. `visited` holds the real paths already walked or listed, so a symlink
 * loop (`ln -s . again`) or two links to one folder lint each file once (issue 20.5). A subfolder
 * that cannot be listed is skipped with a notice, as an unreadable file is (issue 20.6); only a path
 * named on the command line that cannot be read is an error.
 */
/** The path with links resolved, or the path itself when it cannot be resolved. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function collect(path: string, out: string[], notices: string[], visited: Set<string>, top = true): void {
  const st = statSync(path);
  const real = realPathOf(path);
  if (visited.has(real)) return;
  if (st.isFile()) {
    visited.add(real);
    out.push(path);
    return;
  }
  if (!st.isDirectory()) {
    // A pipe or device named on the command line (/dev/stdin, a FIFO, <(cat f)) is read as a file;
    // inside a folder walk such entries are never opened (a FIFO would block the run).
    if (top && (st.isFIFO() || st.isCharacterDevice() || st.isSocket())) out.push(path);
    return;
  }
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    if (top) throw e;
    notices.push(`${path}: skipped (folder cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || SKIPPED_DIRS.has(name)) continue;
    const child = join(path, name);
    // The folder listing says what most entries are (issue 16: a stat and a realpath per file of a
    // fleet); links and the rare file system that does not say are stat'ed as before.
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    const plain = isDirectory || isFile;
    if (!plain) {
      try {
        const cst = statSync(child);
        isDirectory = cst.isDirectory();
        isFile = cst.isFile();
      } catch {
        notices.push(`${child}: skipped (cannot be read)`);
        continue;
      }
    }
    if (isDirectory) collect(child, out, notices, visited, false);
    else if (isFile && LINTED_EXTENSIONS.has(extname(name).toLowerCase()) && !/^readme/i.test(basename(name))) {
      // A plain file's real path is its real folder's, joined with its name.
      const realChild = plain ? join(real, name) : realPathOf(child);
      if (visited.has(realChild)) continue;
      visited.add(realChild);
      out.push(child);
    }
  }
}

export type { FileReport };

/** "2 problems (http-destination, missing-clock-calendar-valid)": how many, and of which rules. */
function fixSummary(ids: string[]): string {
  return `${ids.length} problem${ids.length === 1 ? '' : 's'} (${[...new Set(ids)].sort().join(', ')})`;
}

/**
 * Device text quoted in a message (a URL, a description) may hold ESC and other control bytes: on a
 * terminal they would be obeyed (colours, cursor moves, a rewritten title). Text output shows them
 * escaped instead (issue 20.11); JSON and SARIF escape them by their own rules.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function textLine(path: string, f: Finding): string {
  return printable(`${path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} ${f.ruleId}`);
}

/** stderr as the command line prints it: the progress line is drawn only there (never for a caller's own `err`). */
const defaultErr = (s: string) => process.stderr.write(s + '\n');

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void = defaultErr): number {
  let options: Options | 'help' | 'version';
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${TOOL_NAME}: ${e.message}\nRun '${TOOL_NAME} --help' for usage.`);
      return 2;
    }
    throw e;
  }
  if (options === 'help') {
    out(HELP);
    return 0;
  }
  if (options === 'version') {
    out(VERSION);
    return 0;
  }

  let readError = false;
  let explicit: LoadedSettings | undefined;
  if (options.config) {
    explicit = readSettingsFile(options.config);
    if (explicit.problems.some((p) => p.includes('cannot be read') || p.includes('not valid JSON'))) {
      for (const p of explicit.problems) err(`${TOOL_NAME}: ${p}`);
      return 2;
    }
  }

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

  const reports: FileReport[] = [];
  const reportedProblems = new Set<string>();
  const settings = new SettingsCache();
  // Each file fails on its own nearest settings' failOn (the command line overrides all): the exit
  // status must not depend on the order files are named in (issue 20.10).
  const failOnOf = new Map<FileReport, Severity>();
  const jobs: FileJob[] = [];
  const failOns: Severity[] = [];
  for (const file of files) {
    const isStdin = file === '-';
    // Standard input takes its settings and ignore globs from the name it stands for (as ESLint's
    // --stdin-filename), or from the current folder.
    const settingsPath = isStdin ? resolve(options.stdinFilename ?? '<stdin>') : file;
    const loaded = explicit ?? settings.for(settingsPath);
    for (const p of loaded.problems) if (!reportedProblems.has(p)) { reportedProblems.add(p); err(`${TOOL_NAME}: warning: ${p}`); }
    if ((!isStdin || options.stdinFilename !== undefined) && isIgnored(settingsPath, loaded)) continue;
    jobs.push({
      file,
      display: isStdin ? (options.stdinFilename ?? '<stdin>') : relative(process.cwd(), file) || file,
      rules: loaded.settings.rules,
      reportUnusedDirectives: options.reportUnusedDirectives || !!loaded.settings.reportUnusedDirectives,
      fix: options.fix,
      fixDryRun: options.fixDryRun,
      skipBinary: files.length > 1 && !options.paths.includes(file),
    });
    failOns.push(options.failOn ?? loaded.settings.failOn ?? 'error');
  }
  const progress = new Progress(jobs.length, (s) => process.stderr.write(s), jobs.length > 1 && process.stderr.isTTY === true && err === defaultErr);
  const take = (i: number, outcome: FileOutcome) => {
    progress.tick(outcome.chars);
    if (outcome.messages.length) progress.end();
    for (const m of outcome.messages) err(m);
    if (outcome.failed) readError = true;
    if (outcome.notice) notices.push(outcome.notice);
    if (outcome.report) {
      failOnOf.set(outcome.report, failOns[i]);
      reports.push(outcome.report);
    }
  };
  const threads = options.jobs ?? defaultJobs();
  // Without threads to be had (a sandbox, a resource limit), lintOnWorkers starts none and says so.
  const onWorkers = threads > 1 && jobs.length >= FLEET_MIN_FILES && !files.includes('-') && canRunFleet() && lintOnWorkers(jobs, threads, take);
  if (!onWorkers) jobs.forEach((job, i) => take(i, lintFile(job)));
  progress.end();

  for (const n of notices) err(printable(`${TOOL_NAME}: ${n}`));
  const failed = reports.some((r) => {
    const failing = SEVERITY_RANK[failOnOf.get(r) ?? 'error'];
    return r.findings.some((f) => SEVERITY_RANK[f.severity] >= failing);
  });

  const fixing = options.fix || options.fixDryRun;
  if (options.format === 'text' && fixing) {
    for (const r of reports) if (r.fixedRuleIds.length) err(`${r.path}: ${options.fix ? 'fixed' : 'would fix'} ${fixSummary(r.fixedRuleIds)}`);
  }
  if (options.format === 'json') {
    // Additive to SPEC §7: with --fix / --fix-dry-run each file also says what was (would be) fixed.
    jsonLines({
      files: reports.map((r) => ({
        path: r.path,
        findings: mapLazily(r.findings, jsonFinding),
        ...(fixing ? { fixed: r.fixedRuleIds.length, fixedRuleIds: [...new Set(r.fixedRuleIds)].sort() } : {}),
        ...(options.fixDryRun ? { diff: r.diff ?? '' } : {}),
      })),
    }, out);
  } else if (options.format === 'sarif') {
    jsonLines(toSarif(reports, VERSION), out);
  } else {
    const summary = new RuleSummary();
    const counts = summary.counts;
    // The diff comes first and whole, so `… --fix-dry-run | git apply` and `patch -p1` take it.
    if (options.fixDryRun) {
      const diffs = reports.map((r) => r.diff ?? '').join('');
      if (diffs) out(diffs.replace(/\n$/, ''));
    }
    reports.forEach((r, fileIndex) => {
      for (const f of r.findings) {
        summary.add(f.ruleId, f.severity, fileIndex);
        if (options.quiet && f.severity !== 'error') continue;
        if (f.severity === 'hint' && !options.includeHints) continue;
        out(textLine(r.path, f));
        if (f.remedy && f.remedy.length) out(f.remedy.map((l) => `    | ${l}`).join('\n'));
      }
    });
    for (const line of summary.lines(options.includeHints && !options.quiet)) out(line);
    const total = counts.error + counts.warning + counts.info + counts.hint;
    out(`\n${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info, ${counts.hint} hint${counts.hint === 1 ? '' : 's'}) in ${reports.length} file${reports.length === 1 ? '' : 's'}`);
  }
  if (readError) return 2;
  return failed ? 1 : 0;
}

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

export { rules };

if (serveFleetWorker()) {
  // A worker thread of a fleet run (cli/fleet.ts): it serves batches of files until released.
} else if (require.main === module) {
  // The report goes out in pieces of about 1 MiB (a 200 MB capture's report is larger than one
  // string may be). A reader that stops early (`| head`) closes the pipe: stop quietly then.
  const PIECE = 1 << 20;
  let piece = '';
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit();
    throw e;
  });
  const out = (s: string) => {
    piece += s + '\n';
    if (piece.length >= PIECE) {
      process.stdout.write(piece);
      piece = '';
    }
  };
  let code: number;
  try {
    code = run(process.argv.slice(2), out, defaultErr);
  } catch (e) {
    // Exit 1 means "findings": an internal failure must not look like one.
    process.stderr.write(`${TOOL_NAME}: internal error: ${(e as Error)?.stack ?? e}\n`);
    code = 2;
  }
  process.exitCode = code;
  process.stdout.write(piece, () => process.exit(code));
}
