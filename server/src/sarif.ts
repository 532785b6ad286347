// SARIF 2.1.0 for code-scanning dashboards: each rule in tool.driver.rules with its help URI.
import { directiveRules } from './directives';
import { rules } from './rules';
import { TOOL_NAME } from './engine';
import { Finding, Severity } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(reports: { path: string; findings: Finding[] }[], version: string): object {
  // The catalogue, then the directive pseudo-rules (configurable like rules, so dashboards list them).
  const described = [...rules, ...directiveRules];
  const index = new Map(described.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: TOOL_NAME,
          version,
          informationUri: 'https://github.com/cisco-license-lint/cisco-license-lint',
          rules: described.map((r) => ({
            id: r.id,
            name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
            shortDescription: { text: r.meta.description },
            fullDescription: { text: r.meta.description },
            helpUri: r.meta.docsUrl,
            help: { text: r.meta.explanation, markdown: r.meta.explanation },
            defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: reports.flatMap((rep) => rep.findings.map((f) => ({
        ruleId: f.ruleId,
        ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: rep.path.split('\\').join('/') },
            region: {
              startLine: f.range.start.line + 1,
              startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1,
              endColumn: f.range.end.character + 1,
            },
          },
        }],
        ...(f.fixes.length ? {
          fixes: f.fixes.map((x) => ({
            description: { text: x.title },
            artifactChanges: [{
              artifactLocation: { uri: rep.path.split('\\').join('/') },
              replacements: x.edits.map((e) => ({
                deletedRegion: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1 },
                insertedContent: { text: e.newText },
              })),
            }],
          })),
        } : {}),
      }))),
    }],
  };
}
