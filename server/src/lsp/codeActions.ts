// Code actions: each finding's quick fixes, "disable <id> for this line", copying the remedy of a
// show-output finding, and the fix-all source action (safe fixes only, SPEC §7).
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic } from 'vscode-languageserver/node';
import { directiveRulesById } from '../directives';
import { NOT_DEVICE_TEXT, safeFixEdits, LintResult, TOOL_NAME } from '../engine';
import { t } from '../l10n';
import { suppressionEdit } from '../suppressEdit';
import { Finding, TextEdit } from '../types';
import { COPY_REMEDY_COMMAND, FIX_ALL_KIND } from './capabilities';
import { sameFinding, toDiagnostic } from './diagnostics';

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

function workspaceEdit(uri: string, edits: TextEdit[]) {
  return { changes: { [uri]: edits } };
}

function overlaps(f: Finding, params: CodeActionParams): boolean {
  const r = params.range;
  return f.range.start.line <= r.end.line && f.range.end.line >= r.start.line;
}

/**
 * One edit that turns `before` into `after`, covering only the lines between their common first and
 * last lines: the whole result of several fix passes, with no line outside the fixes touched.
 */
export function changedLinesEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Widen to whole lines so the edit never splits a CRLF or a surrogate pair.
  const isBreak = (i: number) => before[i] === '\n' || before[i] === '\r';
  const lineStartBefore = (i: number) => {
    while (i > 0 && !isBreak(i - 1)) i--;
    return i;
  };
  let from = lineStartBefore(start);
  if (from > 0 && before[from - 1] === '\r' && before[from] === '\n') from = lineStartBefore(from - 1);
  const nl = (i: number) => {
    while (i < before.length && !isBreak(i)) i++;
    return i;
  };
  let to = nl(endB);
  if (to > from && before[to - 1] === '\r' && before[to] === '\n') to = nl(to + 1);
  const toA = to + (after.length - before.length);
  const position = (offset: number) => {
    let line = 0;
    let lineAt = 0;
    for (let i = 0; i < offset; i++) {
      const c = before.charCodeAt(i);
      if (c === 10 || (c === 13 && before.charCodeAt(i + 1) !== 10)) {
        line++;
        lineAt = i + 1;
      }
    }
    return { line, character: offset - lineAt };
  };
  return [{ range: { start: position(from), end: position(to) }, newText: after.slice(from, toA) }];
}

const fixAllEdits = new WeakMap<LintResult, TextEdit[]>();

export function codeActions(result: LintResult, params: CodeActionParams, fixAllText?: () => { before: string; after: string } | undefined): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (wants(only, CodeActionKind.QuickFix)) {
    const sent = params.context.diagnostics;
    const findings = result.findings.filter((f) => (sent.length ? sent.some((d: Diagnostic) => sameFinding(d, f)) : overlaps(f, params)));
    for (const f of findings) {
      const diagnostic: Diagnostic = toDiagnostic(f, uri);
      f.fixes.forEach((fix, i) => {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0 && fix.safe,
          edit: workspaceEdit(uri, fix.edits),
        });
      });
      if (f.remedy?.length) {
        actions.push({
          title: t(f.remedy.length === 1 ? 'Copy the configuration that fixes this ({count} line)' : 'Copy the configuration that fixes this ({count} lines)', { count: f.remedy.length }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: t('Copy remedy'), command: COPY_REMEDY_COMMAND, arguments: [f.remedy.join('\n')] },
        });
      }
      // Binary data is never parsed, so a comment written into it would change nothing.
      if (f.ruleId === NOT_DEVICE_TEXT) continue;
      // A finding on a suppression comment cannot itself be suppressed by one (settings can turn it off).
      if (directiveRulesById.has(f.ruleId)) continue;
      actions.push({
        title: t('Disable {rule} for this line', { rule: f.ruleId }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(uri, [suppressionEdit(result.model, f)]),
      });
    }
  }

  const fixAllWanted = only ? wants(only, FIX_ALL_KIND) || only.includes(CodeActionKind.SourceFixAll) || only.includes(CodeActionKind.Source) : true;
  if (fixAllWanted) {
    // The same passes as the CLI's --fix (issue 20.13): a fix that makes another one possible
    // (http.// -> http:// -> https://) lands in one fix-all, so editor and CLI give the same text.
    // Editors ask for code actions on every cursor move: the passes run only when the first one has
    // a safe fix, and once per lint result.
    const firstPass = safeFixEdits(result.findings, result.written ?? result.model.lines.text);
    let edits = firstPass;
    if (firstPass.length > 0 && fixAllText) {
      let cached = fixAllEdits.get(result);
      if (!cached) {
        const passes = fixAllText();
        cached = passes ? changedLinesEdit(passes.before, passes.after) : firstPass;
        fixAllEdits.set(result, cached);
      }
      edits = cached;
    }
    if (edits.length > 0) {
      actions.push({ title: t('Fix all safe {tool} problems', { tool: TOOL_NAME }), kind: FIX_ALL_KIND, edit: workspaceEdit(uri, edits) });
    }
  }
  return actions;
}
