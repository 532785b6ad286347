// authorization-failed: the entitlement authorisation request or its 30-day renewal did not get
// through (XE scenarios 5, 7 and 9; NX known problem 1). `Last Communication Attempt: PENDING` alone
// is a request in flight; with `Failure reason: Waiting for reply` it is scenario 7 (SPEC §5).
import { t } from '../l10n';
import { LogRecord } from '../model/show';
import { DeviceModel } from '../model/types';
import { AuthorizationBlock } from '../parse/licenseStatus';
import { ShowFieldLike } from '../parse/fields';
import { Finding, MAX_RELATED, RelatedLocation } from '../types';
import { reportOngoing } from './lib/episodes';
import { briefAdviceFor, briefReason, confirmedOnLine, explainPerDialect, crlFetchFailures, notOurPlatform, reasonDoc, recovered, relatedFor, remedyFor, slaCrlNode, syslogRange } from './lib/evidence';
import { docsUrl, Rule } from './types';

const id = 'authorization-failed';

function waitingForReply(model: DeviceModel): ShowFieldLike[] {
  const out: ShowFieldLike[] = [];
  for (const a of model.show.authorizations) for (const r of a.failureReasons) if (/waiting for reply/i.test(r.value)) out.push(r);
  return out;
}

function reasonFinding(model: DeviceModel, a: AuthorizationBlock, reason: ShowFieldLike): Finding {
  const doc = reasonDoc(reason.value);
  const scenario = doc?.scenario ?? null;
  const attempt = a.lastCommunication;
  const params = { reason: briefReason(reason.value), advice: briefAdviceFor(doc, reason.value, model) };
  let message = attempt?.result === 'PENDING' ? t('Authorization is stuck: {reason}: {advice}.', params) : t('Authorization failed: {reason}: {advice}.', params);
  const related = relatedFor(model, scenario, reason.value);
  if (scenario === 7) {
    // The evidence by its line number; what it says is in the related locations and the hover.
    const crl = crlFetchFailures(model.show);
    const cfg = slaCrlNode(model);
    const lines = [...(crl.length ? [crl[0].line + 1] : []), ...(cfg ? [cfg.line + 1] : [])];
    if (lines.length === 1) message += confirmedOnLine(lines[0]);
    else if (lines.length > 1) message += ` ${t('Confirmed on lines {first} and {second}.', { first: lines[0], second: lines[1] })}`;
  }
  // The deadline is a related location: renewing before it is what matters, the date is on that line.
  if (a.deadline?.value) related.push({ range: a.deadline.range, message: t('renew before this communication deadline ({deadline})', { deadline: a.deadline.value }) });
  return {
    ruleId: id, severity: 'error', range: reason.range, fixes: [], message,
    related: related.slice(0, MAX_RELATED), remedy: remedyFor(model, scenario, reason.value),
  };
}

function fromBlock(model: DeviceModel, a: AuthorizationBlock): Finding[] {
  const attempt = a.lastCommunication;
  if (!attempt) return [];
  if (attempt.result === 'FAILED') {
    if (a.failureReasons.length) return a.failureReasons.map((r) => reasonFinding(model, a, r));
    return [{
      ruleId: id, severity: 'error', range: attempt.range, fixes: [],
      message: t('Authorization renewal failed ({state}), no "Failure reason:" printed: {advice}.', { state: attempt.value, advice: briefAdviceFor(reasonDoc('Fail to send out Call Home HTTP message'), '', model) }),
      related: relatedFor(model, 5), remedy: remedyFor(model, 5),
    }];
  }
  // PENDING is the normal state of a request in flight; only a reason makes it a failure (scenario 7).
  if (attempt.result === 'PENDING' && a.failureReasons.length) return a.failureReasons.map((r) => reasonFinding(model, a, r));
  return [];
}

export const authorizationFailed: Rule = {
  id,
  meta: {
    description: 'Entitlement authorisation (or its renewal) with CSSM failed or waits for a reply that does not come.',
    defaultSeverity: 'error',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      'A registered device renews its authorisation every 30 days; an authorisation is valid 90 days (`Communication Deadline:`), after which the',
      'state becomes `AUTHORIZATION EXPIRED` and CSSM returns the licences to the pool. Failures by reason: *Fail to send out Call Home HTTP message*',
      '/ *Communication message send error* (scenario 5: DNS, `ip http client source-interface`, the profile URL, route, TCP 443, VRF under',
      'call-home), *Waiting for reply* with `%PKI-3-CRL_FETCH_FAIL` (scenario 7: `revocation-check none` under `crypto pki trustpoint',
      'SLA-TrustPoint`), *Data and signature do not match* (scenario 9: `license smart deregister`, then register with a new token and `force`).',
      '`PENDING` alone is a request in flight, not a failure.',
    ].join('\n'),
    explanationFor: explainPerDialect(
      [
        'A registered device renews its authorisation every 30 days; an authorisation is valid 90 days (`Communication Deadline:`), after which',
        'the state becomes `AUTHORIZATION EXPIRED` and CSSM returns the licences to the pool. *Data and signature do not match*: `license smart',
        'deregister`, then register with a new token and `force`. `PENDING` alone is a request in flight, not a failure.',
      ],
      [
        '*Fail to send out Call Home HTTP message* / *Communication message send error*: DNS or `ip host`, `ip http client source-interface`, the',
        'profile URL, route, TCP 443, the VRF under `call-home`. *Waiting for reply* with `%PKI-3-CRL_FETCH_FAIL`: `revocation-check none` under',
        '`crypto pki trustpoint SLA-TrustPoint`.',
      ],
      [
        '*Fail to send out Call Home HTTP message* (NX known problem 1): `transport http use-vrf management` under `callhome`, DNS in that VRF',
        '(`ip name-server <ip> use-vrf management`), HTTP leaving from `mgmt0` rather than a VLAN interface, TCP 443',
        '(`telnet tools.cisco.com 443 vrf management`). Renewal retries every 23 h while authorised.',
      ],
    ),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const out: Finding[] = [];
    for (const a of model.show.authorizations) out.push(...fromBlock(model, a));
    // Renewals the device retried and that no later success ended: one finding per reason (logs are a sequence).
    const renewReason = (s: LogRecord) => s.text.replace(/^Authorization renewal with the Cisco Smart Software Manager[^:]*?(?:\(CSSM\)\s*)?:\s*/i, '');
    const renewals = model.show.syslog.filter((s) => s.key === 'SMART_LIC-3-AUTH_RENEW_FAILED');
    out.push(...reportOngoing(model, renewals, 'authorization', renewReason, (s, note) => {
      const doc = reasonDoc(s.text);
      const scenario = doc?.scenario ?? null;
      const reason = renewReason(s);
      return {
        ruleId: id, severity: 'error', range: syslogRange(s), fixes: [],
        message: `${note ? t('Authorization renewal failed {note}', { note }) : t('Authorization renewal failed')}: ${briefReason(reason)}: ${briefAdviceFor(doc, reason, model)}.`,
        related: relatedFor(model, scenario, reason), remedy: remedyFor(model, scenario, reason),
      };
    }));
    // Scenario 7's log evidence: the CRL of SLA-TrustPoint cannot be fetched, so licensing messages
    // hang. An error next to "Waiting for reply", a warning on its own (the cause before the symptom).
    // With SLA-TrustPoint's `revocation-check crl` in the same text, sla-trustpoint-crl reports this
    // log line as its warning (with the fix on the config line): one root cause, one rule.
    const waiting = waitingForReply(model);
    for (const s of slaCrlNode(model) ? [] : crlFetchFailures(model.show)) {
      if (recovered(model, s, 'authorization')) continue;
      const related: RelatedLocation[] = waiting.slice(0, MAX_RELATED - 1).map((w) => ({ range: w.range, message: t('authorization waits for a reply') }));
      out.push({
        ruleId: id, severity: waiting.length ? 'error' : 'warning', range: syslogRange(s), fixes: [],
        message: waiting.length
          ? t('CRL fetch for {trustpoint} failed, so authorization waits for a reply that never comes ("Waiting for reply" here): set "revocation-check none" under that trustpoint.', { trustpoint: 'SLA-TrustPoint' })
          : t('CRL fetch for {trustpoint} failed, so authorization waits for a reply that never comes: set "revocation-check none" under that trustpoint.', { trustpoint: 'SLA-TrustPoint' }),
        related, remedy: remedyFor(model, 7),
      });
    }
    return out;
  },
};
