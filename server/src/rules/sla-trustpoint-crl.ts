// sla-trustpoint-crl: `revocation-check crl` under `crypto pki trustpoint SLA-TrustPoint` makes every
// licensing exchange wait for Cisco's CRL; when the device cannot fetch it, authorisation stays
// PENDING with "Waiting for reply" (XE scenario 7, `%PKI-3-CRL_FETCH_FAIL`). It is the factory default
// on most devices, so the line alone is only a hint; the same text showing the CRL fetch failure or
// "Waiting for reply" makes it a warning, and its finding points at that evidence (SPEC §6).
//
// The fix (`revocation-check none`) switches off a security check. In a config alone nothing shows the
// CRL is unreachable, so it is a judgement (SPEC §7: offered one by one, never in fix-all). Even next to
// the CRL fetch failure it stays one by one: making the CRL reachable is the other answer, and a fix-all
// run over a fleet's configs in CI must not relax PKI on every device that happens to log one failure.
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { Finding, MAX_RELATED, RelatedLocation } from '../types';
import { crlFetchFailures, slaCrlNode, syslogRange } from './lib/evidence';
import { replaceCommand } from './lib/edits';
import { docsUrl, Rule } from './types';

const id = 'sla-trustpoint-crl';

export const slaTrustpointCrl: Rule = {
  id,
  meta: {
    description: 'SLA-TrustPoint checks revocation by CRL, which leaves licensing "Waiting for reply" when the CRL cannot be fetched.',
    defaultSeverity: 'hint',
    fixable: 'manual',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      '`SLA-TrustPoint` holds the CA of Cisco\'s licensing servers. With `revocation-check crl` every exchange first downloads that CA\'s CRL; when the',
      'device cannot reach it (`%PKI-3-CRL_FETCH_FAIL … SLA-TrustPoint … Connection timed out`), authorisation stays `PENDING` with *Waiting for reply*',
      '(scenario 7). It is the factory default on most devices, so on its own it is only a hint. The seed\'s fix:',
      '',
      '```cisco',
      'crypto pki trustpoint SLA-TrustPoint',
      ' revocation-check none',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const node = slaCrlNode(model);
    if (!node) return [];
    const crl = crlFetchFailures(model.show);
    const waiting: RelatedLocation[] = [];
    for (const a of model.show.authorizations) {
      for (const r of a.failureReasons) if (/waiting for reply/i.test(r.value)) waiting.push({ range: r.range, message: t('authorization {result}: {reason}', { result: a.lastCommunication?.result ?? '', reason: 'Waiting for reply' }).replace('  ', ' ') });
    }
    const related: RelatedLocation[] = [...waiting.slice(0, MAX_RELATED), ...crl.slice(0, MAX_RELATED).map((r) => ({ range: syslogRange(r), message: t('CRL fetch for {trustpoint} failed', { trustpoint: 'SLA-TrustPoint' }) }))].slice(0, MAX_RELATED);
    const evidence = related.length > 0;
    return [{
      ruleId: id, severity: evidence ? 'warning' : 'hint',
      range: { start: { line: node.line, character: node.indent }, end: { line: node.line, character: node.end } },
      message: evidence
        ? t('{trustpoint}\'s CRL cannot be fetched (line {line}), so licensing waits for a reply: use "revocation-check none".', { trustpoint: 'SLA-TrustPoint', line: related[0].range.start.line + 1 })
        : t('{trustpoint} checks revocation by CRL (the default); if the CRL cannot be fetched, authorization waits for a reply. This text shows no such failure.', { trustpoint: 'SLA-TrustPoint' }),
      fixes: [{ title: t('Use "revocation-check none" under {trustpoint}', { trustpoint: 'SLA-TrustPoint' }), safe: false, edits: [replaceCommand(node, 'revocation-check none')] }],
      related: evidence ? related : undefined,
    }];
  },
};
