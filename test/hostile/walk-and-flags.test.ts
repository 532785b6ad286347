// Issue 20 points 2, 5 and 6 through dist/cli.js: a value on a yes/no flag is a usage error (never
// the flag turned on), symlink loops are walked once, and an unreadable subfolder is skipped with a
// notice while the rest of its parent is linted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const TAC_HTTP = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';
const BAD = [
  'version 16.12', 'hostname C9300', 'service call-home', 'call-home', ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', '  active',
  '  destination transport-method http', `  destination address http ${TAC_HTTP}`, 'ip name-server 192.0.2.53', 'ntp server 192.0.2.123', 'end', '',
].join('\n');

function cli(args: string[], cwd: string, user?: string) {
  const command = user ? 'setpriv' : process.execPath;
  const argv = user ? ['--reuid', user, '--regid', 'nogroup', '--clear-groups', process.execPath, CLI, ...args] : [CLI, ...args];
  const r = spawnSync(command, argv, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: flags, symlink loops and unreadable folders (issue 20)', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built' }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-walk-'));
  });
  after(() => {
    try { chmodSync(join(dir, 'tree', 'locked'), 0o755); } catch { /* not created */ }
    rmSync(dir, { recursive: true, force: true });
  });

  it('a value on a yes/no flag is a usage error and the file is not written', () => {
    const file = join(dir, 'r1-running-config.cfg');
    writeFileSync(file, BAD);
    for (const flag of ['--fix=false', '--fix=true', '--fix-dry-run=0', '--report-unused-directives=no', '--quiet=1']) {
      const r = cli([flag, file], dir);
      assert.equal(r.code, 2, `${flag}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`${flag.split('=')[0]} takes no value`));
    }
    assert.equal(readFileSync(file, 'utf8'), BAD);
    // The flags without a value still work.
    assert.equal(cli(['--fix-dry-run', file], dir).code, 0);
  });

  it('symlink loops: each file once, and two links pointing at each other do not hang', () => {
    const tree = join(dir, 'loops');
    mkdirSync(join(tree, 'site'), { recursive: true });
    writeFileSync(join(tree, 'site', 'r1-running-config.cfg'), BAD);
    symlinkSync('.', join(tree, 'site', 'again'));
    symlinkSync('..', join(tree, 'site', 'up'));
    symlinkSync('b.cfg', join(tree, 'a.cfg'));
    symlinkSync('a.cfg', join(tree, 'b.cfg'));
    const r = cli(['--format', 'json', 'loops'], dir);
    assert.equal(r.code, 1, r.stderr);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths, [join('loops', 'site', 'r1-running-config.cfg')]);
    assert.match(r.stderr, /a\.cfg: skipped/);
  });

  it('an unreadable subfolder is skipped with a notice and its siblings are linted', (t) => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'locked'), { recursive: true });
    mkdirSync(join(tree, 'open'), { recursive: true });
    writeFileSync(join(tree, 'locked', 'r2-running-config.cfg'), BAD);
    writeFileSync(join(tree, 'open', 'r3-running-config.cfg'), BAD);
    chmodSync(join(tree, 'locked'), 0o000);
    chmodSync(dir, 0o755);
    // Root reads any folder: run the CLI as an unprivileged user where the machine allows it.
    const asRoot = process.getuid?.() === 0;
    if (asRoot && spawnSync('setpriv', ['--version']).status !== 0) return t.skip('running as root without setpriv: no way to make a folder unreadable');
    const r = cli(['--format', 'json', 'tree'], dir, asRoot ? 'nobody' : undefined);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), [join('tree', 'open', 'r3-running-config.cfg')]);
    assert.match(r.stderr, /tree\/locked: skipped \(folder cannot be read: EACCES\)/);
  });
});
