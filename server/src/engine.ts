// The engine: text in, findings out. Used alike by the LSP server, the CLI and the tests.
import { finishFindings } from './correlate';
import { applyEdits } from './fixes';
import { buildModel } from './model/build';
import { DeviceModel } from './model/types';
import { rules } from './rules';
import { Rule } from './rules/types';
import { Suppressions } from './suppression';
import { Finding, SeveritySetting, TextEdit } from './types';

export const TOOL_NAME = 'cisco-license-lint';
export const NOT_DEVICE_TEXT = 'not-device-text';

export interface LintOptions {
  /** Per-rule severity or 'off' (settings file, then editor settings). */
  rules?: Record<string, SeveritySetting>;
  /** Called when a rule throws: the other rules still run. */
  onRuleError?: (rule: Rule, error: unknown) => void;
}

export interface LintResult {
  model: DeviceModel;
  findings: Finding[];
  suppressions: Suppressions;
}

/** Text that is not device output: NUL bytes or mostly control characters in the first 8 KiB. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
    else if (c === 0xfffd) control++;
  }
  return n > 0 && control / n > 0.1;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId);
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  if (looksBinary(text)) {
    const model = buildModel('');
    return {
      model,
      suppressions: new Suppressions([]),
      findings: [{
        ruleId: NOT_DEVICE_TEXT, severity: 'info', fixes: [],
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: 'This file does not look like device text (binary data): nothing was checked.',
      }],
    };
  }
  const model = buildModel(text);
  const suppressions = new Suppressions([...model.config.parsed.flatMap((p) => p.directives), ...model.show.directives]);
  const findings: Finding[] = [];
  // IOS-XR is out of scope (SPEC §1 covers IOS-XE and NX-OS): its call-home and licensing lines read
  // like IOS-XE's but mean other things, so no rule speaks on XR text.
  for (const rule of model.iosXr ? [] : rules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    let found: Finding[];
    try {
      found = rule.check(model);
    } catch (error) {
      // One broken rule must not take the others (or the server) down with it.
      options.onRuleError?.(rule, error);
      continue;
    }
    for (const f of found) {
      if (suppressions.isSuppressed(f.ruleId, f.range.start.line)) continue;
      if (setting) f.severity = setting;
      findings.push(f);
    }
  }
  findings.sort(compareFindings);
  // relatedInformation both ways (config <-> show evidence) and no ID token in any message.
  finishFindings(model, findings);
  return { model, findings, suppressions };
}

/** The edits of every safe fix, one per finding (the first safe fix each offers). */
export function safeFixEdits(findings: Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe);
    if (fix) edits.push(...fix.edits);
  }
  return edits;
}

/** Applies every safe fix until nothing changes (at most a few passes: fixes converge). */
export function fixAll(text: string, options: LintOptions = {}): { text: string; applied: number; passes: number } {
  let current = text;
  let applied = 0;
  let passes = 0;
  for (; passes < 5; passes++) {
    const edits = safeFixEdits(lint(current, options).findings);
    if (edits.length === 0) break;
    const r = applyEdits(current, edits);
    if (r.text === current) break;
    current = r.text;
    applied += r.applied;
  }
  return { text: current, applied, passes };
}
