// `npm run schema`: writes schemas/cisco-license-lint.schema.json, the JSON schema of
// .cisco-license-lint.json, and the ciscoLicenseLint.rules setting in package.json, from docs/rules/README.md (every rule id, its default severity and
// summary: the rule pages are the catalogue users read, so the schema says the same).
//   node scripts/schema.mjs [--check]   --check: exit 1 when the file on disk is out of date
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'schemas', 'cisco-license-lint.schema.json');
const readme = readFileSync(join(root, 'docs', 'rules', 'README.md'), 'utf8');
const DOCS = 'https://github.com/cisco-license-lint/cisco-license-lint/blob/main/docs/rules/';

// | [`id`](id.md) | default severity | fixable | fix-all | summary |
const rows = [...readme.matchAll(/^\| \[`([a-z0-9-]+)`\]\(\1\.md\) \| ([^|]+) \|[^|]+\|[^|]+\| ([^|]+) \|$/gm)];
if (rows.length === 0) throw new Error('no rule rows found in docs/rules/README.md');

// Inlined in each rule's entry (draft-07 ignores keywords next to a $ref, descriptions included).
const severity = {
  type: 'string',
  enum: ['error', 'warning', 'info', 'hint', 'off'],
  markdownEnumDescriptions: [
    'Fails the run by default (`failOn`).',
    'Shown as a warning; fails the run with `"failOn": "warning"`.',
    'Shown as information.',
    'Shown as a hint (faint in editors); never fails a run.',
    'The rule does not run.',
  ],
};

const ruleProperties = Object.fromEntries(rows.map(([, id, def, summary]) => {
  const text = summary.trim().replace(/`/g, '');
  return [id, {
    ...severity,
    description: `${text} Default: ${def.trim().replace(/`/g, '')}.`,
    markdownDescription: `${summary.trim()} Default: ${def.trim()}. [Documentation](${DOCS}${id}.md)`,
  }];
}));
const ids = rows.map(([, id]) => id);

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/cisco-license-lint/cisco-license-lint/blob/main/schemas/cisco-license-lint.schema.json',
  title: 'cisco-license-lint settings',
  description: 'Project settings of cisco-license-lint (.cisco-license-lint.json), read by the CLI and the editor from the nearest folder at or above the linted file.',
  markdownDescription: 'Project settings of **cisco-license-lint** (`.cisco-license-lint.json`), read by the CLI and the editor from the nearest folder at or above the linted file.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string',
      description: 'The schema this file follows (for editors).',
      markdownDescription: 'The schema this file follows (for editors); ignored by the linter.',
    },
    rules: {
      type: 'object',
      description: 'Severity per rule id, or "off". Editor settings (ciscoLicenseLint.rules) override these.',
      markdownDescription: 'Severity per rule id, or `"off"`: `{"http-destination": "warning", "missing-vrf": "off"}`. In VS Code, `ciscoLicenseLint.rules` overrides these.',
      propertyNames: { enum: ids },
      properties: ruleProperties,
      additionalProperties: false,
    },
    ignore: {
      type: 'array',
      description: 'Globs of files not to lint, relative to this file\'s folder, with .gitignore semantics: ** crosses folders, * and ? do not, [a-z] is a class, a glob without / matches names anywhere, a leading / anchors, dir/ matches a folder, !glob re-includes; {a,b} alternates.',
      markdownDescription: 'Globs of files not to lint, relative to this file\'s folder, with `.gitignore` semantics: `**` crosses folders, `*` and `?` do not, `[a-z]` is a character class, a glob without `/` matches names at any depth, a leading `/` anchors to this folder, `dir/` matches a folder and its contents, `!glob` re-includes what an earlier glob excluded; `{a,b}` alternates. E.g. `["archive/", "*.bak", "!keep.bak"]`.',
      items: { type: 'string', minLength: 1, description: 'A glob, relative to the folder of .cisco-license-lint.json.' },
    },
    failOn: {
      type: 'string',
      enum: ['error', 'warning', 'info'],
      default: 'error',
      description: 'Lowest severity that makes the CLI exit with status 1 (the --fail-on option overrides it).',
      markdownDescription: 'Lowest severity that makes the CLI exit with status 1 (`--fail-on` overrides it). Default `"error"`.',
    },
    reportUnusedDirectives: {
      type: 'boolean',
      default: false,
      description: 'Report cisco-license-lint disable comments that suppress nothing (rule unused-directive), as --report-unused-directives does.',
      markdownDescription: 'Report `! cisco-license-lint-disable…` comments that suppress nothing (rule [`unused-directive`](' + DOCS + 'unused-directive.md)), as `--report-unused-directives` does. In VS Code, `ciscoLicenseLint.reportUnusedDirectives` overrides it when set.',
    },
  },
};

// The VS Code setting ciscoLicenseLint.rules takes the same ids (issue 15.8): the Settings editor and
// settings.json offer them with their summaries and mark a typo, as the file's schema does. No
// links here: VS Code opens the rule pages packaged with the extension, from the diagnostics.
const manifestPath = join(root, 'package.json');
const manifestText = readFileSync(manifestPath, 'utf8');
const manifest = JSON.parse(manifestText);
// Their texts go to package.nls.json (issue 18: the Settings editor shows them in VS Code's language;
// package.nls.<locale>.json translate the same keys).
const nlsPath = join(root, 'package.nls.json');
const nls = JSON.parse(readFileSync(nlsPath, 'utf8'));
for (const key of Object.keys(nls)) if (key.startsWith('config.rules.')) delete nls[key];
const rulesKey = 'config.rules.markdownDescription';
nls[rulesKey] = 'Severity per rule: `{"http-destination": "warning", "missing-vrf": "off"}`. Overrides `rules` of `.cisco-license-lint.json`; an unknown rule id is reported. Takes effect at once.';
for (const [, id, def, summary] of rows) nls[`config.rules.${id}.markdownDescription`] = `${summary.trim()} Default: ${def.trim()}.`;
manifest.contributes.configuration.properties['ciscoLicenseLint.rules'] = {
  type: 'object',
  default: {},
  markdownDescription: `%${rulesKey}%`,
  propertyNames: { enum: ids },
  properties: Object.fromEntries(rows.map(([, id]) => [id, {
    ...severity,
    markdownDescription: `%config.rules.${id}.markdownDescription%`,
  }])),
  additionalProperties: false,
};

const outputs = [
  [out, JSON.stringify(schema, null, 2) + '\n'],
  [manifestPath, JSON.stringify(manifest, null, 2) + '\n'],
  [nlsPath, JSON.stringify(nls, null, 2) + '\n'],
];
if (process.argv.includes('--check')) {
  for (const [file, text] of outputs) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== text) {
      console.error(`${file} is out of date: run npm run schema`);
      process.exit(1);
    }
  }
} else {
  mkdirSync(dirname(out), { recursive: true });
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(`${out} and package.json's ciscoLicenseLint.rules: ${ids.length} rule ids`);
}
