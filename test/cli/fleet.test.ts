// A fleet through the CLI (issue 16): many files on worker threads give the output one thread gives,
// in file order; the text report ends with the findings by rule; hints are counted there and listed
// one by one only with --include-hints; --jobs takes a thread count.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const FACTORY_CRL = ['crypto pki trustpoint SLA-TrustPoint', ' enrollment pkcs12', ' revocation-check crl', '!'];
const config = (i: number) => [
  'version 17.9', `hostname SW-${i}`, ...FACTORY_CRL, 'license smart transport smart', 'license smart url default', 'ip name-server 192.0.2.53',
  ...(i % 3 === 0 ? ['service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
    '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService', 'license smart transport callhome'] : []),
  ...(i % 5 === 0 ? [] : ['ntp server 192.0.2.1']), 'end', '',
].join('\n');

function cli(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1048576 });
}

describe('a fleet of configs', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built (run npm run build)' }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-fleet-'));
    for (const site of ['site-a', 'site-b', 'site-c']) {
      mkdirSync(join(dir, site));
      for (let i = 0; i < 30; i++) writeFileSync(join(dir, site, `sw${String(i).padStart(2, '0')}.cfg`), config(i));
    }
    // One folder with its own settings: its files fail on warnings and turn a rule off.
    writeFileSync(join(dir, 'site-c', '.cisco-license-lint.json'), JSON.stringify({ failOn: 'warning', rules: { 'http-destination': 'off' } }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('worker threads give the same report, in the same order, as one thread', () => {
    for (const format of ['json', 'text', 'sarif']) {
      const one = cli(['--jobs', '1', '--format', format, '.'], dir);
      const two = cli(['--jobs', '2', '--format', format, '.'], dir);
      assert.equal(one.status, two.status, format);
      assert.ok(one.status === 1, `${format}: exit ${one.status} ${one.stderr}`);
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.stderr, one.stderr, format);
    }
    const files = JSON.parse(cli(['--jobs', '2', '--format', 'json', '.'], dir).stdout).files.map((f: { path: string }) => f.path);
    assert.equal(files.length, 90);
    assert.deepEqual(files, [...files].sort());
    // Settings per folder on the threads too: site-c's rule setting holds there only.
    const http = JSON.parse(cli(['--jobs', '2', '--format', 'json', '.'], dir).stdout).files
      .filter((f: { findings: { ruleId: string }[] }) => f.findings.some((x) => x.ruleId === 'http-destination'))
      .map((f: { path: string }) => f.path.split(/[\\/]/)[0]);
    assert.deepEqual([...new Set(http)], ['site-a', 'site-b']);
  });

  it('text ends with the findings by rule; hints are counted there and listed only with --include-hints', () => {
    const plain = cli(['--jobs', '2', '.'], dir).stdout;
    assert.doesNotMatch(plain, / hint SLA-TrustPoint/);
    assert.match(plain, /\nFindings by rule:\n(?: {2}.*\n)+/);
    assert.match(plain, / {2}sla-trustpoint-crl +hint +90 in 90 files \(not listed above: --include-hints lists them\)\n/);
    assert.match(plain, / {2}http-destination +error +20 in 20 files\n/);
    // Most severe first.
    assert.ok(plain.indexOf('http-destination') < plain.indexOf('sla-trustpoint-crl  '));
    const withHints = cli(['--jobs', '2', '--include-hints', '.'], dir).stdout;
    assert.equal(withHints.match(/ hint SLA-TrustPoint/g)?.length, 90);
    assert.match(withHints, / {2}sla-trustpoint-crl +hint +90 in 90 files\n/);
    // JSON always holds the hints.
    const json = JSON.parse(cli(['--format', 'json', '.'], dir).stdout);
    assert.equal(json.files.flatMap((f: { findings: { severity: string }[] }) => f.findings).filter((f: { severity: string }) => f.severity === 'hint').length, 90);
  });

  it('--jobs takes a thread count', () => {
    for (const bad of ['0', 'two', '-1', '1.5']) {
      const r = cli([`--jobs=${bad}`, '.'], dir);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--jobs takes a number of threads/);
    }
  });
});
