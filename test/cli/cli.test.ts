// The CLI as CI pipelines use it: formats, exit codes, folders, missing files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BAD = [
  'version 16.12', 'hostname C9300-ACC-01', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active',
  '  destination transport-method http', '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService',
  'ip name-server 192.0.2.53', 'ntp server 192.0.2.123', 'end', '',
].join('\n');
const WARN_ONLY = BAD.replace('http://tools.cisco.com', 'http://ssm.example.com');
const GOOD = BAD.replace('http://', 'https://');

describe('cli', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built (run npm run build)' }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-cli-'));
    mkdirSync(join(dir, 'configs', 'site-a'), { recursive: true });
    writeFileSync(join(dir, 'configs', 'site-a', 'sw1.cfg'), BAD);
    writeFileSync(join(dir, 'configs', 'sw2.cfg'), GOOD);
    writeFileSync(join(dir, 'configs', 'README.md'), 'destination address http http://tools.cisco.com/x\n');
    writeFileSync(join(dir, 'configs', 'image.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    writeFileSync(join(dir, 'configs', 'blob.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 10, 0]));
    writeFileSync(join(dir, 'warn.cfg'), WARN_ONLY);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('text format: one line per finding and a summary; exit 1 on an error', () => {
    const r = run([join(dir, 'configs', 'site-a', 'sw1.cfg')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /sw1\.cfg:8:28 error .* http-destination$/m);
    assert.match(r.stdout, /^1 finding \(1 error, 0 warnings, 0 info, 0 hints\) in 1 file$/m);
  });

  it('exit 0 when nothing reaches the failing severity', () => {
    assert.equal(run([join(dir, 'configs', 'sw2.cfg')]).code, 0);
    assert.equal(run([join(dir, 'warn.cfg')]).code, 0);
    assert.equal(run(['--fail-on', 'warning', join(dir, 'warn.cfg')]).code, 1);
  });

  it('json format follows the contract (0-based LSP positions)', () => {
    const r = run(['--format', 'json', join(dir, 'configs', 'site-a', 'sw1.cfg')]);
    const out = JSON.parse(r.stdout);
    assert.equal(out.files.length, 1);
    const f = out.files[0].findings[0];
    assert.equal(f.ruleId, 'http-destination');
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.range.start, { line: 7, character: 27 });
    assert.equal(f.fixes[0].edits[0].newText, 'https://tools.cisco.com/its/service/oddce/services/DDCEService');
  });

  it('sarif format: 2.1.0 with every rule and its help URI', () => {
    const r = run(['--format=sarif', join(dir, 'configs', 'site-a', 'sw1.cfg')]);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const driver = sarif.runs[0].tool.driver;
    assert.equal(driver.name, 'cisco-license-lint');
    const rule = driver.rules.find((x: any) => x.id === 'http-destination');
    assert.match(rule.helpUri, /docs\/rules\/http-destination\.md$/);
    const result = sarif.runs[0].results[0];
    assert.equal(result.ruleId, 'http-destination');
    assert.equal(result.level, 'error');
    assert.equal(result.locations[0].physicalLocation.region.startLine, 8);
    assert.equal(result.locations[0].physicalLocation.region.startColumn, 28);
  });

  it('folders are searched recursively; binaries and docs are skipped with a notice', () => {
    const r = run(['--format', 'json', join(dir, 'configs')]);
    const out = JSON.parse(r.stdout);
    const paths = out.files.map((f: any) => f.path).sort();
    assert.ok(paths.some((p: string) => p.endsWith('sw1.cfg')));
    assert.ok(paths.some((p: string) => p.endsWith('sw2.cfg')));
    assert.ok(!paths.some((p: string) => p.endsWith('README.md') || p.endsWith('image.bin') || p.endsWith('blob.txt')));
    assert.match(r.stderr, /blob\.txt: skipped \(binary/);
    assert.equal(r.code, 1);
  });

  it('a missing file is a read error: exit 2 with a message on stderr', () => {
    const r = run([join(dir, 'nope.cfg')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.cfg: no such file or folder/);
  });

  it('usage errors exit 2', () => {
    assert.equal(run([]).code, 2);
    assert.equal(run(['--format', 'xml', 'x']).code, 2);
    assert.equal(run(['--bogus', 'x']).code, 2);
  });

  it('--help and --version', () => {
    const h = run(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Usage: cisco-license-lint/);
    const v = run(['--version']);
    assert.equal(v.code, 0);
    assert.match(v.stdout.trim(), /^\d+\.\d+\.\d+/);
  });

  it('a settings file turns a rule off and sets failOn', () => {
    const proj = join(dir, 'proj');
    mkdirSync(proj, { recursive: true });
    writeFileSync(join(proj, 'sw.cfg'), BAD);
    writeFileSync(join(proj, '.cisco-license-lint.json'), JSON.stringify({ rules: { 'http-destination': 'off' } }));
    const r = run([join(proj, 'sw.cfg')]);
    assert.equal(r.code, 0, r.stdout);
    assert.doesNotMatch(r.stdout, /http-destination/);
    writeFileSync(join(proj, '.cisco-license-lint.json'), JSON.stringify({ rules: { 'http-destination': 'warning' }, failOn: 'warning' }));
    assert.equal(run([join(proj, 'sw.cfg')]).code, 1);
  });

  it('an invalid settings file names the key and does not crash', () => {
    const proj = join(dir, 'proj2');
    mkdirSync(proj, { recursive: true });
    writeFileSync(join(proj, 'sw.cfg'), GOOD);
    writeFileSync(join(proj, '.cisco-license-lint.json'), JSON.stringify({ rules: { 'http-destination': 'loud', 'no-such-rule': 'off' } }));
    const r = run([join(proj, 'sw.cfg')]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /rules\.http-destination/);
    assert.match(r.stderr, /rules\.no-such-rule/);
  });
});
