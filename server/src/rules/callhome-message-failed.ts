// callhome-message-failed: classic Smart Licensing's call-home transport failed (XE scenarios 4 and
// 5, NX known problem 1): `%CALL_HOME-5-SL_MESSAGE_FAILED … (ERR 205 : Request Aborted)`,
// `%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE` (an active user profile without licensing data), and the
// classic wording of `%SMART_LIC-3-COMM_FAILED: … Manager or satellite: <reason>` — mapped by the
// reason and the mode, never by the mnemonic alone (SPEC §3.3). Failures followed by recovery are history.
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { LogRecord } from '../model/show';
import { Finding, MAX_RELATED, range } from '../types';
import { ongoingEpisodes, occurrencesRelated, repetitionNote } from './lib/episodes';
import { briefAdviceFor, briefReason, explainPerDialect, notOurPlatform, reasonDoc, recovered, relatedFor, remedyFor, syslogRange } from './lib/evidence';
import { commFailedReason, commFailedWording } from './slp-communication-failure';
import { docsUrl, Rule } from './types';

const id = 'callhome-message-failed';

function finding(model: DeviceModel, at: Finding['range'], what: string, reason: string, fallback: number): Finding {
  const doc = reasonDoc(reason) ?? reasonDoc(fallback === 4 ? 'Communication transport not available' : 'Fail to send out Call Home HTTP message');
  const scenario = doc?.scenario ?? fallback;
  return {
    ruleId: id, severity: 'error', range: at, fixes: [],
    message: `${what}: ${briefReason(reason)}: ${briefAdviceFor(doc, reason, model)}.`,
    related: relatedFor(model, scenario, reason), remedy: remedyFor(model, scenario, reason),
  };
}

export const callhomeMessageFailed: Rule = {
  id,
  meta: {
    description: 'Call-home could not carry a Smart Licensing message (classic transport failure).',
    defaultSeverity: 'error',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      'Classic Smart Licensing sends its messages over call-home HTTP(S) to `tools.cisco.com` or an SSM On-Prem. *Communication transport not',
      'available* and `%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE` are scenario 4: `service call-home` missing, the wrong profile active, or the active',
      'user profile without `reporting smart-licensing-data`. *Fail to send out Call Home HTTP message* / `SL_MESSAGE_FAILED (ERR 205 : Request',
      'Aborted)` is scenario 5: DNS or `ip host`, `ip http client source-interface`, the profile URL, route, TCP 443, the VRF under call-home.',
    ].join('\n'),
    explanationFor: explainPerDialect(
      ['Classic Smart Licensing sends its messages over call-home HTTP(S) to `tools.cisco.com` or an SSM On-Prem.'],
      [
        '*Communication transport not available* and `%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE`: `service call-home` missing, the wrong profile',
        'active, or an active user profile without `reporting smart-licensing-data` (the log says *existing active user profile*: add that line',
        'to the user profile). *Fail to send out Call Home HTTP message* / `SL_MESSAGE_FAILED (ERR 205 : Request Aborted)`: DNS or `ip host`,',
        '`ip http client source-interface`, the profile URL, route, TCP 443, the VRF under `call-home`.',
      ],
      [
        '*Communication transport not available*: callhome is off (`enable` under `callhome`). *Failed to send the Call Home HTTP message*',
        '(NX known problem 1): the article\'s switch reached `tools.cisco.com:443` in VRF management, but its HTTP source interface was Vlan 27;',
        'moved to `mgmt0` it worked. Check `transport http use-vrf`, DNS in that VRF and the destination URL (`https://`).',
      ],
    ),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const out: Finding[] = [];
    // Each failure a later success does not end, grouped by message and reason: one finding per
    // ongoing condition, on its first occurrence, with the others as related locations.
    const failures: Array<{ s: LogRecord; what: 'send' | 'enable' | 'cssm'; reason: string; fallback: number; line: number; ms?: number; sectionIndex: number }> = [];
    for (const s of model.show.syslog) {
      let what: 'send' | 'enable' | 'cssm';
      let reason = '';
      let fallback = 5;
      if (s.key === 'CALL_HOME-5-SL_MESSAGE_FAILED') {
        what = 'send';
        reason = s.text;
      } else if (s.key === 'CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE') {
        what = 'enable';
        reason = s.text;
        fallback = 4;
      } else if (s.key === 'SMART_LIC-3-COMM_FAILED') {
        const wording = commFailedWording(s.text);
        // The SLP wordings belong to slp-communication-failure, unless the mode says classic.
        if (wording === 'cslu' || (wording === 'cssm' && model.mode !== 'classic') || (wording === 'unknown' && model.mode === 'slp')) continue;
        what = 'cssm';
        reason = commFailedReason(s.text);
      } else continue;
      failures.push({ s, what, reason, fallback, line: s.line, ms: s.ms, sectionIndex: s.sectionIndex });
    }
    for (const { items } of ongoingEpisodes(model, failures, 'communication', (x) => `${x.s.key}\u0000${x.reason}`)) {
      const { s, what, reason, fallback } = items[0];
      const note = repetitionNote(model.lines, items.map((x) => x.s));
      const head = what === 'send'
        ? (note ? t('Call-home could not send a Smart Licensing message ({note})', { note }) : t('Call-home could not send a Smart Licensing message'))
        : what === 'enable'
          ? (note ? t('Call-home could not be enabled for Smart Licensing ({note})', { note }) : t('Call-home could not be enabled for Smart Licensing'))
          : (note ? t('Communication with {peer} failed ({note})', { peer: 'CSSM', note }) : t('Communication with {peer} failed', { peer: 'CSSM' }));
      const f = finding(model, syslogRange(s), head, reason, fallback);
      f.related = [...occurrencesRelated(items, (x) => syslogRange(x.s), t('the same failure again')), ...(f.related ?? [])].slice(0, MAX_RELATED);
      out.push(f);
    }
    // Classic devices keep an event log too: its unrecovered SAEVT_COMM_FAIL is a call-home failure.
    if (model.mode === 'classic') {
      for (const e of model.show.events) {
        if (e.name !== 'SAEVT_COMM_FAIL') continue;
        if (recovered(model, { line: e.line, ms: e.time?.hasYear ? e.time.ms : undefined, sectionIndex: e.sectionIndex }, 'communication')) continue;
        const r = e.fieldRanges.error;
        out.push(finding(model, range(e.line, e.start, r ? r[1] + 1 : e.end), t('{failure} with no {restored} after it', { failure: 'SAEVT_COMM_FAIL', restored: 'SAEVT_COMM_RESTORED' }), e.fields.error ?? '', 5));
      }
    }
    return out;
  },
};
