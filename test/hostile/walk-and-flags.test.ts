// Issue 20 points 2, 4, 5, 6 and 10 through dist/cli.js: a value on a yes/no flag is a usage error
// (never the flag turned on), a read-only file under --fix is reported and the run goes on, symlink
// loops are walked once, an unreadable subfolder is skipped with a notice while the rest of its
// parent is linted, and each file fails on its own settings' failOn whatever the order.
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

function cli(args: string[], cwd: string, user?: string, input?: string) {
  const command = user ? 'setpriv' : process.execPath;
  const argv = user ? ['--reuid', user, '--regid', 'nogroup', '--clear-groups', process.execPath, CLI, ...args] : [CLI, ...args];
  const r = spawnSync(command, argv, { cwd, encoding: 'utf8', timeout: 60_000, input });
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

  it('--fix on a read-only file: "cannot write: permission denied", the later files fixed and reported, exit 2', (t) => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o755);
    const a = join(ro, 'a-running-config.cfg');
    const b = join(ro, 'b-running-config.cfg');
    writeFileSync(a, BAD);
    writeFileSync(b, BAD);
    chmodSync(a, 0o444);
    chmodSync(b, 0o666);
    const asRoot = process.getuid?.() === 0;
    if (asRoot && spawnSync('setpriv', ['--version']).status !== 0) return t.skip('running as root without setpriv: root writes read-only files');
    const r = cli(['--fix', '--format', 'json', 'ro'], dir, asRoot ? 'nobody' : undefined);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /a-running-config\.cfg: cannot write: permission denied/);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
    const files = JSON.parse(r.stdout).files;
    assert.deepEqual(files.map((f: { path: string }) => f.path), [join('ro', 'a-running-config.cfg'), join('ro', 'b-running-config.cfg')]);
    // a stays as it was, with its finding still reported; b was fixed.
    assert.equal(readFileSync(a, 'utf8'), BAD);
    assert.ok(files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'http-destination'));
    assert.ok(readFileSync(b, 'utf8').includes('https://tools.cisco.com'));
    assert.ok(!files[1].findings.some((f: { ruleId: string }) => f.ruleId === 'http-destination'));
  });

  it('each file fails on its own nearest failOn: the same exit status in any order', () => {
    const strict = join(dir, 'strict');
    const lax = join(dir, 'lax');
    mkdirSync(strict);
    mkdirSync(lax);
    // A config whose only finding is below error (dns-not-configured: no name server).
    const warningOnly = BAD.replace(TAC_HTTP, TAC_HTTP.replace('http://', 'https://')).replace('ip name-server 192.0.2.53\n', '');
    writeFileSync(join(strict, '.cisco-license-lint.json'), JSON.stringify({ failOn: 'info' }));
    writeFileSync(join(strict, 'r1-running-config.cfg'), warningOnly);
    writeFileSync(join(lax, '.cisco-license-lint.json'), JSON.stringify({ failOn: 'error' }));
    writeFileSync(join(lax, 'r2-running-config.cfg'), warningOnly);
    const one = cli(['--format', 'json', join('strict', 'r1-running-config.cfg'), join('lax', 'r2-running-config.cfg')], dir);
    const other = cli(['--format', 'json', join('lax', 'r2-running-config.cfg'), join('strict', 'r1-running-config.cfg')], dir);
    const severities = JSON.parse(one.stdout).files.flatMap((f: { findings: { severity: string }[] }) => f.findings.map((x) => x.severity));
    assert.ok(severities.length > 0 && !severities.includes('error'), JSON.stringify(severities));
    assert.equal(one.code, 1, one.stderr);
    assert.equal(other.code, 1, other.stderr);
    // Without the strict file, findings below error do not fail.
    assert.equal(cli([join('lax', 'r2-running-config.cfg')], dir).code, 0);
  });

  it('standard input and pipes (issue 20.9, issue 17): -, --stdin-filename, /dev/stdin, a FIFO and <(cat f) are read as files', (t) => {
    const httpOf = (r: { stdout: string }) => JSON.parse(r.stdout).files.map((f: { path: string; findings: { ruleId: string }[] }) => [f.path, f.findings.some((x) => x.ruleId === 'http-destination')]);
    const dash = cli(['--format', 'json', '-'], dir, undefined, BAD);
    assert.equal(dash.code, 1, dash.stderr);
    assert.deepEqual(httpOf(dash), [['<stdin>', true]]);
    // --stdin-filename names it in the output and picks the settings that apply to that path.
    const site = join(dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, '.cisco-license-lint.json'), JSON.stringify({ rules: { 'http-destination': 'off' } }));
    const named = cli(['--format', 'json', '--stdin-filename', join('site', 'r9-running-config.cfg'), '-'], dir, undefined, BAD);
    assert.equal(named.code, 0, named.stderr);
    assert.deepEqual(httpOf(named), [[join('site', 'r9-running-config.cfg'), false]]);
    // Nothing can be written back to a pipe; --stdin-filename without - is a usage error.
    assert.equal(cli(['--fix', '-'], dir, undefined, BAD).code, 2);
    assert.equal(cli(['--stdin-filename', 'x.cfg', 'site'], dir).code, 2);
    const devStdin = cli(['--format', 'json', '/dev/stdin'], dir, undefined, BAD);
    assert.equal(devStdin.code, 1, devStdin.stderr);
    assert.equal(httpOf(devStdin)[0][1], true);
    if (spawnSync('bash', ['-c', 'true']).status !== 0 || spawnSync('mkfifo', ['--version']).status !== 0) return t.skip('bash or mkfifo missing');
    writeFileSync(join(dir, 'pipe-source.cfg'), BAD);
    const script = `mkfifo capture.fifo; (cat pipe-source.cfg > capture.fifo &); "${process.execPath}" "${CLI}" --format json capture.fifo; echo "exit=$?"; "${process.execPath}" "${CLI}" --format json <(cat pipe-source.cfg); echo "exit=$?"`;
    const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const outputs = r.stdout.split(/exit=\d+\n/).filter((x) => x.trim());
    assert.deepEqual(r.stdout.match(/exit=\d+/g), ['exit=1', 'exit=1'], r.stderr);
    for (const o of outputs) assert.equal(httpOf({ stdout: o })[0][1], true);
  });

  it('an ignore glob with ? inside braces neither crashes the run nor is read as a RegExp (issue 20.7)', () => {
    const g = join(dir, 'globs');
    mkdirSync(g);
    writeFileSync(join(g, '.cisco-license-lint.json'), JSON.stringify({ ignore: ['{?,b}.cfg'] }));
    for (const name of ['a.cfg', 'b.cfg', 'cc.cfg']) writeFileSync(join(g, name), BAD);
    const r = cli(['--format', 'json', 'globs'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /Invalid regular expression|internal error/);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), [join('globs', 'cc.cfg')]);
  });

  it('control characters from device text are escaped in text output, kept in JSON (issue 20.11)', () => {
    const file = join(dir, 'esc-running-config.cfg');
    writeFileSync(file, BAD.replace('/its/service', '/its/\u001b[2J\u001b]0;owned\u0007service'));
    const text = cli([file], dir);
    assert.equal(text.code, 1, text.stderr);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text.stdout), JSON.stringify(text.stdout));
    assert.match(text.stdout, /\\x1b\[2J/);
    const json = cli(['--format', 'json', file], dir);
    assert.ok(JSON.parse(json.stdout).files[0].findings.some((f: { message: string }) => f.message.includes('\u001b[2J')));
  });
});
