// Tests clean up after themselves: a suite that makes scratch folders with mkdtempSync also removes
// them. One that did not (round-two.test.ts) left some 500 folders in /tmp over a day of runs.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';

const ROOTS = ['test', 'bench', 'scripts'].map((d) => join(__dirname, '..', '..', d));

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'fixtures') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.(ts|mjs|cjs|js)$/.test(e.name)) out.push(p);
  }
  return out;
}

it('every file that makes a scratch folder also removes one', () => {
  const files = ROOTS.flatMap(sources);
  const makers = files.filter((f) => /\bmkdtemp(Sync)?\(/.test(readFileSync(f, 'utf8')));
  assert.ok(makers.length > 10, `found ${makers.length} files that make scratch folders; the walk is broken`);
  const leaky = makers.filter((f) => !/\brm(Sync)?\(/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(leaky, []);
});
