// Seed texts for the property and fuzz runs: the hand-written examples and fixtures, plus the
// third-party corpus in ../shared/corpus when it is there (read at run time, never copied).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
export const CORPUS = join(REPO_ROOT, '..', 'shared', 'corpus');

export interface Seed {
  name: string;
  text: string;
}

const TEXT_FILE = /\.(?:cfg|conf|txt|log|ios)$/i;

function collect(dir: string, out: Seed[], base: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) collect(path, out, base);
    else if (TEXT_FILE.test(name) && !/^(?:readme|license|notice|manifest)/i.test(name) && st.size < 2_000_000) {
      out.push({ name: relative(base, path), text: readFileSync(path, 'utf8') });
    }
  }
}

/** Examples and fixtures always; the shared corpus when present. */
export function loadSeeds(): { seeds: Seed[]; corpusPresent: boolean } {
  const seeds: Seed[] = [];
  collect(join(REPO_ROOT, 'examples'), seeds, REPO_ROOT);
  collect(join(REPO_ROOT, 'test', 'fixtures'), seeds, REPO_ROOT);
  const corpusPresent = existsSync(CORPUS);
  collect(CORPUS, seeds, join(REPO_ROOT, '..'));
  return { seeds, corpusPresent };
}
