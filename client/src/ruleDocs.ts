// Rule pages offline (issue 15.6): docs/rules ships in the .vsix, and every link the editor shows to
// a rule page (the diagnostic's code, hover's "Rule documentation") opens the packaged page in VS
// Code's Markdown preview through the openRuleDocs command, with no network. The server keeps the
// public address (SARIF, the CLI and other editors use it). Also what the Problems panel counts of
// this tool. Plain logic, no VS Code types: unit-tested.

export const OPEN_RULE_DOCS = 'cisco-license-lint.openRuleDocs';

/** A rule page's address, wherever it is published: `…/docs/rules/<id>.md`. */
const RULE_PAGE = /^(?:https?|file):\/\/\S*?\/docs\/rules\/([a-z][a-z0-9-]*)\.md(?:#[\w-]*)?$/;

/** The rule id a page address names, or undefined. */
export function ruleIdOfPage(href: string): string | undefined {
  return RULE_PAGE.exec(href)?.[1];
}

/** The command link that opens a rule's packaged page. */
export function ruleDocsCommand(id: string): string {
  return `command:${OPEN_RULE_DOCS}?${encodeURIComponent(JSON.stringify([id]))}`;
}

/** Markdown with every link to a rule page turned into the command that opens it offline. */
export function localizeRuleLinks(markdown: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, href: string) => {
    const id = ruleIdOfPage(href);
    return id ? `](${ruleDocsCommand(id)})` : whole;
  });
}

/** A rule id as a file name: nothing that could leave docs/rules. */
export function isRuleId(id: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(id);
}

/** What openRuleDocs needs of a diagnostic (a structural subset of vscode.Diagnostic). */
export interface DiagnosticLike {
  source?: string;
  /** vscode.DiagnosticSeverity: 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
  code?: string | number | { value: string | number };
  range: { start: { line: number }; end: { line: number } };
}

const HINT = 3;

/**
 * The rules whose pages "Open Rule Documentation" offers at a line: the visible findings of this
 * tool on that line, else those of the whole file. A hint is drawn as faint dots and listed nowhere,
 * so it never decides which page opens (issue 15.6).
 */
export function ruleIdsAt(diagnostics: readonly DiagnosticLike[], line: number, source: string): string[] {
  const idOf = (d: DiagnosticLike): string | undefined => {
    if (d.source !== source || d.severity === HINT || d.code === undefined) return undefined;
    const id = String(typeof d.code === 'object' ? d.code.value : d.code);
    return isRuleId(id) ? id : undefined;
  };
  const ids = (ds: readonly DiagnosticLike[]) => [...new Set(ds.map(idOf).filter((x): x is string => !!x))];
  const atLine = ids(diagnostics.filter((d) => d.range.start.line <= line && d.range.end.line >= line));
  return atLine.length ? atLine : ids(diagnostics);
}

/** What the Problems panel lists of this tool: diagnostics other than hints, and the files holding them. */
export function visibleProblems(byFile: readonly (readonly DiagnosticLike[])[], source: string): { problems: number; files: number } {
  let problems = 0;
  let files = 0;
  for (const ds of byFile) {
    const n = ds.filter((d) => d.source === source && d.severity !== HINT).length;
    problems += n;
    if (n) files++;
  }
  return { problems, files };
}
