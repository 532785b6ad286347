// --baseline / --update-baseline through dist/cli.js: recorded findings stay quiet when lines move,
// new ones fail the run, fixed ones are reported as gone, identical lines count separately, and a
// broken baseline is a usage error. SARIF partialFingerprints follow content, not line numbers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const TAC = '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService';
const config = (head: string[] = [], extraProfiles: string[] = []) => [
  'version 16.12', 'hostname C9300', ...head, 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http', TAC,
  ...extraProfiles, 'ip name-server 192.0.2.53', 'ntp server 192.0.2.123', 'end', '',
].join('\n');
const ONPREM = (name: string) => [` profile "${name}"`, '  reporting smart-licensing-data', '  destination transport-method http', '  destination address http http://ssm.example.com/Transportgateway/services/DeviceRequestHandler'];

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: --baseline', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built' }, () => {
  let dir: string;
  const BL = 'ci/baseline.json';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-baseline-'));
    mkdirSync(join(dir, 'configs'));
    mkdirSync(join(dir, 'ci'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => writeFileSync(join(dir, 'configs', name), text);
  const json = (args: string[]) => {
    const r = cli(['--format', 'json', ...args], dir);
    return { ...r, files: r.stdout ? JSON.parse(r.stdout).files : [] };
  };

  it('usage: --update-baseline needs --baseline; a missing or malformed baseline exits 2', () => {
    write('sw1.cfg', config());
    assert.equal(cli(['--update-baseline', 'configs'], dir).code, 2);
    const missing = cli(['--baseline', BL, 'configs'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such baseline \(create it with --update-baseline\)/);
    writeFileSync(join(dir, 'bad.json'), '{"version": 2, "findings": []}');
    assert.match(cli(['--baseline', 'bad.json', 'configs'], dir).stderr, /not a cisco-license-lint baseline/);
    writeFileSync(join(dir, 'bad.json'), '{"version": 1, "findings": [{"path": 1}]}');
    assert.match(cli(['--baseline', 'bad.json', 'configs'], dir).stderr, /findings\[0\] needs "path", "ruleId" and "fingerprint"/);
    writeFileSync(join(dir, 'bad.json'), '{nope');
    const bad = cli(['--baseline', 'bad.json', 'configs'], dir);
    assert.equal(bad.code, 2);
    assert.doesNotMatch(bad.stderr, /internal error/);
  });

  it('records today\'s findings; then only new ones are reported, whatever moved', () => {
    write('sw1.cfg', config());
    write('sw2.cfg', config([], ONPREM('SL-A')));
    const before = json(['configs']);
    assert.equal(before.code, 1);
    const recorded = cli(['--baseline', BL, '--update-baseline', 'configs'], dir);
    assert.equal(recorded.code, 0, recorded.stderr);
    assert.equal(recorded.stdout.trim(), '0 findings (0 errors, 0 warnings, 0 info, 0 hints) in 2 files');
    const file = JSON.parse(readFileSync(join(dir, BL), 'utf8'));
    assert.equal(file.version, 1);
    const total = before.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0);
    assert.equal(file.findings.length, total);
    assert.ok(file.findings.every((e: { path: string }) => e.path === '../configs/sw1.cfg' || e.path === '../configs/sw2.cfg'), 'paths relative to the baseline file');

    // Lines added above every finding and trailing blanks on the flagged line: nothing new.
    write('sw1.cfg', config(['! moved down', 'banner motd ^C hello ^C', 'interface Vlan1', ' no shutdown']).replace(TAC, `${TAC}  \t`));
    const moved = json(['--baseline', BL, 'configs']);
    assert.equal(moved.code, 0, moved.stdout + moved.stderr);
    assert.deepEqual(moved.files.map((f: { findings: unknown[] }) => f.findings.length), [0, 0]);
    assert.doesNotMatch(moved.stderr, /gone/);

    // A second profile with the same kind of line is new: reported, and the run fails on it only.
    write('sw2.cfg', config([], [...ONPREM('SL-A'), ...ONPREM('SL-B')]));
    const added = json(['--baseline', BL, 'configs']);
    const fresh = added.files.flatMap((f: { findings: { message: string }[] }) => f.findings);
    assert.ok(fresh.length > 0 && fresh.every((f: { message: string }) => /SL-B|ssm\.example\.com/.test(f.message)), JSON.stringify(fresh));
    assert.equal(added.files[0].findings.length, 0);
    // The same from the folder above: paths in the baseline do not depend on where the CLI runs.
    const elsewhere = cli(['--format', 'json', '--baseline', join(dir, BL), join(dir, 'configs')], join(dir, 'ci'));
    assert.deepEqual(JSON.parse(elsewhere.stdout).files.map((f: { findings: unknown[] }) => f.findings.length), added.files.map((f: { findings: unknown[] }) => f.findings.length));
  });

  it('identical lines are separate entries: fixing one leaves the other recorded, and is reported gone', () => {
    write('sw2.cfg', config([], [...ONPREM('SL-A'), ...ONPREM('SL-B')]));
    write('sw1.cfg', config());
    assert.equal(cli(['--baseline', BL, '--update-baseline', 'configs'], dir).code, 0);
    write('sw2.cfg', config([], ONPREM('SL-A')));
    const r = json(['--baseline', BL, 'configs']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /baseline ci\/baseline\.json: \d+ recorded findings? (is|are) gone \(--update-baseline drops/);
    // Updating from one file keeps the other file's entries.
    const sw1Entries = JSON.parse(readFileSync(join(dir, BL), 'utf8')).findings.filter((e: { path: string }) => e.path.endsWith('sw1.cfg'));
    assert.equal(cli(['--baseline', BL, '--update-baseline', 'configs/sw2.cfg'], dir).code, 0);
    const after = JSON.parse(readFileSync(join(dir, BL), 'utf8')).findings;
    assert.deepEqual(after.filter((e: { path: string }) => e.path.endsWith('sw1.cfg')), sw1Entries);
    assert.doesNotMatch(json(['--baseline', BL, 'configs']).stderr, /gone/);
  });

  it('SARIF: partialFingerprints survive moved lines and differ for identical lines; baselineState "new"', () => {
    write('sw3.cfg', config([], [...ONPREM('SL-A'), ...ONPREM('SL-B')]));
    const fps = () => JSON.parse(cli(['--format', 'sarif', 'configs/sw3.cfg'], dir).stdout).runs[0].results.map((r: { ruleId: string; partialFingerprints: Record<string, string> }) => `${r.ruleId} ${r.partialFingerprints['contentHash/v1']}`).sort();
    const first = fps();
    assert.equal(new Set(first).size, first.length, 'identical lines get different fingerprints');
    write('sw3.cfg', config(['! a comment', '! another'], [...ONPREM('SL-A'), ...ONPREM('SL-B')]));
    assert.deepEqual(fps(), first);
    const withBaseline = JSON.parse(cli(['--format', 'sarif', '--baseline', BL, 'configs'], dir).stdout).runs[0].results;
    assert.ok(withBaseline.length > 0 && withBaseline.every((r: { baselineState: string }) => r.baselineState === 'new'));
  });
});
