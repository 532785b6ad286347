// The project settings file `.cisco-license-lint.json` (SPEC §7), found by walking up from the
// linted file and read the same way by the CLI and the server. Invalid content gives a message
// naming the key, never an exception.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Ignore } from 'ignore';
import { gitignorePatterns, ignoreMatcher } from './globs';
import { rulesById } from './rules';
import { Severity, SeveritySetting } from './types';
import { NOT_DEVICE_TEXT } from './engine';
import { directiveRulesById } from './directives';
import { t } from './l10n';

export const SETTINGS_FILE = '.cisco-license-lint.json';

export interface Settings {
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  failOn: Exclude<Severity, 'hint'>;
  /** Report disable directives that suppress nothing (the CLI's --report-unused-directives). */
  reportUnusedDirectives: boolean;
}

export interface LoadedSettings {
  settings: Settings;
  /** The file read, if any. */
  path?: string;
  /** Problems found in the file, each naming the key. */
  problems: string[];
  /** The file could not be read or is not JSON (its problems are messages in the user's language: test this, not them). */
  unreadable?: boolean;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);
const FAIL_ON = new Set(['error', 'warning', 'info']);

export function defaultSettings(): Settings {
  return { rules: {}, ignore: [], failOn: 'error', reportUnusedDirectives: false };
}

export function knownRuleId(id: string): boolean {
  return rulesById.has(id) || directiveRulesById.has(id) || id === NOT_DEVICE_TEXT;
}

/** Validates parsed JSON into Settings; unknown or invalid keys are reported and skipped. */
export function validateSettings(raw: unknown, where: string): { settings: Settings; problems: string[] } {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(t('{where}: the settings must be a JSON object', { where }));
    return { settings, problems };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema') continue;
    if (key === 'rules') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push(t('{where}: "rules" must be an object of rule id to severity', { where }));
        continue;
      }
      for (const [id, sev] of Object.entries(value as Record<string, unknown>)) {
        if (!knownRuleId(id)) problems.push(t('{where}: "rules.{id}" is not a known rule id', { where, id }));
        else if (typeof sev !== 'string' || !SEVERITIES.has(sev)) problems.push(t('{where}: "rules.{id}" must be one of {values}', { where, id, values: 'error, warning, info, hint, off' }));
        else settings.rules[id] = sev as SeveritySetting;
      }
    } else if (key === 'ignore') {
      if (!Array.isArray(value) || value.some((g) => typeof g !== 'string')) problems.push(t('{where}: "ignore" must be an array of glob strings', { where }));
      else {
        // A glob that cannot be compiled is a settings problem, named with its reason, and left out:
        // it must neither crash the CLI nor silently turn the editor's diagnostics off (issue 20.7).
        const globs: string[] = [];
        for (const g of value as string[]) {
          try {
            gitignorePatterns(g);
            globs.push(g);
          } catch (e) {
            problems.push(t('{where}: ignore glob "{glob}" is not valid and is left out ({reason})', { where, glob: g, reason: (e as Error).message }));
          }
        }
        settings.ignore = globs;
      }
    } else if (key === 'failOn') {
      if (typeof value !== 'string' || !FAIL_ON.has(value)) problems.push(t('{where}: "failOn" must be one of {values}', { where, values: 'error, warning, info' }));
      else settings.failOn = value as Settings['failOn'];
    } else if (key === 'reportUnusedDirectives') {
      if (typeof value !== 'boolean') problems.push(t('{where}: "reportUnusedDirectives" must be {yes} or {no}', { where, yes: 'true', no: 'false' }));
      else settings.reportUnusedDirectives = value;
    } else {
      problems.push(t('{where}: unknown key "{key}" (expected {keys})', { where, key, keys: 'rules, ignore, failOn, reportUnusedDirectives' }));
    }
  }
  return { settings, problems };
}

export function readSettingsFile(path: string): LoadedSettings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { settings: defaultSettings(), path, problems: [t('{path}: cannot be read ({reason})', { path, reason: (e as Error).message })], unreadable: true };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { settings: defaultSettings(), path, problems: [t('{path}: not valid JSON ({reason})', { path, reason: (e as Error).message })], unreadable: true };
  }
  return { ...validateSettings(raw, path), path };
}

/** The nearest settings file at or above `dir`, or undefined. */
export function findSettingsFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, SETTINGS_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Settings for a file: the nearest settings file above it, or the defaults. */
export function settingsFor(filePath: string): LoadedSettings {
  const found = findSettingsFile(dirname(resolve(filePath)));
  return found ? readSettingsFile(found) : { settings: defaultSettings(), problems: [] };
}

const matchers = new WeakMap<LoadedSettings, Ignore>();

/**
 * Is a file ignored by the settings' globs? Paths are matched relative to the settings file's folder
 * (.gitignore semantics, globs.ts); a file outside that folder (a --config from elsewhere) is
 * matched by its name alone, so `*.bak` still applies and anchored globs do not.
 */
export function isIgnored(filePath: string, loaded: LoadedSettings): boolean {
  if (loaded.settings.ignore.length === 0) return false;
  let matcher = matchers.get(loaded);
  if (!matcher) {
    matcher = ignoreMatcher(loaded.settings.ignore);
    matchers.set(loaded, matcher);
  }
  const base = loaded.path ? dirname(loaded.path) : process.cwd();
  const rel = relative(base, resolve(filePath)).split(sep).join('/');
  if (rel === '') return false;
  const outside = rel === '..' || rel.startsWith('../') || isAbsolute(rel);
  // Outside: the name under a folder no glob can name (NUL), so unanchored globs match it and
  // anchored ones (`/x.cfg`, `dc/`) cannot.
  return matcher.ignores(outside ? `\u0000/${basename(rel)}` : rel);
}
