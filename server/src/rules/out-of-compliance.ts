// out-of-compliance: the Virtual Account has fewer licences than the device uses (XE scenario 8).
// No functional impact and no enforcement: a warning. The device asks CSSM again every day
// (NX-OS: every 15 min for 2 h, then every 4 h), so fixing the account clears it without a reload.
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { Finding } from '../types';
import { reportOngoing } from './lib/episodes';
import { comment, notOurPlatform, syslogRange } from './lib/evidence';
import { docsUrl, Rule } from './types';

const id = 'out-of-compliance';
const remedy = () => [comment(t('after adding licences to the Virtual Account in CSSM (or re-registering with a token from the right one), exec mode:')), 'license smart renew auth'];
// The Problems panel's short form of the docs' advice (the hover and page give it whole).
const advice = () => t('the Virtual Account has too few licences. Check count, level, subscriptions');

export const outOfCompliance: Rule = {
  id,
  meta: {
    description: 'The device uses more licences than its Virtual Account holds (OUT OF COMPLIANCE).',
    defaultSeverity: 'warning',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      '`OUT OF COMPLIANCE` means CSSM answered, and the Virtual Account\'s balance is negative for an entitlement in use (scenario 8). Features keep',
      'working; the device sends an authorisation renewal request every day. Check that the registration token came from the right Virtual',
      'Account, that it holds enough licences of the right level, and that no subscription expired; then `license smart renew auth`.',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const out: Finding[] = [];
    const show = model.show;
    let statusShown = false;
    for (const a of show.authorizations) {
      if (!a.status) continue;
      statusShown = true;
      if (a.status.state !== 'OUT OF COMPLIANCE') continue;
      out.push({
        ruleId: id, severity: 'warning', range: a.status.range, fixes: [], remedy: remedy(),
        message: a.status.time
          ? t('OUT OF COMPLIANCE since {date}: {advice}.', { date: a.status.value.replace(/^OUT OF COMPLIANCE\s+on\s+/i, ''), advice: advice() })
          : t('OUT OF COMPLIANCE: {advice}.', { advice: advice() }),
      });
    }
    for (const v of show.versionStatus) {
      statusShown = true;
      if (v.authorization !== 'OUT OF COMPLIANCE') continue;
      out.push({ ruleId: id, severity: 'warning', range: v.field.range, fixes: [], remedy: remedy(), message: t('Smart Licensing status {status}: {advice}.', { status: v.field.value, advice: advice() }) });
    }
    const compliantNow = show.authorizations.some((a) => a.status?.state === 'AUTHORIZED');
    // Until `%SMART_LIC-5-IN_COMPLIANCE`, repeated messages are one condition (logs are a sequence).
    const outOf = compliantNow ? [] : show.syslog.filter((s) => s.key === 'SMART_LIC-3-OUT_OF_COMPLIANCE');
    out.push(...reportOngoing(model, outOf, 'compliance', () => '', (s, note) => (
      { ruleId: id, severity: 'warning', range: syslogRange(s), fixes: [], remedy: remedy(), message: note ? t('Out of compliance ({note}): {advice}.', { note, advice: advice() }) : t('Out of compliance: {advice}.', { advice: advice() }) }), ''));
    // A usage table alone (`show license usage`): its rows are the only evidence.
    if (!statusShown) {
      for (const u of show.usage) {
        if (!/^OUT OF COMPLIANCE\b/.test(u.status.value)) continue;
        out.push({ ruleId: id, severity: 'warning', range: u.status.range, fixes: [], remedy: remedy(), message: u.name ? t('Licence {name} is OUT OF COMPLIANCE: {advice}.', { name: u.name, advice: advice() }) : t('Licence is OUT OF COMPLIANCE: {advice}.', { advice: advice() }) });
      }
    }
    return out;
  },
};
