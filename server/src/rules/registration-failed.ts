// registration-failed: the device could not register with CSSM / SSM On-Prem (XE "Common Failure
// Scenarios" 1–4, and 6 from its own evidence). `UNREGISTERED` alone is a device not registered now
// (whether it ever was, the text does not say), not a failure (SPEC §2); `REGISTERING - REGISTRATION IN PROGRESS` is a failure only with
// `Initial Registration: FAILED` under it (scenarios 2 and 3 print it that way).
import { t } from '../l10n';
import { ShowFieldLike } from '../parse/fields';
import { LogRecord } from '../model/show';
import { DeviceModel } from '../model/types';
import { RegistrationBlock } from '../parse/licenseStatus';
import { Finding, MAX_RELATED, RelatedLocation, Severity } from '../types';
import { reportOngoing } from './lib/episodes';
import { briefAdviceFor, briefReason, comment, explainPerDialect, notOurPlatform, reasonDoc, recovered, relatedFor, remedyFor, syslogRange } from './lib/evidence';
import { docsUrl, Rule } from './types';

const id = 'registration-failed';

function isRegisteredNow(model: DeviceModel): boolean {
  return model.show.registrations.some((r) => r.status?.state === 'REGISTERED') ||
    model.show.versionStatus.some((v) => v.registration === 'REGISTERED');
}

function reasonFinding(model: DeviceModel, reason: ShowFieldLike, severity: Severity, what: string): Finding {
  const doc = reasonDoc(reason.value);
  const scenario = doc?.scenario ?? null;
  return {
    ruleId: id, severity, range: reason.range,
    message: `${what}: ${briefReason(reason.value)}: ${briefAdviceFor(doc, reason.value, model)}.`,
    fixes: [],
    related: relatedFor(model, scenario, reason.value),
    remedy: remedyFor(model, scenario, reason.value),
  };
}

function fromBlock(model: DeviceModel, r: RegistrationBlock): Finding[] {
  const state = r.status?.state ?? '';
  const failedState = /\bREGISTRATION FAILED\b/.test(state);
  const initialFailed = r.initialRegistration?.result === 'FAILED';
  const renewalFailed = r.lastRenewal?.result === 'FAILED';
  if (state === 'REGISTERED') {
    // A registered device: only a failing ID-certificate renewal matters, and it still has until
    // `Registration Expires` (renewal is retried hourly), so it is a warning.
    if (!renewalFailed) return [];
    const at = r.failureReasons[0] ?? r.lastRenewal!;
    if (r.failureReasons[0]) return [reasonFinding(model, r.failureReasons[0], 'warning', t('ID certificate renewal failed'))];
    return [{ ruleId: id, severity: 'warning', range: at.range, fixes: [], message: t('ID certificate renewal failed: the device stays registered until "Registration Expires", retrying hourly; restore its path to CSSM.') }];
  }
  if (!failedState && !initialFailed) return [];
  if (r.failureReasons.length > 0) {
    return r.failureReasons.map((reason) => reasonFinding(model, reason, 'error', t('Registration failed')));
  }
  const at = failedState ? r.status! : r.initialRegistration!;
  return [{
    ruleId: id, severity: 'error', range: at.range, fixes: [],
    message: t('Registration failed ({state}) and the output prints no "Failure reason:": "show license all" prints it.', { state: at.value }),
  }];
}

/** Scenario 6: the on-prem server's certificate data is invalid (`LS_INVALID_DATA`), the device fell back to evaluation. */
function scenario6(model: DeviceModel): Finding[] {
  if (isRegisteredNow(model)) return [];
  const out: Finding[] = [];
  const statusLines: RelatedLocation[] = [];
  for (const r of model.show.registrations) if (r.status?.state === 'UNREGISTERED') statusLines.push({ range: r.status.range, message: t('the device is unregistered') });
  for (const a of model.show.authorizations) if (a.status && /^EVAL/.test(a.status.state)) statusLines.push({ range: a.status.range, message: t('running on evaluation') });
  const message = (where: string) =>
    t('{where}: registration dropped, certificate data did not verify: {advice}.', { where, advice: briefAdviceFor(reasonDoc('LS_INVALID_DATA'), '', model) });
  for (const e of model.show.events) {
    const status = e.fields.msgStatus ?? '';
    const error = e.fields.error ?? '';
    const doc = reasonDoc(`${status} ${error}`);
    if (doc?.scenario !== 6) continue;
    const r = e.fieldRanges.msgStatus ?? e.fieldRanges.error;
    out.push({
      ruleId: id, severity: 'error', range: { start: { line: e.line, character: r ? r[0] : e.start }, end: { line: e.line, character: r ? r[1] : e.end } },
      message: message(`${e.name}${status ? ` ${status}` : ''}`), fixes: [],
      related: [...statusLines.slice(0, MAX_RELATED), ...relatedFor(model, 6)].slice(0, MAX_RELATED), remedy: remedyFor(model, 6),
    });
  }
  for (const s of model.show.syslog) {
    if (reasonDoc(s.text)?.scenario !== 6 || recovered(model, s, 'registration')) continue;
    out.push({
      ruleId: id, severity: 'error', range: syslogRange(s), fixes: [], message: message(`%${s.key}`),
      related: [...statusLines.slice(0, MAX_RELATED), ...relatedFor(model, 6)].slice(0, MAX_RELATED), remedy: remedyFor(model, 6),
    });
  }
  return out;
}

export const registrationFailed: Rule = {
  id,
  meta: {
    description: 'The device failed to register with Cisco Smart Software Manager or SSM On-Prem.',
    defaultSeverity: 'error',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      'Registration (`license smart register idtoken <TOKEN>`) gives the device its ID certificate (valid one year). Until it succeeds the device',
      'stays unidentified, uses its evaluation period and retries at `Next Registration Attempt:` (NX-OS: every 15 min for 4 h, then hourly).',
      'The `Failure reason:` names the scenario: *Product Already Registered* (1: register with `force`), *could not be processed right now* (2: new',
      'token), *offset beyond the allowed tolerance* (3: fix the clock), *Communication transport not available* (4: `service call-home`, the',
      'active profile, `reporting smart-licensing-data`); `LS_INVALID_DATA` after a registration is scenario 6 (SSM On-Prem certificate).',
      'Plain `UNREGISTERED` is a device not registered now (whether it ever was, the text does not say): not a failure.',
    ].join('\n'),
    explanationFor: explainPerDialect(
      [
        'Registration (`license smart register idtoken <TOKEN>`) gives the device its ID certificate (valid one year). Until it succeeds the device',
        'stays unidentified, uses its evaluation period and retries at `Next Registration Attempt:`. The `Failure reason:` says why:',
        '*Product Already Registered* (register with `force`), *could not be processed right now* (new token), *offset beyond the allowed',
        'tolerance* (fix the clock). Plain `UNREGISTERED` is a device nobody has registered: not a failure.',
      ],
      [
        '*Communication transport not available*: `service call-home`, one active profile, `reporting smart-licensing-data` under an active',
        'user profile. *Fail to send out Call Home HTTP message*: DNS or `ip host`, `ip http client source-interface`, the VRF under `call-home`.',
        '`LS_INVALID_DATA` after a registration: the SSM On-Prem certificate. Retries: every 15 min, then hourly.',
      ],
      [
        'Retries every 15 min for 4 h, then hourly. *Communication transport not available*: `enable` under `callhome`. *Fail to send out Call Home',
        'HTTP message*: `transport http use-vrf management` under `callhome`, DNS (`ip name-server <ip> use-vrf management`), and HTTP leaving',
        'from `mgmt0` (the NX article\'s switch sent it from Vlan 27). *Failed to parse response data from SCH server*: the destination is',
        '`http://`; use `https://`. *IPC connection with call-home*: the QuoVadis root CA change, field notice FN72115.',
      ],
    ),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const out: Finding[] = [];
    for (const r of model.show.registrations) out.push(...fromBlock(model, r));
    for (const v of model.show.versionStatus) {
      if (/\bREGISTRATION FAILED\b/.test(v.registration)) {
        out.push({ ruleId: id, severity: 'error', range: v.field.range, fixes: [], message: t('Smart Licensing status {status}: registration failed; "show license all" prints the reason.', { status: v.field.value }) });
      }
    }
    const registered = isRegisteredNow(model);
    // Attempts no later success ended: one finding per reason, however often retried (logs are a sequence).
    const regReason = (s: LogRecord) => {
      const colon = s.text.search(/failed\s*:\s*/i);
      return colon >= 0 ? s.text.slice(colon).replace(/^failed\s*:\s*/i, '') : s.text;
    };
    const attempts = registered ? [] : model.show.syslog.filter((s) => s.key === 'SMART_LIC-3-AGENT_REG_FAILED');
    out.push(...reportOngoing(model, attempts, 'registration', regReason, (s, note) => {
      const reason = regReason(s);
      const doc = reasonDoc(reason);
      const scenario = doc?.scenario ?? null;
      return {
        ruleId: id, severity: 'error', range: syslogRange(s), fixes: [],
        message: `${note ? t('Registration failed {note}', { note }) : t('Registration failed')}: ${briefReason(reason)}: ${briefAdviceFor(doc, reason, model)}.`,
        related: relatedFor(model, scenario, reason), remedy: remedyFor(model, scenario, reason),
      };
    }));
    // Beyond the seeds (ref): the ID certificate's renewal and expiry are logged too.
    for (const s of model.show.syslog) {
      if (s.facility !== 'SMART_LIC') continue;
      if (s.mnemonic === 'ID_CERT_RENEW_FAILED' && !recovered(model, s, 'registration') && !model.show.syslog.some((x) => x.mnemonic === 'ID_CERT_RENEW_SUCCESS' && x.line > s.line && x.sectionIndex === s.sectionIndex)) {
        const doc = reasonDoc(s.text);
        out.push({
          ruleId: id, severity: 'warning', range: syslogRange(s), fixes: [], related: relatedFor(model, doc?.scenario ?? 5, s.text), remedy: remedyFor(model, doc?.scenario ?? 5, s.text),
          message: t('ID certificate renewal failed ({reason}); the device retries hourly until it expires: {advice}.', { reason: briefReason(s.text, 40), advice: briefAdviceFor(doc, s.text, model) }),
        });
      } else if (/^ID_CERT_EXPIRED$/.test(s.mnemonic) && !registered && !recovered(model, s, 'registration')) {
        out.push({
          ruleId: id, severity: 'error', range: syslogRange(s), fixes: [], remedy: [comment(t('exec mode, with a token from the Virtual Account:')), 'license smart register idtoken <TOKEN> force'],
          message: t('The ID certificate expired: the device is back to unidentified/evaluation and CSSM dropped the instance; register it again.'),
        });
      }
    }
    out.push(...scenario6(model));
    return out;
  },
};
