// authorization-expired: no successful contact with CSSM for more than 90 days (XE, NX states).
// CSSM has returned the device's licences to the pool; the device keeps trying hourly until its ID
// certificate expires (then it falls back to unidentified/evaluation and CSSM drops the instance).
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { Finding, RelatedLocation } from '../types';
import { comment, explainPerDialect, notOurPlatform, recovered, relatedFor, remedyFor, syslogRange } from './lib/evidence';
import { docsUrl, Rule } from './types';

const id = 'authorization-expired';

export const authorizationExpired: Rule = {
  id,
  meta: {
    description: 'The authorisation expired: the device has not reached CSSM for more than 90 days.',
    defaultSeverity: 'error',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      '`AUTHORIZATION EXPIRED`: the device used entitlements and could not reach CSSM for over 90 days, so CSSM returned its licences to the pool.',
      'It retries every hour until the ID certificate expires (`Registration Expires:`); NX-OS unregisters after a year without contact. The',
      'usual cause is the path to Cisco (scenario 5 checks: DNS, `ip http client source-interface`, the destination URL, route, TCP 443, VRF).',
      'Once it can talk again: `license smart renew auth`.',
    ].join('\n'),
    explanationFor: explainPerDialect(
      [
        '`AUTHORIZATION EXPIRED`: the device used entitlements and could not reach CSSM for over 90 days, so CSSM returned its licences to the pool.',
        'It retries every hour until the ID certificate expires (`Registration Expires:`). Once it can talk again: `license smart renew auth`.',
      ],
      ['The usual cause is the path to Cisco: DNS, `ip http client source-interface`, the destination URL, route, TCP 443, the VRF under `call-home`.'],
      [
        'NX-OS unregisters after a year without contact. The usual cause is the path to Cisco: `transport http use-vrf` under `callhome`, DNS in',
        'that VRF, HTTP leaving from `mgmt0`, the destination URL, TCP 443.',
      ],
    ),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const out: Finding[] = [];
    for (const a of model.show.authorizations) {
      if (a.status?.state !== 'AUTHORIZATION EXPIRED') continue;
      const related: RelatedLocation[] = [];
      for (const r of a.failureReasons) related.push({ range: r.range, message: t('why the renewals fail') });
      if (a.deadline) related.push({ range: a.deadline.range, message: t('communication deadline') });
      related.push(...relatedFor(model, 5));
      const reason = a.failureReasons[0]?.value;
      out.push({
        ruleId: id, severity: 'error', range: a.status.range, fixes: [], related,
        remedy: [...(remedyFor(model, 5) ?? []), comment(t('once CSSM is reachable again, exec mode:')), 'license smart renew auth'],
        message: reason
          ? t('Authorization expired: no contact with CSSM for 90 days ("{reason}"). Restore the path to CSSM, then "license smart renew auth".', { reason: reason.replace(/\.$/, '') })
          : t('Authorization expired: no contact with CSSM for 90 days. Restore the path to CSSM, then "license smart renew auth".'),
      });
    }
    // The log says it too (ref: `%SMART_LIC-…-AUTH_EXPIRED` / `AUTHORIZATION_EXPIRED`), unless a renewal succeeded since.
    const authorizedNow = model.show.authorizations.some((a) => a.status?.state === 'AUTHORIZED');
    for (const s of model.show.syslog) {
      if (s.facility !== 'SMART_LIC' || !/^AUTH(?:ORIZATION)?_EXPIRED$/.test(s.mnemonic) || authorizedNow || recovered(model, s, 'authorization')) continue;
      out.push({
        ruleId: id, severity: 'error', range: syslogRange(s), fixes: [], related: relatedFor(model, 5),
        remedy: [...(remedyFor(model, 5) ?? []), comment(t('once CSSM is reachable again, exec mode:')), 'license smart renew auth'],
        message: t('{mnemonic}: no contact with CSSM for 90 days, so it took the licences back. Restore the path to CSSM, then "license smart renew auth".', { mnemonic: `%${s.key}` }),
      });
    }
    for (const v of model.show.versionStatus) {
      if (v.authorization !== 'AUTHORIZATION EXPIRED') continue;
      out.push({
        ruleId: id, severity: 'error', range: v.field.range, fixes: [], remedy: [comment(t('once CSSM is reachable again, exec mode:')), 'license smart renew auth'],
        message: t('Smart Licensing status {status}: no contact with CSSM for more than 90 days; restore the path to CSSM, then "license smart renew auth".', { status: v.field.value }),
      });
    }
    return out;
  },
};
