// SARIF 2.1.0 for code-scanning dashboards: each rule in tool.driver.rules with its help URI.
import { rules } from './rules';
import { TOOL_NAME } from './engine';
import { Finding, Severity } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The SARIF log, for jsonLines: `results` is a generator (a large capture's results are made as they are written). */
export function toSarif(reports: { path: string; findings: Finding[] }[], version: string): object {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: TOOL_NAME,
          version,
          informationUri: 'https://github.com/cisco-license-lint/cisco-license-lint',
          rules: rules.map((r) => ({
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
      results: (function* () {
        for (const rep of reports) for (const f of rep.findings) yield sarifResult(rep.path, f, index);
      })(),
    }],
  };
}

function sarifResult(path: string, f: Finding, index: Map<string, number>): object {
  const uri = path.split('\\').join('/');
  return {
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri },
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
          artifactLocation: { uri },
          replacements: x.edits.map((e) => ({
            deletedRegion: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1 },
            insertedContent: { text: e.newText },
          })),
        }],
      })),
    } : {}),
  };
}
