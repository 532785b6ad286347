// The shape of a destination URL, character by character, for the rules that judge it
// (malformed-destination-url, onprem-url-path-case, server-identity-ip-url). url.ts's parseUrl
// accepts only well-formed URLs; these rules need to see the broken ones too (`https.//`, the XE
// seed's own copy of the Transport Gateway example) and to edit only the characters that are wrong.
import { t } from '../../l10n';
import { Destination } from '../../model/destinations';
import { DeviceModel } from '../../model/types';
import { MAX_RELATED, RelatedLocation, range } from '../../types';
import { reasonDoc, syslogRange } from './evidence';

/** The one service path each Cisco licensing host answers on (SPEC §3.1 call-home, §3.3 Smart Transport). */
export const CISCO_SERVICE_PATHS: ReadonlyMap<string, string> = new Map([
  ['tools.cisco.com', '/its/service/oddce/services/DDCEService'],
  ['smartreceiver.cisco.com', '/licservice/license'],
]);

/** SSM On-Prem / satellite / Transport Gateway request handler: case-sensitive (XE, "case-sensitive!"). */
export const ONPREM_HANDLER_PATH = '/Transportgateway/services/DeviceRequestHandler';

export interface UrlLayout {
  /** The scheme as typed (`https`, `htps`, `HTTPS`). */
  scheme: string;
  /** What stands between scheme and host as typed (`://`, `.//`, `:/`…). */
  separator: string;
  /** Index (in the URL) where the host starts. */
  hostStart: number;
  host: string;
  /** Explicit port as typed ('' when none; `:` alone gives ''). */
  port: string;
  hasPortColon: boolean;
  /** Index where path, query and fragment start. */
  restStart: number;
  rest: string;
}

// Separators people type instead of `://` (`https.//` is in the XE seed itself). `:` alone counts
// only after http/https: `localhost:8443/…` has no scheme at all.
const SEPARATORS = ['://', './/', ':\\\\', ';//', ':/', '//', ':'];

export function layoutOf(url: string): UrlLayout | null {
  let i = 0;
  while (i < url.length && /[A-Za-z]/.test(url[i])) i++;
  if (i === 0) return null;
  const scheme = url.slice(0, i);
  const sep = SEPARATORS.find((s) => url.startsWith(s, i));
  if (!sep) return null;
  if (sep === ':' && !/^https?$/i.test(scheme)) return null;
  let hostStart = i + sep.length;
  let j = hostStart;
  if (url[j] === '[') {
    const close = url.indexOf(']', j);
    j = close < 0 ? url.length : close + 1;
  }
  while (j < url.length && !'/?#\\'.includes(url[j])) j++;
  // Userinfo (`user:secret@`) runs to the last `@` of the authority, as WHATWG URL reads it.
  const at = url.lastIndexOf('@', j - 1);
  if (at >= hostStart) hostStart = at + 1;
  const authority = url.slice(hostStart, j);
  const bracketEnd = authority.startsWith('[') ? authority.indexOf(']') + 1 : 0;
  const colon = authority.indexOf(':', bracketEnd);
  const host = colon < 0 ? authority : authority.slice(0, colon);
  return {
    scheme, separator: sep, hostStart, host, port: colon < 0 ? '' : authority.slice(colon + 1), hasPortColon: colon >= 0,
    restStart: j, rest: url.slice(j),
  };
}

/** Damerau-style edit distance for the few letters of a scheme. */
function distance(a: string, b: string): number {
  const d: number[][] = [];
  for (let x = 0; x <= a.length; x++) d.push([x]);
  for (let y = 0; y <= b.length; y++) d[0][y] = y;
  for (let x = 1; x <= a.length; x++) {
    for (let y = 1; y <= b.length; y++) {
      const cost = a[x - 1] === b[y - 1] ? 0 : 1;
      d[x][y] = Math.min(d[x - 1][y] + 1, d[x][y - 1] + 1, d[x - 1][y - 1] + cost);
      if (x > 1 && y > 1 && a[x - 1] === b[y - 2] && a[x - 2] === b[y - 1]) d[x][y] = Math.min(d[x][y], d[x - 2][y - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** `htps`, `htttps`, `hxxps` (a defanged copy): close to https/http and starting with h. */
export function isSchemeTypo(scheme: string): boolean {
  const s = scheme.toLowerCase();
  if (s === 'http' || s === 'https') return false;
  return distance(s, 'https') <= 1 || (s.startsWith('h') && Math.min(distance(s, 'https'), distance(s, 'http')) <= 2);
}

export function closerToHttp(scheme: string): boolean {
  const s = scheme.toLowerCase();
  return distance(s, 'http') < distance(s, 'https');
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function isIpv4(host: string): boolean {
  const m = IPV4.exec(host);
  return !!m && m.slice(1).every((o) => Number(o) <= 255);
}

export function isIpv6Literal(host: string): boolean {
  return /^\[[0-9A-Fa-f:.]+(?:%[\w.-]+)?\]$/.test(host) && host.includes(':');
}

/** Why a host cannot be reached as written, or undefined when it can. */
export function hostProblem(host: string): string | undefined {
  if (host === '') return t('it has no host');
  if (host.startsWith('[')) return isIpv6Literal(host) ? undefined : t('"{host}" is not an IPv6 address', { host });
  if (/[<>{}]/.test(host)) return t('"{host}" is a placeholder from a document, not a host', { host });
  // The NX seed masks its on-prem address as `10.106.41.xx`: copied as is, it names no host.
  if (/^\d{1,3}(?:\.\d{1,3}){0,3}(?:\.(?:x+|\*+))+$/i.test(host)) return t('"{host}" is a masked address from a document, not a host', { host });
  if (!/^[A-Za-z0-9._-]+$/.test(host)) return t('"{host}" is not a host name (it holds characters a host name cannot have)', { host });
  if (/^[\d.]+$/.test(host) && !isIpv4(host)) return t('"{host}" is not a valid IPv4 address', { host });
  const labels = host.replace(/\.$/, '').split('.');
  if (labels.some((l) => l === '' || l.startsWith('-') || l.endsWith('-'))) return t('"{host}" is not a valid host name', { host });
  // `https://tools.cisco.comits/servicel/…` (XE seed, scenario 5 capture): the `/` after the host is gone.
  const runIn = /^(tools\.cisco\.com|smartreceiver\.cisco\.com)[a-z0-9]/i.exec(host);
  if (runIn) return t('"{host}" runs {service} into its path (a "/" is missing)', { host, service: runIn[1] });
  return undefined;
}

export function ciscoServiceHost(host: string): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return CISCO_SERVICE_PATHS.has(h) ? h : undefined;
}

/**
 * A URL whose scheme, separator, host and port are sound: what onprem-url-path-case and
 * server-identity-ip-url judge. Anything else is malformed-destination-url's to report first.
 */
export function soundLayout(d: Destination): UrlLayout | undefined {
  if (d.tail.length > 0 || /\s/.test(d.url)) return undefined;
  const l = layoutOf(d.url);
  if (!l || l.separator !== '://' || !/^https?$/i.test(l.scheme)) return undefined;
  if (hostProblem(l.host) || (l.hasPortColon && !/^\d{1,5}$/.test(l.port))) return undefined;
  return l;
}

/**
 * The destination as a message names it (model/destinations.ts `label`, in the user's language): a
 * call-home profile, an NX-OS destination profile, or the `license smart url` command as typed.
 */
export function destinationLabel(d: Destination): string {
  if (d.source === 'call-home' && d.profile) return t('call-home profile "{profile}"', { profile: d.profile.name });
  if (d.source === 'callhome' && d.nxProfile !== undefined) return t('callhome destination-profile {profile}', { profile: d.nxProfile });
  if (d.source === 'show' && d.showProfile) return t('call-home profile "{profile}" (show output)', { profile: d.showProfile.name.value });
  return d.label;
}

/** Does this destination's profile send by HTTP at all? (A profile whose transport methods exclude http never uses its HTTP address.) */
export function sendsByHttp(d: Destination): boolean {
  const methods = d.profile?.transportMethods ?? [];
  return methods.length === 0 || methods.some((m) => m.value === 'http');
}

/**
 * Show output in the same text that confirms a scenario (SPEC §6 last paragraph): syslog messages,
 * `SAEVT_*` records and `Failure reason:` lines whose text maps to it (docs/reasons.ts, as the
 * show-output rules map them).
 */
export function scenarioEvidence(model: DeviceModel, scenario: number | 'SLP', label: string): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  const push = (r: RelatedLocation) => out.length < MAX_RELATED && out.push(r);
  for (const r of model.show.syslog) if (reasonDoc(r.text)?.scenario === scenario) push({ range: syslogRange(r), message: `${label}: %${r.key}` });
  for (const e of model.show.events) {
    if (reasonDoc(`${e.fields.msgStatus ?? ''} ${e.fields.error ?? ''}`)?.scenario !== scenario) continue;
    const at = e.fieldRanges.msgStatus ?? e.fieldRanges.error ?? [e.start, e.end];
    push({ range: range(e.line, at[0], at[1]), message: `${label}: ${e.name}` });
  }
  for (const block of [...model.show.registrations, ...model.show.authorizations]) {
    for (const f of block.failureReasons) if (reasonDoc(f.value)?.scenario === scenario) push({ range: f.range, message: `${label}: Failure reason` });
  }
  return out;
}
