// The settings file's `ignore` globs, with .gitignore semantics through the `ignore` package (the
// matcher ESLint and many tools use): `*` and `?` stay within a folder, `**` crosses folders, a glob
// without a `/` (other than a trailing one) matches a name at any depth, a leading `/` anchors to the
// settings file's folder, `dir/` matches a folder and everything in it, `[a-c]` is a character class
// and `!glob` re-includes what an earlier glob excluded. Brace alternatives (`{a,b}`), which
// .gitignore lacks, are expanded first, as earlier versions of this file accepted them.
import ignore, { Ignore } from 'ignore';

/** At most this many globs from one entry's braces: `{a,b}{c,d}…` grows as a product. */
const MAX_ALTERNATIVES = 256;

/** `{a,b}` alternatives expanded, outermost first; braces without a comma, or escaped, are literal. */
export function expandBraces(glob: string): string[] {
  for (let open = glob.indexOf('{'); open >= 0; open = glob.indexOf('{', open + 1)) {
    if (glob[open - 1] === '\\') continue;
    let depth = 0;
    const commas: number[] = [];
    let close = -1;
    for (let i = open; i < glob.length; i++) {
      const c = glob[i];
      if (c === '\\') { i++; continue; }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) { close = i; break; }
      else if (c === ',' && depth === 1) commas.push(i);
    }
    if (close < 0) return [glob];
    if (commas.length === 0) continue;
    const bounds = [open, ...commas, close];
    const head = glob.slice(0, open);
    const tail = glob.slice(close + 1);
    const out: string[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      for (const x of expandBraces(head + glob.slice(bounds[k] + 1, bounds[k + 1]) + tail)) {
        out.push(x);
        if (out.length > MAX_ALTERNATIVES) throw new Error(`more than ${MAX_ALTERNATIVES} alternatives`);
      }
    }
    return out;
  }
  return [glob];
}

/** The .gitignore patterns one settings glob stands for. Throws when it cannot be used. */
export function gitignorePatterns(glob: string): string[] {
  const negated = glob.startsWith('!');
  const body = (negated ? glob.slice(1) : glob).replace(/^\.\//, '');
  if (body.trim() === '') throw new Error('it is empty');
  const patterns = expandBraces(body).map((p) => (negated ? `!${p}` : p));
  // The package compiles each pattern to a RegExp: make it do so now, so a broken one is named here.
  const probe = ignore({ ignorecase: false }).add(patterns);
  probe.ignores('probe');
  return patterns;
}

/** One matcher for a settings file's globs (already checked by gitignorePatterns). Case-sensitive, as git on Linux. */
export function ignoreMatcher(globs: string[]): Ignore {
  return ignore({ ignorecase: false }).add(globs.flatMap(gitignorePatterns));
}
