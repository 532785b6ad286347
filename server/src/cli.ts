// Command-line front end (SPEC §7): the same engine as the editor, for CI pipelines.
//   cisco-license-lint [--format FORMAT] [--config FILE] [--fix | --fix-dry-run]
//                      [--report-unused-directives] PATH…
// Exit 0: no finding at or above the failing severity; 1: at least one; 2: usage or read error.
// Arguments: cli/args.ts; which files: cli/collect.ts; the run: cli/lintRun.ts; output: cli/formats/.
import { TOOL_NAME } from './engine';
import { rules } from './rules';
import { LoadedSettings, readSettingsFile } from './settings';
import { SEVERITY_RANK } from './types';
import { HELP, localeArgument, Options, parseCommandLine, UsageError } from './cli/args';
import { bundle, localeFromEnv, negotiateLocale, setLocale, t } from './l10n';
import { FORMATS } from './cli/formats';
import { printable } from './cli/formats/text';
import { lintPaths } from './cli/lintRun';
import { terminalStyle } from './cli/formats/stylish';
import { applyBaseline, BaselineError, readBaseline, writeBaseline } from './cli/baseline';
import { FileReport } from './cli/report';
import { serveFleetWorker } from './cli/fleet';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

export { printable };
export type { FileReport } from './cli/report';

/**
 * One CLI run. `terminal` says how standard output is shown (grouped and coloured text on a
 * terminal); callers that collect the output keep the default, plain text. `progress`: draw a
 * progress line on stderr while many files run (the command line, when stderr is a terminal).
 */
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void, terminal = { grouped: false, colour: false }, progress = false): number {
  let options: Options | 'help' | 'version';
  const tag = localeArgument(argv);
  const locale = tag !== undefined ? negotiateLocale(tag) : localeFromEnv(process.env);
  setLocale(locale);
  // A copy of dist/cli.js without the l10n/ folder beside it: say why the messages are English.
  if (locale !== 'en' && locale !== 'qps-ploc' && Object.keys(bundle(locale)).length === 0) {
    err(`${TOOL_NAME}: l10n/bundle.l10n.${locale}.json not found beside the program: messages stay in English`);
  }
  try {
    options = parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${TOOL_NAME}: ${e.message}\n${t('Run {command} for usage.', { command: `'${TOOL_NAME} --help'` })}`);
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

  let explicit: LoadedSettings | undefined;
  if (options.config) {
    explicit = readSettingsFile(options.config);
    if (explicit.unreadable) {
      for (const p of explicit.problems) err(`${TOOL_NAME}: ${p}`);
      return 2;
    }
  }

  const run = lintPaths(options, explicit, err, progress);
  const { notices } = run;
  let { reports, readError } = run;
  for (const n of notices) err(printable(`${TOOL_NAME}: ${n}`));
  if (options.baseline !== undefined) {
    try {
      reports = withBaseline(reports, options.baseline, options.updateBaseline, err);
    } catch (e) {
      if (!(e instanceof BaselineError)) throw e;
      err(`${TOOL_NAME}: ${e.message}`);
      return 2;
    }
  }
  const failed = reports.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[r.failOn]));

  FORMATS[options.format](reports, { out, err, version: VERSION, cwd: process.cwd(), fix: options.fix, fixDryRun: options.fixDryRun, quiet: options.quiet, includeHints: options.includeHints, baseline: options.baseline !== undefined, terminal });
  if (readError) return 2;
  return failed ? 1 : 0;
}

/** The reports without the baseline's findings; with --update-baseline, the baseline rewritten first. */
function withBaseline(reports: FileReport[], file: string, update: boolean, err: (s: string) => void): FileReport[] {
  const previous = readBaseline(file);
  if (update) {
    const n = writeBaseline(file, reports, previous);
    err(`${TOOL_NAME}: ${t(n === 1 ? 'baseline {file}: {count} finding recorded' : 'baseline {file}: {count} findings recorded', { file, count: n })}`);
    return applyBaseline(reports, readBaseline(file) ?? [], file).reports;
  }
  if (previous === undefined) throw new BaselineError(t('{file}: no such baseline (create it with {option})', { file, option: '--update-baseline' }));
  const { reports: left, stale } = applyBaseline(reports, previous, file);
  if (stale > 0) err(`${TOOL_NAME}: ${t(stale === 1 ? 'baseline {file}: {count} recorded finding is gone ({option} drops it)' : 'baseline {file}: {count} recorded findings are gone ({option} drops them)', { file, count: stale, option: '--update-baseline' })}`);
  return left;
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
    code = run(process.argv.slice(2), out, (s) => process.stderr.write(s + '\n'), terminalStyle(process.env, process.stdout.isTTY === true), process.stderr.isTTY === true);
  } catch (e) {
    // Exit 1 means "findings": an internal failure must not look like one.
    process.stderr.write(`${TOOL_NAME}: internal error: ${(e as Error)?.stack ?? e}\n`);
    code = 2;
  }
  process.exitCode = code;
  process.stdout.write(piece, () => process.exit(code));
}
