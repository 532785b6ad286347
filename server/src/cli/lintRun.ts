// One run over the named paths: which files, their settings, then each file through lintFile() (on
// worker threads for a fleet). Output is the formats' business; this only gathers the reports and
// what went wrong on the way.
import { relative, resolve } from 'node:path';
import { TOOL_NAME } from '../engine';
import { t } from '../l10n';
import { isIgnored, LoadedSettings } from '../settings';
import { Options } from './args';
import { collect } from './collect';
import { canRunFleet, defaultJobs, FLEET_MIN_FILES, lintOnWorkers } from './fleet';
import { FileJob, FileOutcome, lintFile } from './lintFile';
import { diffBase, toPosix } from './paths';
import { Progress } from './progress';
import { FileReport } from './report';
import { SettingsCache } from './settingsCache';

/** The formats that print content fingerprints (the others never hash a finding). */
const FORMATS_WITH_FINGERPRINTS = new Set<string>(['sarif', 'gitlab']);

export interface RunResult {
  reports: FileReport[];
  /** Notices for stderr (files skipped), printed after the run. */
  notices: string[];
  /** A path could not be read or a file could not be written: exit 2. */
  readError: boolean;
}

/**
 * Lints every file the paths name. `showProgress`: draw a progress line on stderr (a terminal, and the
 * command line's own stderr) while many files run.
 */
export function lintPaths(options: Options, explicit: LoadedSettings | undefined, err: (s: string) => void, showProgress = false): RunResult {
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
      err(`${TOOL_NAME}: ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? t('no such file or folder') : (e as Error).message}`);
      readError = true;
    }
  }

  const cwd = process.cwd();
  const absoluteOf = (file: string) => (file !== '-' ? resolve(file) : options.stdinFilename !== undefined ? resolve(options.stdinFilename) : undefined);
  const absolutes = files.map(absoluteOf);
  const patchBase = diffBase(cwd, absolutes);
  const reports: FileReport[] = [];
  const reportedProblems = new Set<string>();
  // Settings looked up once per folder (issue 16), each settings file read once.
  const settings = new SettingsCache();
  const jobs: FileJob[] = [];
  for (const [index, file] of files.entries()) {
    const isStdin = file === '-';
    // Standard input takes its settings and ignore globs from the name it stands for (as ESLint's
    // --stdin-filename), or from the current folder.
    const settingsPath = isStdin ? resolve(options.stdinFilename ?? '<stdin>') : file;
    const loaded = explicit ?? settings.for(settingsPath);
    for (const p of loaded.problems) if (!reportedProblems.has(p)) { reportedProblems.add(p); err(`${TOOL_NAME}: warning: ${p}`); }
    if ((!isStdin || options.stdinFilename !== undefined) && isIgnored(settingsPath, loaded)) continue;
    const display = isStdin ? (options.stdinFilename ?? '<stdin>') : relative(cwd, file) || file;
    const abs = absolutes[index];
    jobs.push({
      file,
      display,
      absolutePath: abs,
      diffName: abs === undefined ? display : toPosix(relative(patchBase, abs)),
      // Each file fails on its own nearest settings' failOn (the command line overrides all): the exit
      // status must not depend on the order files are named in (issue 20.10).
      failOn: options.failOn ?? loaded.settings.failOn ?? 'error',
      rules: loaded.settings.rules,
      reportUnusedDirectives: options.reportUnusedDirectives || !!loaded.settings.reportUnusedDirectives,
      fix: options.fix,
      fixDryRun: options.fixDryRun,
      skipBinary: files.length > 1 && !options.paths.includes(file),
      fingerprints: FORMATS_WITH_FINGERPRINTS.has(options.format) || options.baseline !== undefined,
    });
  }
  const progress = new Progress(jobs.length, (s) => process.stderr.write(s), jobs.length > 1 && showProgress);
  const take = (_index: number, outcome: FileOutcome) => {
    progress.tick(outcome.chars);
    if (outcome.messages.length) progress.end();
    for (const m of outcome.messages) err(m);
    if (outcome.failed) readError = true;
    if (outcome.notice) notices.push(outcome.notice);
    if (outcome.report) reports.push(outcome.report);
  };
  // Many files run on worker threads (--jobs, default the core count); the outcomes come back in file order.
  const threads = options.jobs ?? defaultJobs();
  // Without threads to be had (a sandbox, a resource limit), lintOnWorkers starts none and says so.
  const onWorkers = threads > 1 && jobs.length >= FLEET_MIN_FILES && !files.includes('-') && canRunFleet() && lintOnWorkers(jobs, threads, take);
  if (!onWorkers) jobs.forEach((job, i) => take(i, lintFile(job)));
  progress.end();
  return { reports, notices, readError };
}
