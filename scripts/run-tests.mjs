// Runs every *.test.ts under test/ with node's built-in test runner, TypeScript loaded through tsx.
// Node 20's --test does not expand globs, so the file list is collected here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test'];
const skipDirs = new Set(['fixtures', 'e2e', 'node_modules']);
const files = [];
function walk(p) {
  const st = statSync(p);
  if (st.isFile()) { if (p.endsWith('.test.ts')) files.push(p); return; }
  for (const name of readdirSync(p).sort()) {
    if (skipDirs.has(name) && p === 'test') continue;
    walk(join(p, name));
  }
}
for (const r of roots) walk(r);
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(res.status ?? 1);
