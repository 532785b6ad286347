// Is call-home *meant* to carry Smart Licensing on this device, whatever its profiles say today?
//
// `DeviceModel.callHomeCarriesLicensing` answers "does it carry licensing now" (an active profile that
// reports licensing data). The rules about a broken call-home transport (XE scenario 4: `no service
// call-home`, no active profile, an active user profile without licensing data) need the other
// question, because in exactly those configs nothing carries licensing: the intent comes from the
// licensing mode and release (SPEC §1, §3.3), not from the profiles.
import { parseVersion } from './mode';
import { DeviceModel, Version } from './types';

/**
 * 'yes': call-home is the licensing transport (classic Smart Licensing on a release where it is the
 * only licensing, or SLP with `license smart transport callhome`). 'undecided': the mode cannot be
 * decided (SPEC §1), so advice that differs between classic and SLP drops to the severity the rule's
 * row gives. 'no': NX-OS, SLP on another transport, or a release where Smart Licensing is optional and
 * the text shows no sign of it.
 */
export type CallHomeLicensingIntent = 'yes' | 'undecided' | 'no';

/** The release the mode was decided from: a full `show version` string, else the config's `version`. */
function effectiveVersion(model: DeviceModel): Version | undefined {
  const r = model.show.release;
  const shown = r ? parseVersion(r.text, r.line, 'show-version') : undefined;
  return shown && shown.patch >= 0 ? shown : model.version;
}

/** Before 16.9.1 (switches) / 16.10.1 (routers) Smart Licensing is optional (SPEC §1 table). */
function smartLicensingOptional(v: Version | undefined): boolean {
  return !!v && (v.major < 16 || (v.major === 16 && v.minor < 9));
}

/** SLP's transport: the config's `license smart transport`, else `Transport: Type:` of a show output. */
function slpTransportIsCallHome(model: DeviceModel): boolean {
  const configured = model.config.licenseSmart.transport?.value;
  if (configured) return configured.toLowerCase() === 'callhome';
  const shown = model.show.transports[0]?.value;
  return !!shown && /^call ?home$/i.test(shown.trim());
}

export function callHomeLicensingIntent(model: DeviceModel): CallHomeLicensingIntent {
  // IOS-XR (not a platform of SPEC §1): its call-home lines would read as a broken IOS-XE transport.
  if (model.dialect === 'nxos' || model.iosXr) return 'no';
  if (model.mode === 'slp') return slpTransportIsCallHome(model) ? 'yes' : 'no';
  if (model.mode === 'undecided') return 'undecided';
  // Classic. On IOS 15.x / IOS-XE before 16.9 call-home often serves Smart Call Home alone (and
  // hardening baselines switch it off): licensing is meant only when the text shows Smart Licensing.
  if (smartLicensingOptional(effectiveVersion(model))) {
    return model.config.licenseSmart.nodes.length > 0 || model.show.classicEvidenceLine >= 0 ? 'yes' : 'no';
  }
  return 'yes';
}
