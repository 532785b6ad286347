// Issue 20.12 through dist/cli.js: --fix-dry-run names files as git does (C-quoted when they hold `"`,
// `\`, control or non-ASCII characters; a tab after a name with a space), so `patch -p1` and
// `git apply` both take the patch, including for files outside the current folder; SARIF artifact
// URIs are RFC 3986 references that resolve back to the very file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const BAD = [
  'version 16.12', 'hostname C9300', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService', 'ip name-server 192.0.2.53', 'ntp server 192.0.2.123', 'end', '',
].join('\n');
const FIXED = BAD.replace('http://', 'https://');
const NAMES = ['site a/sw 1.cfg', 'q"d.cfg', 'back\\slash.cfg', 'café.cfg', 'tab\there.cfg', 'new\nline.cfg', '#h%20?.cfg', '[x] {y};=@:.cfg', 'plain.cfg'];

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function has(tool: string): boolean {
  return !spawnSync(tool, ['--version']).error;
}

/** A fresh tree of NAMES under `dir`, each holding BAD. */
function tree(dir: string): string {
  for (const n of NAMES) {
    mkdirSync(join(dir, n, '..'), { recursive: true });
    writeFileSync(join(dir, n), BAD);
  }
  return dir;
}

function assertAllFixed(dir: string, how: string): void {
  for (const n of NAMES) assert.equal(readFileSync(join(dir, n), 'utf8'), FIXED, `${how}: ${JSON.stringify(n)}`);
}

describe('--fix-dry-run patches and SARIF URIs for awkward names (issue 20.12)', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built' }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-names-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('headers follow git: C-quoting, and a tab after a name with a space', () => {
    const src = tree(join(dir, 'headers'));
    const r = cli(['--fix-dry-run', '.'], src);
    assert.equal(r.code, 0, r.stderr);
    const headers = r.stdout.split('\n').filter((l) => l.startsWith('--- '));
    assert.deepEqual(headers.sort(), [
      '--- "a/back\\\\slash.cfg"', '--- "a/caf\\303\\251.cfg"', '--- "a/new\\nline.cfg"', '--- "a/q\\"d.cfg"', '--- "a/tab\\there.cfg"',
      '--- a/#h%20?.cfg', '--- a/[x] {y};=@:.cfg\t', '--- a/plain.cfg', '--- a/site a/sw 1.cfg\t',
    ].sort());
    // The names on stderr are escaped like any device text.
    assert.match(r.stderr, /new\\x0aline\.cfg: would fix 1 problem/);
  });

  it('patch -p1 applies the patch to a copy of the tree', (t) => {
    if (!has('patch')) return t.skip('no patch on this machine');
    const src = tree(join(dir, 'p-src'));
    const r = cli(['--fix-dry-run', '.'], src);
    const copy = join(dir, 'p-copy');
    cpSync(src, copy, { recursive: true });
    const p = spawnSync('patch', ['-p1', '--batch', '--forward'], { cwd: copy, input: r.stdout, encoding: 'utf8' });
    assert.equal(p.status, 0, p.stdout + p.stderr);
    assertAllFixed(copy, 'patch -p1');
  });

  it('git apply applies the patch to a copy of the tree', (t) => {
    if (!has('git')) return t.skip('no git on this machine');
    const src = tree(join(dir, 'g-src'));
    const r = cli(['--fix-dry-run', '.'], src);
    const copy = join(dir, 'g-copy');
    cpSync(src, copy, { recursive: true });
    const g = spawnSync('git', ['apply', '-'], { cwd: copy, input: r.stdout, encoding: 'utf8' });
    assert.equal(g.status, 0, g.stderr);
    assertAllFixed(copy, 'git apply');
  });

  it('files outside the current folder: the patch names them from the root, and applies there', (t) => {
    const elsewhere = join(dir, 'cwd');
    mkdirSync(elsewhere);
    for (const [tool, args] of [['patch', ['-p1', '--batch', '--forward', '-d', '/']], ['git', ['-C', '/', 'apply', '-']]] as const) {
      if (!has(tool)) {
        t.diagnostic(`no ${tool} on this machine`);
        continue;
      }
      const src = tree(join(dir, `outside-${tool}`));
      const r = cli(['--fix-dry-run', src], elsewhere);
      assert.equal(r.code, 0, r.stderr);
      const rooted = resolve(src).slice(1);
      assert.ok(r.stdout.includes(`--- a/${rooted}/plain.cfg\n+++ b/${rooted}/plain.cfg\n`), r.stdout.slice(0, 300));
      const p = spawnSync(tool, args, { cwd: elsewhere, input: r.stdout, encoding: 'utf8' });
      assert.equal(p.status, 0, `${tool}: ${p.stdout}${p.stderr}`);
      assertAllFixed(src, `${tool} from /`);
    }
  });

  it('SARIF URIs are RFC 3986 references that resolve to the file, relative to %SRCROOT% inside the folder', () => {
    const src = tree(join(dir, 'sarif'));
    const outside = join(dir, 'sarif-outside', 'odd name #1.cfg');
    mkdirSync(join(outside, '..'));
    writeFileSync(outside, BAD);
    const r = cli(['--format', 'sarif', '.', outside], src);
    assert.equal(r.code, 1, r.stderr);
    const run = JSON.parse(r.stdout).runs[0];
    const base = run.originalUriBaseIds['%SRCROOT%'].uri;
    assert.match(base, /^file:\/\/\/.*\/$/);
    // RFC 3986: a path of segments of pchar (unreserved, pct-encoded, sub-delims, ":" and "@").
    const pchars = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-F]{2})*$/;
    const seen = new Map<string, string>();
    for (const res of run.results) {
      const loc = res.locations[0].physicalLocation.artifactLocation;
      const [scheme, path] = loc.uriBaseId ? ['', loc.uri] : ['file://', loc.uri.slice('file://'.length)];
      assert.ok(loc.uriBaseId === '%SRCROOT%' || loc.uri.startsWith('file:///'), loc.uri);
      for (const segment of path.split('/')) assert.match(segment, pchars, `${loc.uri}: "${segment}"`);
      if (loc.uriBaseId) assert.doesNotMatch(path.split('/')[0], /:/, 'no scheme-like first segment');
      seen.set(fileURLToPath(new URL(scheme ? loc.uri : loc.uri, scheme ? undefined : base)), loc.uri);
    }
    const expected = [...NAMES.map((n) => join(src, n)), outside].sort();
    assert.deepEqual([...seen.keys()].sort(), expected);
    assert.equal(seen.get(join(src, 'site a/sw 1.cfg')), 'site%20a/sw%201.cfg');
    assert.equal(seen.get(join(src, '#h%20?.cfg')), '%23h%2520%3F.cfg');
    assert.ok(seen.get(outside)!.endsWith('/sarif-outside/odd%20name%20%231.cfg'));
  });
});
