import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';
import { licenseAll } from './show-outputs';

const config = (check: string) => text(
  'version 16.12', 'hostname ACC-SW-72', '!', 'crypto pki trustpoint SLA-TrustPoint', ' enrollment pkcs12', ` revocation-check ${check}`, '!',
  'crypto pki trustpoint TP-self-signed-1234567890', ' enrollment selfsigned', ' revocation-check crl', '!', 'end',
);
const alone = config('crl');
const waiting = licenseAll({
  host: 'ACC-SW-91',
  authorization: ['  Status: AUTHORIZED on Apr 25 10:47:33 2024 UTC', '  Last Communication Attempt: PENDING on Jun 19 10:02:10 2024 UTC', '    Failure reason: Waiting for reply', '  Next Communication Attempt: Jun 19 10:21:10 2024 UTC'],
});
const showTech = text(
  'ACC-SW-91#show tech-support license', '------------------ show running-config ------------------', '', 'Building configuration...', '', 'Current configuration : 1200 bytes', '!',
  ...config('crl').trimEnd().split('\n'), '', '------------------ show license all ------------------', ...waiting.slice(1),
  '------------------ show logging ------------------', '',
  'Jun 19 10:02:10.331: %PKI-3-CRL_FETCH_FAIL: CRL fetch for trustpoint SLA-TrustPoint failed', '                      Reason : Failed to select socket. Timeout : 5 (Connection timed out)',
);
const fixedShowTech = showTech.replace(' revocation-check crl\n!\ncrypto pki trustpoint TP', ' revocation-check none\n!\ncrypto pki trustpoint TP');

ruleTester('sla-trustpoint-crl', {
  valid: [
    { name: 'revocation-check none', text: config('none') },
    { name: 'crl with none as fallback', text: config('crl none') },
    { name: 'another trustpoint with crl', text: text('crypto pki trustpoint VPN-CA', ' revocation-check crl', '!', 'end') },
    { name: 'show outputs alone (no config line to point at)', text: text(...waiting) },
  ],
  invalid: [
    {
      name: 'the factory default alone: a hint, fix offered one by one',
      text: alone,
      findings: [{ ...at(alone, 'revocation-check crl'), severity: 'hint', message: /by CRL \(the default\)/ }],
      output: config('none'),
      safe: false,
    },
    {
      name: 'with Waiting for reply and CRL_FETCH_FAIL in the same show-tech: a warning, the fix still one by one',
      text: showTech,
      findings: [{ ...at(showTech, 'revocation-check crl'), severity: 'warning', message: /SLA-TrustPoint's CRL cannot be fetched \(line \d+\), so licensing waits for a reply: use "revocation-check none"/ }],
      output: fixedShowTech,
      safe: false,
    },
  ],
});

it('sla-trustpoint-crl <-> authorization-failed: related both ways in one show-tech', () => {
  const { findings } = lint(showTech);
  const cfg = findings.find((f) => f.ruleId === 'sla-trustpoint-crl')!;
  const waitingFinding = findings.find((f) => f.ruleId === 'authorization-failed' && /Waiting for reply/.test(f.message))!;
  const crlLine = at(showTech, '%PKI-3-CRL_FETCH_FAIL').line;
  assert.ok(cfg.related!.some((r) => r.range.start.line === waitingFinding.range.start.line), 'config -> Waiting for reply');
  assert.ok(cfg.related!.some((r) => r.range.start.line === crlLine), 'config -> CRL fetch failure');
  assert.ok(waitingFinding.related!.some((r) => r.range.start.line === cfg.range.start.line), 'Waiting for reply -> config');
  // The CRL log line is this rule's evidence (related above), not a second authorization-failed finding.
  assert.ok(!findings.some((f) => f.ruleId === 'authorization-failed' && f.range.start.line === crlLine), 'CRL log reported once');
});
