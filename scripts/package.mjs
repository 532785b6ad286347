// `npm run package`: bundles for production and builds dist-vsix/<name>-<version>.vsix with vsce.
//   node scripts/package.mjs [--no-build] [--out <file.vsix>]
// --no-build packages the dist/ already there (the tests use it so they never rewrite dist/ while
// other test files run the server from it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'dist-vsix', `${manifest.name}-${manifest.version}.vsix`);

function run(file, argv) {
  const r = spawnSync(process.execPath, [file, ...argv], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!args.includes('--no-build')) run(join(root, 'scripts', 'build.mjs'), ['--production']);
mkdirSync(dirname(out), { recursive: true });
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
// README's relative links and images become absolute ones on the repository (package.json), so the
// extension's details page shows them.
run(vsce, ['package', '--no-dependencies', '--out', out]);
console.log(`${out} (${statSync(out).size} bytes)`);
