// Show-output evidence of XE scenario 4 ("Communication transport not available") that confirms the
// configuration rules about a broken call-home transport (call-home-service-disabled,
// licensing-profile-missing-reporting, no-active-licensing-profile). SPEC §6, last paragraph: a config
// finding names the show evidence in the same text and links to it (LSP relatedInformation).
import { t } from '../../l10n';
import { DeviceModel } from '../../model/types';
import { MAX_RELATED, RelatedLocation } from '../../types';
import { confirmedOnLine, recovered, syslogRange } from './evidence';

const TRANSPORT_NOT_AVAILABLE = /communication transport not available/i;

/** Which scenario-4 texts confirm a rule: the generic failure, `call home feature : disable`, the user-profile refusal. */
export interface Scenario4Kinds {
  transport?: boolean;
  serviceDisabled?: boolean;
  userProfile?: boolean;
}

export function scenario4Evidence(model: DeviceModel, kinds: Scenario4Kinds): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  const show = model.show;
  if (kinds.serviceDisabled) {
    for (const f of show.callHomeFeature) if (/^disable/i.test(f.value)) out.push({ range: f.range, message: t('show output: call home feature is disabled') });
  }
  if (kinds.transport) {
    for (const block of [...show.registrations, ...show.authorizations]) {
      for (const r of block.failureReasons) {
        if (TRANSPORT_NOT_AVAILABLE.test(r.value)) out.push({ range: r.range, message: t('show output: {text}', { text: 'Failure reason: Communication transport not available' }) });
      }
    }
  }
  for (const r of show.syslog) {
    if (out.length >= MAX_RELATED) break;
    const userProfile = r.key === 'CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE';
    const transport = r.facility === 'SMART_LIC' && TRANSPORT_NOT_AVAILABLE.test(r.text);
    if (!((kinds.userProfile && userProfile) || (kinds.transport && transport))) continue;
    // A failure the device later recovered from is history (SPEC §3.3).
    if (recovered(model, r, 'communication')) continue;
    out.push({ range: syslogRange(r), message: userProfile
      ? t('{mnemonic}: call-home refused because of an active user profile', { mnemonic: `%${r.key}` })
      : `%${r.key}: Communication transport not available` });
  }
  return out.slice(0, MAX_RELATED);
}

/** Added to a message whose severity dropped to info because the licensing mode is undecided (SPEC §1). */
export function undecidedModeNote(): string {
  return ` ${t('(Mode undecided: fine on SLP with Smart Transport or CSLU.)')}`;
}

/** The words a message adds when the same text confirms the finding (the related location says how): ` Confirmed on line N.` */
export function confirmedBy(evidence: RelatedLocation[]): string {
  if (evidence.length === 0) return '';
  return confirmedOnLine(evidence[0].range.start.line + 1);
}
