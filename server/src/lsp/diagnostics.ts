// Finding -> LSP Diagnostic: code = rule id, source = tool name, codeDescription = the rule's docs page.
import { Diagnostic, DiagnosticSeverity, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { TOOL_NAME } from '../engine';
import { metaOf } from '../directives';
import { rulesById } from '../rules';
import { Finding, Severity } from '../types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding, uri: string): Diagnostic {
  const meta = metaOf(f.ruleId, rulesById);
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: TOOL_NAME,
    message: f.message,
  };
  if (meta) d.codeDescription = { href: meta.docsUrl };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => ({ location: { uri, range: r.range }, message: r.message }));
  }
  return d;
}

/** Does an LSP diagnostic sent back in a code-action request stand for this finding? */
export function sameFinding(d: Diagnostic, f: Finding): boolean {
  return d.code === f.ruleId && d.range.start.line === f.range.start.line && d.range.start.character === f.range.start.character &&
    d.range.end.line === f.range.end.line && d.range.end.character === f.range.end.character;
}
