// `npm run package`: bundles for production and builds dist-vsix/<name>-<version>.vsix with vsce.
//   node scripts/package.mjs [--staging | --no-build] [--out <file.vsix>]
// --staging builds the production bundles in a temporary copy of what the .vsix ships and packs
//   that, leaving dist/ alone (tests and benches use it: other test files run the server from
//   dist/ meanwhile).
// --no-build packs the dist/ already there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'dist-vsix', `${manifest.name}-${manifest.version}.vsix`);
// What .vscodeignore lets into the package, besides the bundles.
// package.nls*.json (titles and settings) and l10n/ (the client's vscode.l10n bundles, issue 18) by name:
// VS Code reads them from the package at run time.
const SHIPPED = ['package.json', '.vscodeignore', 'README.md', 'LICENSE', 'CHANGELOG.md', 'syntaxes', 'schemas', 'images', 'docs', 'l10n',
  ...readdirSync(root).filter((f) => /^package\.nls(\.[a-z-]+)?\.json$/.test(f))];

function run(file, argv, cwd = root) {
  const r = spawnSync(process.execPath, [file, ...argv], { cwd, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let packDir = root;
let staging;
if (args.includes('--staging')) {
  staging = mkdtempSync(join(tmpdir(), 'cisco-license-lint-package-'));
  for (const f of SHIPPED) if (existsSync(join(root, f))) cpSync(join(root, f), join(staging, f), { recursive: true });
  run(join(root, 'scripts', 'build.mjs'), ['--production', '--outdir', join(staging, 'dist')]);
  packDir = staging;
} else if (!args.includes('--no-build')) {
  run(join(root, 'scripts', 'build.mjs'), ['--production']);
}
try {
  mkdirSync(dirname(out), { recursive: true });
  const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
  // README's relative links and pictures stay relative: the pages and pictures ship in the package, so
  // the extension's details page shows them offline (the repository address is not published: issue 15.6).
  run(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out], packDir);
  console.log(`${out} (${statSync(out).size} bytes)`);
} finally {
  if (staging) rmSync(staging, { recursive: true, force: true });
}
