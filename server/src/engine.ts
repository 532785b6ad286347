// The engine: text in, findings out. Used alike by the LSP server, the CLI and the tests.
import { finishFindings } from './correlate';
import { invalidDirectiveFindings, INVALID_DIRECTIVE, unusedDirectiveFindings, UNUSED_DIRECTIVE } from './directives';
import { applyFixes, chooseDisjoint } from './fixes';
import { buildModel } from './model/build';
import { DeviceModel } from './model/types';
import { rules, rulesById } from './rules';
import { Rule } from './rules/types';
import { looksBinary, stripControl, unstripPosition, ControlStrip } from './sniff';
import { scanText } from './strayScan';
import { Suppressions } from './suppression';
import { Finding, Range, SeveritySetting, TextEdit } from './types';
import { keepDirectiveTargets } from './directiveTargets';
import { t } from './l10n';

export const TOOL_NAME = 'cisco-license-lint';
export const NOT_DEVICE_TEXT = 'not-device-text';

export interface LintOptions {
  /** Per-rule severity or 'off' (settings file, then editor settings). */
  rules?: Record<string, SeveritySetting>;
  /** Called when a rule throws: the other rules still run. */
  onRuleError?: (rule: Rule, error: unknown) => void;
  /** Report disable directives that suppressed nothing (`unused-directive`, CLI --report-unused-directives). */
  reportUnusedDirectives?: boolean;
  /**
   * The caller knows the text holds no NUL or stray control character (the language server follows
   * that from edit to edit): the scan of the whole text for them is skipped.
   */
  knownClean?: boolean;
  /** Read every block into the model up front (model/build.ts): the reference the lazy reads are tested against. */
  eagerModel?: boolean;
}

export interface LintResult {
  model: DeviceModel;
  findings: Finding[];
  suppressions: Suppressions;
  /**
   * The text as written, when it held NULs or stray control bytes: the model read it without them
   * (its columns differ on those lines), while findings and fixes point at this text.
   */
  written?: string;
}

/** Binary data, not device text (a known magic number, or a head mostly NULs and control bytes): see sniff.ts. */
export { looksBinary };

/** Puts the positions of findings on the stripped text back on the text as written. */
function unstripFindings(strip: ControlStrip, findings: Finding[]): void {
  const fixRange = (r: Range): Range => ({
    start: { line: r.start.line, character: unstripPosition(strip, r.start.line, r.start.character) },
    end: { line: r.end.line, character: unstripPosition(strip, r.end.line, r.end.character, !(r.end.line === r.start.line && r.end.character === r.start.character)) },
  });
  // Rules share objects between findings (one deactivation edit in several fixes, one related location
  // for several findings): each is mapped once, or its columns would move twice.
  const mapped = new Set<object>();
  for (const f of findings) {
    f.range = fixRange(f.range);
    for (const rel of f.related ?? []) {
      if (mapped.has(rel)) continue;
      mapped.add(rel);
      rel.range = fixRange(rel.range);
    }
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        if (mapped.has(e)) continue;
        mapped.add(e);
        e.range = fixRange(e.range);
      }
    }
  }
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId);
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  if (looksBinary(text)) {
    const model = buildModel('');
    // The notice obeys the settings like a rule: `"not-device-text": "off"` (or another severity).
    const setting = options.rules?.[NOT_DEVICE_TEXT];
    return {
      model,
      suppressions: new Suppressions([]),
      findings: setting === 'off' ? [] : [{
        ruleId: NOT_DEVICE_TEXT, severity: setting ?? 'info', fixes: [],
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: t('This file does not look like device text (binary data): nothing was checked.'),
      }],
    };
  }
  // A few NULs or stray control bytes in text (a console capture across a reload) are nothing: the
  // parsers read the text without them and the findings are put back on the columns as written.
  // One copy of the text into the WebAssembly module answers both: stray characters, and the line index.
  const scan = options.knownClean ? undefined : scanText(text);
  const strip = scan?.stray ? stripControl(text, scan) : undefined;
  const model = buildModel(strip ? strip.text : text, { eager: options.eagerModel, lineIndex: strip ? undefined : scan?.lines });
  const comments = [...model.config.parsed.flatMap((p) => p.directives), ...model.show.directives];
  const suppressions = new Suppressions(comments);
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
  // Checks on the directives themselves come last: "unused" is only known once every finding has
  // been matched against them. Known ids come from the registry, never from a list kept here.
  if (comments.length) {
    const knownIds = new Set(rulesById.keys());
    const directiveChecks: [string, () => Finding[]][] = [
      [INVALID_DIRECTIVE, () => invalidDirectiveFindings(comments, suppressions, knownIds)],
      [UNUSED_DIRECTIVE, () => (options.reportUnusedDirectives ? unusedDirectiveFindings(suppressions, knownIds, model.lines) : [])],
    ];
    for (const [id, check] of directiveChecks) {
      const setting = options.rules?.[id];
      if (setting === 'off') continue;
      for (const f of check()) {
        if (setting) f.severity = setting;
        findings.push(f);
      }
    }
  }
  keepDirectiveTargets(findings, suppressions.directives);
  findings.sort(compareFindings);
  // relatedInformation both ways (config <-> show evidence) and no ID token in any message.
  finishFindings(model, findings);
  if (strip) {
    unstripFindings(strip, findings);
    return { model, findings, suppressions, written: text };
  }
  return { model, findings, suppressions };
}

/**
 * The edits of every safe fix, one fix per finding (the first safe one it offers), leaving out a fix
 * that overlaps one taken before it: the result is one WorkspaceEdit an editor accepts, and what is
 * left out is applied by the next fix-all.
 */
export function safeFixEdits(findings: Finding[], text?: string): TextEdit[] {
  const fixes = findings.flatMap((f) => f.fixes.filter((x) => x.safe).slice(0, 1));
  if (text === undefined) return fixes.flatMap((x) => x.edits);
  return chooseDisjoint(text, fixes).flatMap((i) => fixes[i].edits);
}

export interface FixAllResult {
  text: string;
  /** Fixes applied, over all passes. */
  applied: number;
  passes: number;
  /** The rule id of each applied fix, in order of application. */
  fixedRuleIds: string[];
}

/** Applies every safe fix until nothing changes (fixes converge in two passes; five is a safety cap). */
export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let current = text;
  const fixedRuleIds: string[] = [];
  let passes = 0;
  for (; passes < 5; passes++) {
    const fixable = lint(current, options).findings.flatMap((f) => f.fixes.filter((x) => x.safe).slice(0, 1).map((fix) => ({ ruleId: f.ruleId, edits: fix.edits })));
    if (fixable.length === 0) break;
    const r = applyFixes(current, fixable);
    if (r.text === current) break;
    current = r.text;
    for (const i of r.applied) fixedRuleIds.push(fixable[i].ruleId);
  }
  return { text: current, applied: fixedRuleIds.length, passes, fixedRuleIds };
}
