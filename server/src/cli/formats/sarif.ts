// SARIF 2.1.0 for code-scanning dashboards: each rule in tool.driver.rules with its help URI.
import { directiveRules } from '../../directives';
import { rules } from '../../rules';
import { TOOL_NAME } from '../../engine';
import { t, tmd } from '../../l10n';
import { jsonLines } from '../../jsonLines';
import { Finding, Range, Severity } from '../../types';
import { FINGERPRINT_KEY } from '../fingerprint';
import { artifactLocation, folderUri, SRCROOT } from '../paths';
import { FileReport, Formatter } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The SARIF log, for jsonLines: `results` is a generator (a large capture's results are made as they are written). */
/** With a baseline, what is left is new (the rest was left out). */
export function toSarif(reports: FileReport[], version: string, cwd: string, baselineState?: 'new'): object {
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
            // What a person reads in the current locale (--locale); ids, names and URIs stay as they are.
            shortDescription: { text: t(r.meta.description) },
            fullDescription: { text: t(r.meta.description) },
            helpUri: r.meta.docsUrl,
            help: { text: tmd(r.meta.explanation), markdown: tmd(r.meta.explanation) },
            defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
          })),
        },
      },
      // Relative artifact URIs are relative to the folder the CLI ran in (RFC 3986, issue 20.12).
      originalUriBaseIds: { [SRCROOT]: { uri: folderUri(cwd) } },
      columnKind: 'utf16CodeUnits',
      results: (function* () {
        for (const rep of reports) {
          const location = artifactLocation(rep.absolutePath, rep.path, cwd);
          for (const [i, f] of rep.findings.entries()) yield sarifResult(location, f, rep.fingerprints[i], baselineState, index);
        }
      })(),
    }],
  };
}

function sarifResult(location: { uri: string; uriBaseId?: string }, f: Finding, fingerprint: string, baselineState: 'new' | undefined, index: Map<string, number>): object {
  return {
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    // Follows the finding's content, not its line: code scanning keeps one alert across edits.
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(baselineState ? { baselineState } : {}),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(f.range) } }],
    // The evidence elsewhere in the same file (a config line <-> the show output it explains), as
    // LSP's relatedInformation gives it to editors.
    ...(f.related?.length ? {
      relatedLocations: f.related.map((r, i) => ({
        id: i + 1,
        message: { text: r.message },
        physicalLocation: { artifactLocation: location, region: region(r.range) },
      })),
    } : {}),
    ...(f.fixes.length ? {
      fixes: f.fixes.map((x) => ({
        description: { text: x.title },
        artifactChanges: [{
          artifactLocation: location,
          replacements: x.edits.map((e) => ({
            deletedRegion: region(e.range),
            insertedContent: { text: e.newText },
          })),
        }],
      })),
    } : {}),
  };
}

/** SARIF regions are 1-based; columns count UTF-16 code units as LSP's do (columnKind above). */
function region(r: Range): object {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export const sarif: Formatter = (reports, ctx) => jsonLines(toSarif(reports, ctx.version, ctx.cwd, ctx.baseline ? 'new' : undefined), ctx.out);
