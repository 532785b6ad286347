// The settings file's `ignore` globs follow .gitignore (through the `ignore` package): negation,
// `dir/`, anchoring with a leading `/`, character classes, `**`; plus the brace alternatives earlier
// versions accepted. Paths are relative to the settings file's folder; outside it, names only.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expandBraces } from '../../server/src/globs';
import { isIgnored, LoadedSettings, validateSettings } from '../../server/src/settings';

const BASE = join('/', 'srv', 'backups');

function settings(ignore: string[]): LoadedSettings {
  const { settings, problems } = validateSettings({ ignore }, 'test.json');
  return { settings, problems, path: join(BASE, '.cisco-license-lint.json') };
}

function ignored(globs: string[], paths: string[]): string[] {
  const loaded = settings(globs);
  return paths.filter((p) => isIgnored(join(BASE, p), loaded));
}

describe('ignore globs (.gitignore semantics)', () => {
  it('a glob without a slash matches names at any depth; * and ? stay within a folder; ** crosses', () => {
    assert.deepEqual(ignored(['*.bak'], ['a.bak', 'x/y/b.bak', 'a.bak.cfg']), ['a.bak', 'x/y/b.bak']);
    assert.deepEqual(ignored(['site-?/*.cfg'], ['site-a/sw.cfg', 'site-ab/sw.cfg', 'site-a/x/sw.cfg']), ['site-a/sw.cfg']);
    assert.deepEqual(ignored(['archive/**'], ['archive/a.cfg', 'archive/2020/b.cfg', 'x/archive/a.cfg']), ['archive/a.cfg', 'archive/2020/b.cfg']);
    assert.deepEqual(ignored(['**/lab/*.cfg'], ['lab/a.cfg', 'dc1/lab/a.cfg', 'dc1/lab/x/a.cfg']), ['lab/a.cfg', 'dc1/lab/a.cfg']);
  });

  it('negation re-includes what an earlier glob excluded, and the last matching glob wins', () => {
    assert.deepEqual(ignored(['*.cfg', '!core-*.cfg'], ['edge-1.cfg', 'core-1.cfg', 'dc/core-2.cfg']), ['edge-1.cfg']);
    assert.deepEqual(ignored(['!core-1.cfg', '*.cfg'], ['core-1.cfg']), ['core-1.cfg']);
  });

  it('dir/ matches a folder (and everything in it) at any depth, never a file of that name', () => {
    assert.deepEqual(ignored(['old/'], ['old/a.cfg', 'site/old/b.cfg', 'old', 'older/a.cfg']), ['old/a.cfg', 'site/old/b.cfg']);
  });

  it('a leading slash, or a slash inside, anchors to the settings file\'s folder', () => {
    assert.deepEqual(ignored(['/lab.cfg'], ['lab.cfg', 'dc/lab.cfg']), ['lab.cfg']);
    assert.deepEqual(ignored(['dc1/lab.cfg'], ['dc1/lab.cfg', 'x/dc1/lab.cfg']), ['dc1/lab.cfg']);
  });

  it('character classes and ranges; case-sensitive as git on Linux; ./ prefix accepted', () => {
    assert.deepEqual(ignored(['sw[0-9].cfg'], ['sw1.cfg', 'swa.cfg', 'sw10.cfg']), ['sw1.cfg']);
    assert.deepEqual(ignored(['sw[!0-9].cfg'], ['sw1.cfg', 'swa.cfg']), ['swa.cfg']);
    assert.deepEqual(ignored(['*.CFG'], ['a.cfg', 'b.CFG']), ['b.CFG']);
    assert.deepEqual(ignored(['./archive/**'], ['archive/a.cfg']), ['archive/a.cfg']);
  });

  it('brace alternatives are expanded first (not .gitignore, kept from earlier versions)', () => {
    assert.deepEqual(expandBraces('lab/{old,new}/*.cfg'), ['lab/old/*.cfg', 'lab/new/*.cfg']);
    assert.deepEqual(expandBraces('{a,b}{1,2}'), ['a1', 'a2', 'b1', 'b2']);
    assert.deepEqual(expandBraces('{a,{b,c}}.cfg'), ['a.cfg', 'b.cfg', 'c.cfg']);
    assert.deepEqual(expandBraces('{solo}.cfg'), ['{solo}.cfg']);
    assert.deepEqual(expandBraces('\\{a,b}.cfg'), ['\\{a,b}.cfg']);
    assert.deepEqual(expandBraces('{a,b.cfg'), ['{a,b.cfg']);
    assert.deepEqual(ignored(['{?,b}.cfg'], ['a.cfg', 'b.cfg', 'cc.cfg']), ['a.cfg', 'b.cfg']);
    assert.deepEqual(ignored(['!{a,b}.cfg', '*.cfg', '!{c,d}.cfg'], ['a.cfg', 'c.cfg', 'e.cfg']), ['a.cfg', 'e.cfg']);
  });

  it('a glob that cannot be used is a settings problem naming it, and the others still apply', () => {
    const huge = '{a,b}'.repeat(9);
    const { settings: s, problems } = validateSettings({ ignore: ['', '!', huge, '*.bak'] }, 'test.json');
    assert.deepEqual(s.ignore, ['*.bak']);
    assert.equal(problems.length, 3);
    assert.match(problems[0], /ignore glob "" is not valid and is left out \(it is empty\)/);
    assert.match(problems[2], /more than 256 alternatives/);
  });

  it('a file outside the settings folder is matched by its name only', () => {
    const loaded = settings(['*.bak', '/top.cfg', 'dc/']);
    assert.equal(isIgnored(join('/', 'elsewhere', 'x.bak'), loaded), true);
    assert.equal(isIgnored(join('/', 'elsewhere', 'top.cfg'), loaded), false);
    assert.equal(isIgnored(join('/', 'elsewhere', 'dc', 'a.cfg'), loaded), false);
    assert.equal(isIgnored(BASE, loaded), false);
  });
});
