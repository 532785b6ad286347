// Command-line arguments through node:util parseArgs, with this tool's messages: every mistake is a
// UsageError (exit 2), never an exception a user sees as "internal error".
import { parseArgs } from 'node:util';
import { t } from '../l10n';
import { TOOL_NAME } from '../engine';
import { SETTINGS_FILE } from '../settings';
import { Severity } from '../types';
import { FORMAT_NAMES, FormatName } from './formats';

export interface Options {
  format: FormatName;
  config?: string;
  /** With `-`: the name standard input stands for, for settings, ignore globs and output. */
  stdinFilename?: string;
  failOn?: Severity;
  fix: boolean;
  fixDryRun: boolean;
  reportUnusedDirectives: boolean;
  quiet: boolean;
  /** --baseline FILE: leave out the findings it records. */
  baseline?: string;
  /** --update-baseline: write the current findings to the baseline file. */
  updateBaseline: boolean;
  /** Text format: list hints one by one (they are counted in the summary either way). */
  includeHints: boolean;
  /** Threads for many files (--jobs); undefined: the core count. */
  jobs?: number;
  /** --locale TAG: the language of the CLI's own lines (else LC_ALL / LC_MESSAGES / LANG). */
  locale?: string;
  paths: string[];
}

export class UsageError extends Error {}

/**
 * The value of the last --locale in `argv` (`--locale de`, `--locale=de`), read before the full
 * parse so that its usage errors already speak the chosen language.
 */
export function localeArgument(argv: string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--locale' && i + 1 < argv.length) found = argv[++i];
    else if (a.startsWith('--locale=')) found = a.slice('--locale='.length);
  }
  return found;
}

export const HELP = `Usage: ${TOOL_NAME} [options] <file-or-folder>...

Lints Cisco IOS / IOS-XE / NX-OS configurations, show outputs and logs for Smart Licensing,
Smart Licensing Using Policy and call-home mistakes.

Options:
  -f, --format <format>           output format (default: text):
                                    text    one line per finding; grouped by file, in colour, on a terminal
                                    json    {"files":[{"path","findings":[…]}]}
                                    sarif   SARIF 2.1.0 (GitHub code scanning and other dashboards)
                                    gitlab  GitLab Code Quality report (artifacts:reports:codequality)
                                    junit   JUnit XML (Jenkins junit step, CI test dashboards)
                                    github  GitHub Actions annotations (::error file=…,line=…::…)
  -c, --config <file>             settings file to use instead of the nearest ${SETTINGS_FILE}
      --fail-on <severity>        lowest severity that fails the run: error, warning, info (default: error)
      --fix                       apply every safe fix in place and report what changed
      --fix-dry-run               print what --fix would change as a unified diff; write nothing
                                  (findings and exit status are those left after the fixes; paths as
                                  git writes them, from / when a file is outside the current folder)
      --report-unused-directives  report disable comments that suppress nothing (unused-directive)
      --stdin-filename <name>     with -: the file name standard input stands for (settings, ignore, output)
      --baseline <file>           leave out the findings recorded in <file> (matched by file, rule
                                  and line content, so moved lines still match): fail on new ones only
      --update-baseline           with --baseline: record the current findings in <file>
      --include-hints             text format: list hints one by one (they are always counted in
                                  the summary by rule; the other formats always hold them)
  -j, --jobs <n>                  lint on n threads when there are many files (default: the number
                                  of cores; 1 lints on the main thread alone)
  -q, --quiet                     text format: print errors only
      --locale <tag>              language of the tool's own lines: de, nl, pt-br, zh-cn or en
                                  (default: LC_ALL, LC_MESSAGES or LANG; rule messages stay English)
  -h, --help                      show this help
  -v, --version                   show the version

A - reads standard input (show run | ${TOOL_NAME} -); pipes named as paths (/dev/stdin, a FIFO,
<(cat file)) are read as files.
Folders are searched recursively for config and capture files (.cfg .conf .ios .txt .log, and
files with no extension); binary files are skipped with a notice. The text format ends with the
findings by rule and the totals; on a terminal, stderr shows a progress line while many files run.

On a terminal, text output is grouped by file and coloured; NO_COLOR=1 drops the colour,
FORCE_COLOR=1 forces grouping and colour (also when piped).

Examples:
  ${TOOL_NAME} configs/
  ${TOOL_NAME} --format gitlab configs/ > gl-code-quality-report.json
  ${TOOL_NAME} --format junit configs/ > cisco-license-lint.xml
  ${TOOL_NAME} --baseline .cisco-license-lint-baseline.json --update-baseline configs/
  ${TOOL_NAME} --baseline .cisco-license-lint-baseline.json configs/
  ${TOOL_NAME} --fix-dry-run configs/ | git apply

Exit status: 0 no finding at or above the failing severity, 1 at least one, 2 usage or read error.
`;

const SPEC = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'report-unused-directives': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  'include-hints': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Parsed = ReturnType<typeof parseArgs<{ options: typeof SPEC; allowPositionals: true; strict: true; tokens: true }>>;

/** parseArgs' errors say what went wrong in their own words; ours name the flag as the user wrote it. */
function usageMessage(e: Error & { code?: string }, argv: string[]): string {
  const flag = /'(-[^']*)'/.exec(e.message)?.[1] ?? '';
  // "-f, --format <value>" -> the spelling the user typed.
  const typed = flag.split(/,\s*/).map((f) => f.split(' ')[0]).find((f) => argv.some((a) => a === f || a.startsWith(`${f}=`))) ?? flag.split(/,\s*/).pop()!.split(' ')[0];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return t('unknown option {option}', { option: flag });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (/does not take an argument/.test(e.message)) {
        const given = argv.find((a) => a.startsWith(`${typed}=`));
        return t('{option} takes no value (got "{given}")', { option: typed, given: given ?? typed });
      }
      // `--jobs -1`: parseArgs reads the negative number as an option; the count is what is wrong.
      if (typed === '--jobs' || typed === '-j') {
        const i = argv.indexOf(typed);
        return t('{option} takes a number of threads from 1, not "{given}"', { option: '--jobs', given: argv[i + 1] ?? '' });
      }
      return t('{option} needs a value', { option: typed });
    }
    default: return e.message;
  }
}

export function parseCommandLine(argv: string[]): Options | 'help' | 'version' {
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    throw new UsageError(usageMessage(e as Error & { code?: string }, argv));
  }
  // The first of --help / --version wins, as before any other check.
  for (const t of parsed.tokens) {
    if (t.kind === 'option' && (t.name === 'help' || t.name === 'version')) return t.name;
  }
  const v = parsed.values;
  const format = v.format ?? 'text';
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) throw new UsageError(t('unknown format "{format}" ({formats} or {last})', { format, formats: FORMAT_NAMES.slice(0, -1).join(', '), last: FORMAT_NAMES[FORMAT_NAMES.length - 1] }));
  const failOn = v['fail-on'];
  if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning' && failOn !== 'info') throw new UsageError(t('{option} takes {a}, {b} or {c}, not "{given}"', { option: '--fail-on', a: 'error', b: 'warning', c: 'info', given: failOn }));
  const o: Options = {
    format: format as FormatName,
    config: v.config,
    stdinFilename: v['stdin-filename'],
    failOn,
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    reportUnusedDirectives: v['report-unused-directives'] ?? false,
    quiet: v.quiet ?? false,
    baseline: v.baseline,
    updateBaseline: v['update-baseline'] ?? false,
    includeHints: v['include-hints'] ?? false,
    locale: v.locale,
    paths: parsed.positionals,
  };
  if (v.jobs !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(v.jobs)) throw new UsageError(t('{option} takes a number of threads from 1, not "{given}"', { option: '--jobs', given: v.jobs }));
    o.jobs = Number(v.jobs);
  }
  if (o.fix && o.fixDryRun) throw new UsageError(t('{a} and {b} exclude each other', { a: '--fix', b: '--fix-dry-run' }));
  if (o.paths.includes('-') && o.fix) throw new UsageError(t('{option} cannot write back to standard input; use {other} to see the changes', { option: '--fix', other: '--fix-dry-run' }));
  if (o.stdinFilename !== undefined && !o.paths.includes('-')) throw new UsageError(t('{option} goes with {other}', { option: '--stdin-filename', other: t('- (read standard input)') }));
  if (o.updateBaseline && o.baseline === undefined) throw new UsageError(t('{option} goes with {other}', { option: '--update-baseline', other: '--baseline FILE' }));
  if (o.paths.length === 0) throw new UsageError(t('no file or folder given'));
  return o;
}
