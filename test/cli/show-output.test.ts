// The CLI on show outputs: remedies printed under show-output findings in text format, carried in
// JSON, and ID tokens never printed whole in any format (SPEC §6 idtoken-in-config, issue 4 item 8).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../../server/src/cli';

const TOKEN = 'YzkwZjJiNmEtNGQxZS00ZmE0LWI1NmQtOGQyYzEzNDk1ZTA3LTE3MjA3NzQz%0ANTEyOTl8T0xrN3pQa2VR';

const SCENARIO_7 = [
  'ACC-SW-67#show license all', 'Smart Licensing Status', '======================', '', 'Smart Licensing is ENABLED', '', 'Registration:', '  Status: REGISTERED', '',
  'License Authorization:', '  Status: AUTHORIZED on Apr 25 10:47:33 2024 UTC', '  Last Communication Attempt: PENDING on Jun 18 14:34:51 2024 UTC',
  '    Failure reason: Waiting for reply', '  Next Communication Attempt: Jun 18 14:53:58 2024 UTC', '',
].join('\n');

// A history message whose failed trust request carries the token, and a pasted exec command with it.
const WITH_TOKEN = [
  'FX-SW-30#license smart trust idtoken ' + TOKEN + ' all force',
  'FX-SW-30#show license history message', '', 'Message History (oldest to newest):', '====================================================', 'Trust Establishment:', '',
  'REQUEST: Jun 06 14:22:31 2024 UTC',
  `{"request":"{\\"header\\":{\\"request_type\\":\\"ID_TOKEN_TRUST\\"},\\"request_data\\":\\"{\\\\\\"hostname\\\\\\":\\\\\\"FX-SW-30\\\\\\",\\\\\\"token\\\\\\":\\\\\\"${TOKEN}\\\\\\",\\\\\\"force\\\\\\":true}\\"}"}`,
  '', 'RESPONSE: Jun 06 14:22:38 2024 UTC', '', '', 'Usage Reporting:', '  No past history', '',
  'FX-SW-30#show logging | include SMART_LIC',
  `Jun  6 14:22:38.201: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager (CSSM) : Unable to resolve server hostname/domain name for idtoken ${TOKEN}`,
  '',
].join('\n');

describe('cli on show outputs', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-show-'));
    writeFileSync(join(dir, 'scenario-7.txt'), SCENARIO_7);
    writeFileSync(join(dir, 'token.txt'), WITH_TOKEN);
    // The token only inside a quoted log message.
    writeFileSync(join(dir, 'token-log.txt'), WITH_TOKEN.split('\n').slice(-2).join('\n'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cli = (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = run(args, (s) => out.push(s), (s) => err.push(s));
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };

  it('text format prints the remedy under a show-output finding', () => {
    const r = cli([join(dir, 'scenario-7.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /scenario-7\.txt:13:\d+ error .*Waiting for reply.* authorization-failed\n {4}\| crypto pki trustpoint SLA-TrustPoint\n {4}\|  revocation-check none/);
  });

  it('json format carries the remedy and the related locations', () => {
    const r = cli(['--format', 'json', join(dir, 'scenario-7.txt')]);
    const f = JSON.parse(r.stdout).files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'authorization-failed');
    assert.deepEqual(f.remedy, ['crypto pki trustpoint SLA-TrustPoint', ' revocation-check none']);
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`${format}: the ID token is never printed whole`, () => {
      for (const file of ['token.txt', 'token-log.txt']) {
        const r = cli(['--format', format, join(dir, file)]);
        assert.match(r.stdout, /Yzkw…<redacted>/, `${file}: the finding quoting the token is there, redacted`);
        assert.ok(!r.stdout.includes(TOKEN), r.stdout);
        assert.ok(!r.stdout.includes(TOKEN.slice(0, 24)), 'no long prefix of the token either');
      }
    });
  }

  it('sarif format carries the related locations (the config line behind a show-output finding)', () => {
    const capture = join(dir, 'scenario-7-with-config.txt');
    writeFileSync(capture, SCENARIO_7 + ['ACC-SW-67#show running-config | section SLA-TrustPoint', 'crypto pki trustpoint SLA-TrustPoint', ' enrollment pkcs12', ' revocation-check crl', ''].join('\n'));
    const sarif = JSON.parse(cli(['--format', 'sarif', capture]).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'authorization-failed');
    assert.ok(result.relatedLocations?.length, JSON.stringify(result));
    const loc = result.relatedLocations[0];
    assert.equal(loc.id, 1);
    assert.ok(loc.message.text.length > 0);
    // 1-based: the `revocation-check crl` line is the capture's 18th line.
    assert.equal(loc.physicalLocation.region.startLine, 18);
    assert.equal(loc.physicalLocation.artifactLocation.uri, result.locations[0].physicalLocation.artifactLocation.uri);
  });

  it('the file itself is left alone (no fix touches show text)', () => {
    cli(['--fix', join(dir, 'scenario-7.txt')]);
    assert.equal(readFileSync(join(dir, 'scenario-7.txt'), 'utf8'), SCENARIO_7);
  });
});
