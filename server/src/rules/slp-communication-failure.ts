// slp-communication-failure: Smart Licensing Using Policy cannot reach CSSM (or CSLU) now (SLP seed).
// Evidence, each read as SPEC §3.3 says: `%SMART_LIC-3-COMM_FAILED` in its SLP wording
// ("… (CSSM) : <reason>", "… (CSLU) : <reason>"; the classic "… or satellite: <reason>" belongs to
// callhome-message-failed); `SAEVT_COMM_FAIL` not followed by `SAEVT_COMM_RESTORED` (a failure
// followed by recovery is history); tech support's Trust Establishment with `Last Response: NO REPLY`
// while `Ongoing Failure: Overall` > 0 (`Fail=N` alone counts history); and, in unfiltered
// `show license history message`, a RESPONSE with no JSON under it. Boot-time event-log noise
// (`SAEVT_INIT_CRYPTO success="False"`, `INFRA_SL_EVLOG_SYSDATA_FAIL` on a stack member) is ignored.
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { Finding, MAX_RELATED, range, RelatedLocation } from '../types';
import { ongoingEpisodes, occurrencesRelated, repetitionNote } from './lib/episodes';
import { briefAdviceFor, briefReason, notOurPlatform, reasonDoc, relatedFor, relatedNode, remedyFor, syslogRange } from './lib/evidence';
import { docsUrl, Rule } from './types';

const id = 'slp-communication-failure';

/** Which transport a COMM_FAILED's wording names: classic call-home, or SLP's CSSM / CSLU. */
export function commFailedWording(text: string): 'classic' | 'cssm' | 'cslu' | 'unknown' {
  if (/\(CSLU\)\s*:/.test(text) || /Smart License Utility/i.test(text)) return 'cslu';
  if (/or satellite\s*:/i.test(text)) return 'classic';
  if (/\(CSSM\)\s*:/.test(text)) return 'cssm';
  return 'unknown';
}

/** The reason after the wording's colon. */
export function commFailedReason(text: string): string {
  const m = /(?:\((?:CSSM|CSLU)\)|satellite)\s*:\s*(.*)$/i.exec(text);
  return (m ? m[1] : text).trim();
}

/**
 * A CSLU failure is not a Smart Transport failure: the device talks to the CSLU it is given
 * (`license smart url cslu`), so the DNS of smartreceiver.cisco.com has nothing to do with it.
 */
function csluFinding(model: DeviceModel, at: Finding['range'], what: string, reason: string): Finding {
  const ls = model.config.licenseSmart;
  const related: RelatedLocation[] = [];
  if (ls.transport) related.push(relatedNode(ls.transport.node, t('licensing transport')));
  for (const u of ls.urls) if (u.kind === 'cslu') related.push(relatedNode(u.node, t('CSLU URL')));
  const url = ls.urls.find((u) => u.kind === 'cslu');
  return {
    ruleId: id, severity: 'error', range: at, fixes: [], related,
    message: `${what}${reason ? `: ${briefReason(reason)}` : ''}. ${/resolve/i.test(reason)
      ? (url ? t('Check "ip name-server" and the CSLU host and port 8182 in "license smart url cslu".') : t('Check "ip name-server" and the CSLU host and port 8182 in "license smart url cslu" (none here).'))
      : (url ? t('Check the CSLU host and port 8182 in "license smart url cslu".') : t('Check the CSLU host and port 8182 in "license smart url cslu" (none here).'))}`,
    remedy: url ? undefined : ['license smart transport cslu', 'license smart url cslu http://<cslu-host>:8182/cslu/v1/pi'],
  };
}

function finding(model: DeviceModel, at: Finding['range'], what: string, reason: string): Finding {
  // XE's numbered scenarios 4 and 5 are call-home's: on Smart Transport the same words ("Request Aborted")
  // get the SLP checks, never call-home's advice (point 9 of issue 14).
  const matched = reasonDoc(reason);
  const doc = matched?.scenario === 4 || matched?.scenario === 5 ? reasonDoc('no reply') : matched;
  const scenario = doc?.scenario ?? 'SLP';
  return {
    ruleId: id, severity: 'error', range: at, fixes: [],
    // NO REPLY is already said by `what`; a device's own reason text is quoted.
    message: `${what}${reason && !/^NO REPLY$/i.test(reason) ? `: ${briefReason(reason)}` : ''}: ${briefAdviceFor(doc ?? (reason ? undefined : reasonDoc('no reply')), reason || 'no reply', model)}.`,
    related: relatedFor(model, scenario === null ? 'SLP' : scenario, reason),
    remedy: remedyFor(model, scenario === null ? 'SLP' : scenario, reason),
  };
}

export const slpCommunicationFailure: Rule = {
  id,
  meta: {
    description: 'Smart Licensing Using Policy cannot reach CSSM or CSLU (COMM_FAILED, unanswered requests, trust establishment NO REPLY).',
    defaultSeverity: 'error',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      'Smart Transport sends JSON over HTTPS to `smartreceiver.cisco.com` (or a CSLU on port 8182) and waits for an ACK. When it cannot, the device logs',
      '`%SMART_LIC-3-COMM_FAILED: … (CSSM) : <reason>`. *Unable to resolve server hostname/domain name*: DNS (name servers, lookup source',
      'interface, the proxy\'s name). *Connection timed out*: a firewall or proxy blocks TCP 443, or the proxy port is wrong. A failure followed by',
      '`SAEVT_COMM_RESTORED` is history; `Ongoing Failure: Overall` > 0 is a failure now. Test with `ping smartreceiver.cisco.com source <if>` and',
      '`telnet smartreceiver.cisco.com 443 /source-interface <if>`, then `license smart sync all`.',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    if (model.mode === 'classic' && !model.show.syslog.some((s) => commFailedWording(s.text) === 'cslu')) {
      // Classic Smart Licensing: call-home failures are callhome-message-failed's.
      return [];
    }
    const out: Finding[] = [];
    const show = model.show;
    // Failures a later success ends are history; what is left is one finding per transport and reason,
    // however often the device logged it.
    const comm = show.syslog.filter((s) => {
      if (s.key !== 'SMART_LIC-3-COMM_FAILED') return false;
      const wording = commFailedWording(s.text);
      if (wording === 'classic') return false;
      if (wording === 'cssm' && model.mode === 'classic') return false;
      return wording !== 'unknown' || model.mode === 'slp';
    });
    const wordingOf = (s: (typeof comm)[number]) => (commFailedWording(s.text) === 'cslu' ? 'CSLU' : 'CSSM');
    for (const { items } of ongoingEpisodes(model, comm, 'communication', (s) => `${wordingOf(s)}\u0000${commFailedReason(s.text)}`)) {
      const s = items[0];
      const reason = commFailedReason(s.text);
      const note = repetitionNote(model.lines, items);
      const what = note ? t('Communication with {peer} failed {note}', { peer: wordingOf(s), note }) : t('Communication with {peer} failed', { peer: wordingOf(s) });
      const f = wordingOf(s) === 'CSLU' ? csluFinding(model, syslogRange(s), what, reason) : finding(model, syslogRange(s), what, reason);
      f.related = [...occurrencesRelated(items, syslogRange, t('the same failure again')), ...(f.related ?? [])].slice(0, MAX_RELATED);
      out.push(f);
    }
    const fails = show.events.filter((e) => e.name === 'SAEVT_COMM_FAIL').map((e) => ({ e, line: e.line, ms: e.time?.hasYear ? e.time.ms : undefined, sectionIndex: e.sectionIndex }));
    const eventRange = (x: (typeof fails)[number]) => {
      const r = x.e.fieldRanges.error;
      return range(x.e.line, x.e.start, r ? r[1] + 1 : x.e.end);
    };
    for (const { items } of ongoingEpisodes(model, fails, 'communication', (x) => x.e.fields.error ?? '')) {
      const reason = items[0].e.fields.error ?? '';
      const note = repetitionNote(model.lines, items.map((x) => ({ ...x, stampStart: x.e.time?.start ?? -1, stampEnd: x.e.time?.end ?? -1 })));
      const what = note ? `SAEVT_COMM_FAIL ${note}` : t('{event}, never restored', { event: 'SAEVT_COMM_FAIL' });
      const f = finding(model, eventRange(items[0]), what, reason);
      f.related = [...occurrencesRelated(items, eventRange, t('the same failure again')), ...(f.related ?? [])].slice(0, MAX_RELATED);
      out.push(f);
    }
    for (const b of show.commBlocks) {
      if ((b.ongoingOverall ?? 0) === 0 || !b.lastResponse) continue;
      const reason = b.failureReason && !/^<none>$/i.test(b.failureReason.value) ? b.failureReason.value : '';
      if (b.name === 'Trust Establishment') {
        if (!/^NO REPLY\b/i.test(b.lastResponse.value) && (b.ongoingCommunication ?? 0) === 0 && !reason) continue;
        out.push(finding(model, b.lastResponse.range, t('Trust establishment is failing ({count} ongoing failures, last response {response})', { count: b.ongoingOverall ?? 0, response: b.lastResponse.value.replace(/\s+on\s+.*$/, '') }), reason || 'NO REPLY'));
        continue;
      }
      // Other exchanges: only a current failure that CSSM explains. Hello messages to a CSLU that
      // is not listening, and OK_TRY_AGAIN (CSSM asks the device to retry later), are not faults here.
      if (!reason || b.name === 'Hello Message' || /^OK/i.test(b.lastResponse.value)) continue;
      out.push(finding(model, b.failureReason!.range, t('{name} is failing now ({details})', { name: b.name, details: `Ongoing Failure: Overall=${b.ongoingOverall}; Last Response: ${b.lastResponse.value}` }), reason));
    }
    for (const h of show.histories) {
      // Filtered output (`| include REQUEST`) prints requests alone: that proves nothing.
      if (h.filtered || !h.complete) continue;
      const latest = new Map<string, (typeof h.exchanges)[number]>();
      for (const x of h.exchanges) if (x.responseLine !== undefined) latest.set(x.category, x);
      for (const x of latest.values()) {
        if (x.responseBody || !x.responseRange) continue;
        if (x.category === 'Trust Establishment' && h.trustCodeReceivedLines.some((l) => l > (x.responseLine ?? 0))) continue;
        out.push(finding(model, x.responseRange, x.category ? t('{category} request got no response from CSSM (the RESPONSE line is empty)', { category: x.category }) : t('A request got no response from CSSM (the RESPONSE line is empty)'), 'NO REPLY'));
      }
    }
    return out;
  },
};
