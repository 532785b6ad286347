// no-active-licensing-profile: call-home is the licensing transport but every profile is known
// inactive (`no active` under each, CiscoTAC-1 included), so licensing has no destination: the dead
// end of XE scenario 4, "Communication transport not available".
//
// model.callHomeCarriesLicensing is 'no' in exactly this config (no active profile), so the intent
// comes from the mode (callHomeLicensingIntent): classic, or SLP with `license smart transport
// callhome`; an undecided mode gives info (docs page). A CiscoTAC-1 with neither `active` nor
// `no active` may be active (SPEC §3.1): silent unless a show output in the same text says INACTIVE
// (the model merges it). No fix: which profile to turn on is the user's decision.
import { callHomeLicensingIntent } from '../model/licensingIntent';
import { DeviceModel } from '../model/types';
import { Finding, MAX_RELATED, RelatedLocation, Severity, range } from '../types';
import { relatedNode } from './lib/evidence';
import { confirmedBy, scenario4Evidence, undecidedModeNote } from './lib/scenario4';
import { t } from '../l10n';
import { docsUrl, Rule } from './types';

const id = 'no-active-licensing-profile';

export const noActiveLicensingProfile: Rule = {
  id,
  meta: {
    description: 'Call-home is the licensing transport, but every call-home profile is inactive.',
    defaultSeverity: 'error',
    fixable: 'none',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'Every call-home profile has `no active`, CiscoTAC-1 included, yet call-home is this device\'s licensing transport. Licensing has no',
      'destination: *Communication transport not available* (scenario 4); an unregistered device stays on evaluation and a registered one',
      'stops renewing. Turn on the one profile that reaches your licensing server:',
      '',
      '```cisco',
      'call-home',
      ' profile "CiscoTAC-1"',
      '  active',
      '```',
      '',
      'For SSM On-Prem, make its profile `active` and give it `reporting smart-licensing-data`.',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const ch = model.config.callHome;
    if (!ch || model.dialect === 'nxos' || ch.profiles.length === 0) return [];
    if (!ch.profiles.some((p) => p.isCiscoTac)) return [];
    if (ch.profiles.some((p) => p.activity !== 'inactive')) return [];
    const intent = callHomeLicensingIntent(model);
    if (intent === 'no') return [];
    const severity: Severity = intent === 'yes' ? 'error' : 'info';
    const evidence = scenario4Evidence(model, { transport: true });
    // The switched-off profiles that would carry licensing: the candidates to turn back on.
    const candidates: RelatedLocation[] = ch.profiles
      .filter((p) => p.reportsLicensing)
      .map((p) => relatedNode(p.noActiveNode ?? p.node, t('profile "{profile}" reports licensing data but is inactive', { profile: p.name })));
    const names = ch.profiles.filter((p) => p.reportsLicensing).map((p) => `"${p.name}"`);
    const node = ch.node;
    return [{
      ruleId: id, severity, range: range(node.line, node.indent, node.end),
      message: `${t('Every call-home profile is inactive, so licensing has no destination and registration fails.')} ${
        names.length === 0 ? t('Make one active.')
          : names.length === 1 ? t('Make one active ({profile}).', { profile: names[0] })
            : t('Make one active ({first} or {second}).', { first: names[0], second: names[1] })
      }${confirmedBy(evidence)}${intent === 'undecided' ? undecidedModeNote() : ''}`,
      fixes: [],
      related: [...evidence, ...candidates].slice(0, MAX_RELATED),
    }];
  },
};
