// The JSON schema of .cisco-license-lint.json (what VS Code checks while you type) must agree with
// settings.ts (what the CLI and the server actually accept): same keys, same rule ids, same values.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { directiveRules } from '../../server/src/directives';
import { rulesById } from '../../server/src/rules';
import { validateSettings } from '../../server/src/settings';

const ROOT = join(__dirname, '..', '..');
const SCHEMA_PATH = join(ROOT, 'schemas', 'cisco-license-lint.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const ajv = new Ajv({ allErrors: true });
// VS Code's own annotations, which draft-07 does not define.
ajv.addKeyword('markdownDescription');
ajv.addKeyword('markdownEnumDescriptions');
const validate = ajv.compile(schema);

const pages = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));

const VALID: unknown[] = [
  {},
  { $schema: './node_modules/cisco-license-lint/schemas/cisco-license-lint.schema.json' },
  { rules: { 'http-destination': 'warning', 'missing-vrf': 'off', 'evaluation-mode': 'hint' } },
  { rules: { 'invalid-directive': 'off', 'unused-directive': 'error' }, reportUnusedDirectives: true },
  { ignore: ['archive/**', '*.bak', 'lab/{old,new}/*.cfg'], failOn: 'warning' },
  { rules: {}, ignore: [], failOn: 'info', reportUnusedDirectives: false },
];

const INVALID: Array<[unknown, RegExp]> = [
  [{ rules: { 'http-destination': 'loud' } }, /rules\.http-destination/],
  [{ rules: { 'no-such-rule': 'off' } }, /rules\.no-such-rule/],
  [{ rules: ['http-destination'] }, /"rules"/],
  [{ ignore: 'archive/**' }, /"ignore"/],
  [{ ignore: [1] }, /"ignore"/],
  [{ failOn: 'hint' }, /"failOn"/],
  [{ reportUnusedDirectives: 'yes' }, /"reportUnusedDirectives"/],
  [{ failon: 'error' }, /unknown key "failon"/],
  [[], /JSON object/],
];

describe('settings schema', () => {
  it('is draft-07 and describes every key', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    for (const [key, prop] of Object.entries<any>(schema.properties)) {
      assert.ok(prop.description && prop.markdownDescription, `${key}: description and markdownDescription`);
    }
    for (const [id, prop] of Object.entries<any>(schema.properties.rules.properties)) {
      assert.ok(prop.description && prop.markdownDescription, `rules.${id}: description and markdownDescription`);
      assert.deepEqual(prop.enum, ['error', 'warning', 'info', 'hint', 'off'], `rules.${id}: severities`);
    }
  });

  it('lists exactly the documented rules, the registered rules and the directive checks', () => {
    const schemaIds = [...schema.properties.rules.propertyNames.enum].sort();
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), schemaIds);
    const expected = [...new Set([...pages, ...rulesById.keys(), ...directiveRules.map((r) => r.id)])].sort();
    assert.deepEqual(schemaIds, expected);
  });

  it('is what scripts/schema.mjs generates from docs/rules/README.md', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'schema.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('accepts what settings.ts accepts', () => {
    for (const example of VALID) {
      assert.ok(validate(example), `schema rejects ${JSON.stringify(example)}: ${ajv.errorsText(validate.errors)}`);
      assert.deepEqual(validateSettings(example, 'x').problems, [], `settings.ts rejects ${JSON.stringify(example)}`);
    }
  });

  it('rejects what settings.ts rejects, and settings.ts names the key', () => {
    for (const [example, message] of INVALID) {
      assert.equal(validate(example), false, `schema accepts ${JSON.stringify(example)}`);
      const { problems } = validateSettings(example, 'x');
      assert.ok(problems.some((p) => message.test(p)), `settings.ts on ${JSON.stringify(example)}: ${problems.join('; ')}`);
    }
  });

  it('every rule id the registry knows is accepted by both', () => {
    for (const id of rulesById.keys()) {
      const example = { rules: { [id]: 'off' } };
      assert.ok(validate(example), id);
      assert.deepEqual(validateSettings(example, 'x').problems, [], id);
    }
  });

  it('is contributed for .cisco-license-lint.json and shipped in the .vsix', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.cisco-license-lint.json', url: './schemas/cisco-license-lint.schema.json' }]);
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!schemas\/\*\*$/m);
    const packageScript = readFileSync(join(ROOT, 'scripts', 'package.mjs'), 'utf8');
    assert.match(packageScript, /SHIPPED = \[[^\]]*'schemas'/, 'scripts/package.mjs stages schemas/');
  });

  it('the VS Code settings for rules and unused directives match the file', () => {
    const props = manifest.contributes.configuration.properties;
    // Texts are package.nls.json keys (issue 18): read them in English.
    const nls: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
    const text = (s: string) => s.replace(/^%(.+)%$/, (_, k: string) => nls[k]);
    // Issue 15.8: rule ids as an enum, each with its summary, and a typo marked (additionalProperties: false).
    const rules = props['ciscoLicenseLint.rules'];
    assert.equal(rules.additionalProperties, false);
    assert.deepEqual(rules.propertyNames.enum, schema.properties.rules.propertyNames.enum);
    for (const id of rules.propertyNames.enum) {
      assert.deepEqual(rules.properties[id].enum, ['error', 'warning', 'info', 'hint', 'off'], id);
      assert.match(rules.properties[id].markdownDescription, /^%config\.rules\.[a-z0-9-]+\.markdownDescription%$/, id);
      assert.ok(text(rules.properties[id].markdownDescription).length > 20, id);
      assert.doesNotMatch(text(rules.properties[id].markdownDescription), /\]\(https?:/, `${id}: no link to the internet`);
    }
    for (const [key, p] of Object.entries(props) as [string, { description?: string }][]) {
      assert.ok(!p.description || !/[`*[]/.test(p.description), `${key}: text with markup goes in markdownDescription`);
    }
    assert.match(text(props['ciscoLicenseLint.languageIds'].markdownDescription), /reload/i, 'languageIds says a reload is needed');
    assert.deepEqual(props['ciscoLicenseLint.reportUnusedDirectives'].type, ['boolean', 'null']);
    assert.equal(props['ciscoLicenseLint.reportUnusedDirectives'].default, null);
  });
});
