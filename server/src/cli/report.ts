// What a run hands to the output formats: one report per linted file.
import { Finding, Severity } from '../types';

export interface FileReport {
  /** As shown to the user: relative to the current folder when inside it. */
  path: string;
  /** The file's absolute path (for standard input, that of --stdin-filename; none without it). */
  absolutePath?: string;
  findings: Finding[];
  /** Content fingerprint of each finding, same order (fingerprint.ts). */
  fingerprints: string[];
  /** Lowest severity that fails the run for this file (its own settings' failOn, or --fail-on). */
  failOn: Severity;
  /** Rule id of each fix applied (or, with --fix-dry-run, that would be). */
  fixedRuleIds: string[];
  /** --fix-dry-run: the unified diff of the changes ('' for none). */
  diff?: string;
}

/** What every format may need besides the reports. */
export interface FormatContext {
  /** One line (or several joined by \n) of standard output. */
  out: (s: string) => void;
  /** One line of standard error. */
  err: (s: string) => void;
  version: string;
  /** The folder relative paths are relative to (the current folder). */
  cwd: string;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
  /** Text formats: list hints one by one (they are counted in the summary by rule either way). */
  includeHints: boolean;
  /** Standard output's kind: text is grouped by file (and coloured) on a terminal. */
  terminal: { grouped: boolean; colour: boolean };
  /** A baseline took out the findings it records: those left are new. */
  baseline: boolean;
}

/** One output format: writes the whole report of a run. */
export type Formatter = (reports: FileReport[], ctx: FormatContext) => void;
