// Many files (issue 16): worker threads (--jobs), the settings file looked up once per folder, the
// summary by rule at the end of text output, hints behind --include-hints, and no progress line
// when stderr is not a terminal. Whatever the thread count, the output is the same, byte for byte.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1048576 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A config with an error on Cisco's cloud over http:// (or none), and the SLA-TrustPoint hint. */
function config(i: number, http: boolean): string {
  return [
    'version 16.12', `hostname SW-${i}`, 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active',
    '  destination transport-method http',
    `  destination address http ${http ? 'http' : 'https'}://tools.cisco.com/its/service/oddce/services/DDCEService`,
    'ip name-server 192.0.2.53', 'ntp server 192.0.2.123', 'crypto pki trustpoint SLA-TrustPoint', ' revocation-check crl', 'end', '',
  ].join('\n');
}

describe('cli on many files', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built (run npm run build)' }, () => {
  let dir: string;
  const FILES = 60;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-fleet-'));
    for (let i = 0; i < FILES; i++) {
      const site = join(dir, `site-${i % 4}`);
      mkdirSync(site, { recursive: true });
      writeFileSync(join(site, `sw-${String(i).padStart(3, '0')}.cfg`), config(i, i % 3 === 0));
    }
    // One site turns the error off: its files, and only they, lint without it.
    writeFileSync(join(dir, 'site-1', '.cisco-license-lint.json'), JSON.stringify({ rules: { 'http-destination': 'off' } }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the same, byte for byte, on one thread and on several (json, sarif, text)', () => {
    for (const format of ['json', 'sarif', 'text']) {
      const one = run(['--format', format, '--jobs', '1', dir]);
      const three = run(['--format', format, '--jobs', '3', dir]);
      assert.equal(one.code, 1, one.stderr);
      assert.deepEqual(three, one, format);
    }
  });

  it('applies each folder\'s settings file to that folder\'s files only', () => {
    const files = JSON.parse(run(['--format', 'json', '--jobs', '2', dir]).stdout).files as { path: string; findings: { ruleId: string }[] }[];
    assert.equal(files.length, FILES);
    const http = (site: string) => files.filter((f) => f.path.includes(`site-${site}`)).flatMap((f) => f.findings).filter((x) => x.ruleId === 'http-destination').length;
    assert.equal(http('1'), 0);
    assert.ok(http('0') > 0 && http('2') > 0 && http('3') > 0);
  });

  it('text: hints are counted in the summary by rule and listed only with --include-hints', () => {
    const plain = run(['--jobs', '2', dir]);
    assert.doesNotMatch(plain.stdout, / hint .*sla-trustpoint-crl$/m);
    assert.match(plain.stdout, /^Findings by rule:$/m);
    assert.match(plain.stdout, new RegExp(`^  sla-trustpoint-crl +hint +${FILES} in ${FILES} files \\(not listed above: --include-hints lists them\\)$`, 'm'));
    // 20 files have the error; site-1's five of them have it turned off.
    assert.match(plain.stdout, /^  http-destination +error +15 in 15 files$/m);
    assert.match(plain.stdout, new RegExp(`^${FILES + 15} findings \\(15 errors, 0 warnings, 0 info, ${FILES} hints\\) in ${FILES} files$`, 'm'));
    const withHints = run(['--include-hints', dir]);
    assert.equal(withHints.stdout.split('\n').filter((l) => / hint .*sla-trustpoint-crl$/.test(l)).length, FILES);
    assert.doesNotMatch(withHints.stdout, /not listed above/);
  });

  it('draws no progress line when stderr is not a terminal', () => {
    const r = run(['--format', 'json', dir]);
    assert.equal(r.stderr, '');
  });

  it('lints on its own thread, with the same output, when no worker can be started', () => {
    const preload = join(dir, 'no-threads.cjs');
    writeFileSync(preload, "Object.defineProperty(require('node:worker_threads'), 'Worker', { value: function Worker() { throw new Error('no threads here'); } });\n");
    const r = spawnSync(process.execPath, ['--require', preload, CLI, '--format', 'json', '--jobs', '2', dir], { encoding: 'utf8', maxBuffer: 64 * 1048576 });
    const one = run(['--format', 'json', '--jobs', '1', dir]);
    assert.equal(r.status, one.code, r.stderr);
    assert.equal(r.stdout, one.stdout);
  });

  it('--jobs takes a number of threads from 1', () => {
    for (const bad of ['0', 'x', '-1', '1.5']) {
      const r = run(['--jobs', bad, dir]);
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /--jobs takes a number of threads from 1/);
    }
  });
});
