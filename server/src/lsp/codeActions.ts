// Code actions: each finding's quick fixes, "disable <id> for this line", copying the remedy of a
// show-output finding, and the fix-all source action (safe fixes only, SPEC §7).
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic } from 'vscode-languageserver/node';
import { directiveRulesById } from '../directives';
import { NOT_DEVICE_TEXT, safeFixEdits, LintResult } from '../engine';
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

export function codeActions(result: LintResult, params: CodeActionParams): CodeAction[] {
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
          title: `Copy the configuration that fixes this (${f.remedy.length} line${f.remedy.length === 1 ? '' : 's'})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: 'Copy remedy', command: COPY_REMEDY_COMMAND, arguments: [f.remedy.join('\n')] },
        });
      }
      // Binary data is never parsed, so a comment written into it would change nothing.
      if (f.ruleId === NOT_DEVICE_TEXT) continue;
      // A finding on a suppression comment cannot itself be suppressed by one (settings can turn it off).
      if (directiveRulesById.has(f.ruleId)) continue;
      actions.push({
        title: `Disable ${f.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(uri, [suppressionEdit(result.model, f)]),
      });
    }
  }

  const fixAllWanted = only ? wants(only, FIX_ALL_KIND) || only.includes(CodeActionKind.SourceFixAll) || only.includes(CodeActionKind.Source) : true;
  if (fixAllWanted) {
    const edits = safeFixEdits(result.findings, result.written ?? result.model.lines.text);
    if (edits.length > 0) {
      actions.push({ title: 'Fix all safe cisco-license-lint problems', kind: FIX_ALL_KIND, edit: workspaceEdit(uri, edits) });
    }
  }
  return actions;
}
