// The packaged extension holds what runs and nothing else (.vscodeignore), and stays small.
// scripts/package.mjs --staging builds the production bundles in a temporary copy (dist/, which
// other test files run the server from meanwhile, is left alone) and packs a temporary .vsix,
// whose zip directory is read here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LOCALES } from '../../server/src/l10n';
import { rulesById } from '../../server/src/rules';

const ROOT = join(__dirname, '..', '..');
const MAX_BYTES = 1024 * 1024;

/** Names in a zip's central directory (no extraction needed). */
function zipEntries(zip: Buffer): { name: string; size: number }[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'a zip end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: { name: string; size: number }[] = [];
  for (let n = 0; n < count; n++) {
    assert.equal(zip.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    entries.push({ name: zip.toString('utf8', p + 46, p + 46 + nameLength), size });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('the .vsix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cisco-license-lint-vsix-'));
  const vsix = join(dir, 'cisco-license-lint.vsix');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is built by scripts/package.mjs with vsce from a production build', { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--staging', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.ok(existsSync(vsix));
  });

  it('holds the bundles, grammars, language configuration, settings schema, rule pages, translations, manifest, README, LICENSE, CHANGELOG and icon only', () => {
    const names = zipEntries(readFileSync(vsix)).map((e) => e.name).sort();
    const expected = [
      '[Content_Types].xml', 'extension.vsixmanifest',
      'extension/package.json', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt',
      'extension/dist/extension.js', 'extension/dist/languageClient.js', 'extension/dist/server.js',
      'extension/images/icon.png',
    ];
    for (const e of expected) assert.ok(names.includes(e), `${e} missing from ${names.join(', ')}`);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const g of manifest.contributes.grammars) assert.ok(names.includes(`extension/${g.path.replace(/^\.\//, '')}`), `grammar ${g.path}`);
    for (const l of manifest.contributes.languages) if (l.configuration) assert.ok(names.includes(`extension/${l.configuration.replace(/^\.\//, '')}`), `language configuration ${l.configuration}`);
    for (const j of manifest.contributes.jsonValidation ?? []) assert.ok(names.includes(`extension/${j.url.replace(/^\.\//, '')}`), `JSON schema ${j.url}`);
    // Rule pages, opened offline in the Markdown preview (issue 15.6): every rule's, and no other docs.
    // README's pictures, shown offline on the extension's page (issue 15.6): every one it links.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\((docs\/images\/[^)]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 6, `${pictures.length} pictures`);
    for (const p of pictures) assert.ok(names.includes(`extension/${p}`), `README picture ${p}`);
    // The file icon of the two languages (issue 15.9).
    for (const l of manifest.contributes.languages) for (const f of [l.icon.light, l.icon.dark]) assert.ok(names.includes(`extension/${f.replace(/^\.\//, '')}`), `language icon ${f}`);
    for (const id of [...rulesById.keys(), 'invalid-directive', 'unused-directive']) assert.ok(names.includes(`extension/docs/rules/${id}.md`), `docs/rules/${id}.md`);
    // Translations (issue 18): package.nls*.json for titles and settings, and the folder the manifest's
    // "l10n" names, whose bundle.l10n.<locale>.json VS Code loads for the client's vscode.l10n.t.
    assert.equal(manifest.l10n, './l10n');
    for (const suffix of ['', ...LOCALES.map((l) => `.${l}`)]) {
      assert.ok(names.includes(`extension/package.nls${suffix}.json`), `package.nls${suffix}.json`);
      // The English catalogue is the sources' own text: VS Code and the server need only the translations.
      if (suffix) assert.ok(names.includes(`extension/l10n/bundle.l10n${suffix}.json`), `l10n/bundle.l10n${suffix}.json`);
    }
    const allowed = /^(\[Content_Types\]\.xml|extension\.vsixmanifest|extension\/(package\.json|package\.nls(\.[a-z-]+)?\.json|l10n\/bundle\.l10n\.[a-z-]+\.json|readme\.md|changelog\.md|LICENSE\.txt|images\/(icon\.png|file-icon\.svg)|dist\/(extension|languageClient|server)\.js|syntaxes\/[^/]+\.json|schemas\/[^/]+\.json|docs\/rules\/[A-Za-z0-9-]+\.md|docs\/images\/[a-z0-9-]+\.png))$/;
    const stray = names.filter((n) => !allowed.test(n));
    assert.deepEqual(stray, [], 'no sources, tests, maps, node_modules or fixtures');
  });

  it(`is under ${MAX_BYTES / 1024} KiB`, () => {
    const size = statSync(vsix).size;
    assert.ok(size < MAX_BYTES, `${size} bytes`);
  });

  it('declares what VS Code needs to run it safely and find it', () => {
    const m = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.ok(m.activationEvents.includes('onLanguage:cisco-config') && m.activationEvents.includes('onLanguage:cisco-show'));
    assert.equal(m.capabilities.untrustedWorkspaces.supported, true, 'runs nothing from the workspace');
    assert.ok(m.capabilities.virtualWorkspaces);
    assert.ok(m.categories.includes('Linters'));
    assert.ok(m.keywords.length > 0 && m.repository.url && m.icon === 'images/icon.png');
    assert.ok(existsSync(join(ROOT, m.icon)));
    for (const c of ['cisco-license-lint.lintWorkspace', 'cisco-license-lint.openRuleDocs', 'cisco-license-lint.copyRemedy']) {
      assert.ok(m.contributes.commands.some((x: { command: string }) => x.command === c), c);
    }
  });
});
