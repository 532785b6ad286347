// http-destination: a licensing / call-home destination on http:// (SPEC §6; XE troubleshooting
// note on HTTP deprecation; NX known problem 2, "Failed to parse response data from SCH server").
import { Destination, licensingDestinations } from '../model/destinations';
import { DeviceModel } from '../model/types';
import { t } from '../l10n';
import { Finding, Fix, Severity, range } from '../types';
import { isCiscoHost, parseUrl, toHttps, UrlParts } from './lib/url';
import { docsUrl, Rule } from './types';

const id = 'http-destination';

interface Judgement {
  severity: Severity;
  httpsUrl: string;
  /** Whether a scheme rewrite is offered, and whether it is safe for fix-all. */
  fix: 'safe' | 'manual' | 'none';
  /** The message, given who sends (a profile named in the user's language, or a command). */
  message: (where: string) => string;
}

function judge(parts: UrlParts): Judgement {
  const httpsUrl = toHttps(parts);
  if (isCiscoHost(parts.host)) {
    return {
      severity: 'error', httpsUrl, fix: 'safe',
      message: (where) => t("{where} sends over HTTP, which Cisco's cloud ({host}) refuses: registration fails. Use https://.", { where, host: parts.host }),
    };
  }
  const explicitPort = parts.port !== '' && parts.port !== '80';
  return {
    severity: 'warning', httpsUrl, fix: explicitPort ? 'none' : 'manual',
    message: (where) => (explicitPort
      ? t('{where} sends over HTTP, which {host} still accepts but is deprecated: move to HTTPS after checking which port serves it (not :{port}).', { where, host: parts.host, port: parts.port })
      : t('{where} sends over HTTP, which {host} still accepts but is deprecated: use https:// once it serves HTTPS.', { where, host: parts.host })),
  };
}

function httpParts(url: string): UrlParts | null {
  const parts = parseUrl(url);
  return parts && parts.scheme === 'http' ? parts : null;
}

// Destinations come from model/destinations.ts, which reads a quoted URL (`"http://…"`) without its
// quotes: the finding covers the URL's own characters and the fix rewrites it inside the quotes.
function configFinding(dest: Destination, where: string): Finding | null {
  const parts = httpParts(dest.url);
  if (!parts) return null;
  const j = judge(parts);
  const fixes: Fix[] = [];
  if (j.fix !== 'none') {
    fixes.push({
      title: t('Use {url}', { url: j.httpsUrl }),
      safe: j.fix === 'safe',
      edits: [{ range: range(dest.line, dest.start, dest.end), newText: j.httpsUrl }],
    });
  }
  return {
    ruleId: id, severity: j.severity, range: range(dest.line, dest.start, dest.end),
    message: j.message(where),
    fixes,
  };
}

function showFinding(profile: string, dest: Destination): Finding | null {
  const parts = httpParts(dest.url);
  if (!parts) return null;
  const j = judge(parts);
  return {
    ruleId: id, severity: j.severity, range: range(dest.line, dest.start, dest.end),
    message: j.message(t('Call-home profile "{profile}"', { profile })),
    fixes: [],
    remedy: j.fix === 'none' ? undefined : ['call-home', ` profile "${profile}"`, `  destination address http ${j.httpsUrl}`],
  };
}

export const httpDestination: Rule = {
  id,
  meta: {
    description: 'A licensing or call-home destination uses http:// where https:// is required.',
    defaultSeverity: 'error',
    fixable: 'mixed',
    group: 'headline',
    docsUrl: docsUrl(id),
    explanation: [
      "Cisco's licensing cloud (`tools.cisco.com`, `smartreceiver.cisco.com`) answers only HTTPS (TCP 443). A destination on",
      '`http://` makes every registration, renewal and usage report fail; NX-OS logs *Failed to parse response data from SCH',
      'server*, IOS-XE reports *Fail to send out Call Home HTTP message*. SSM On-Prem and Transport Gateway still accept HTTP,',
      'but it is deprecated there. The keyword `http` in `destination address http` names the transport; only the URL\'s scheme matters.',
      '',
      '```cisco',
      'call-home',
      ' profile "CiscoTAC-1"',
      '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const out: Finding[] = [];
    const push = (f: Finding | null) => f && out.push(f);
    // IOS-XR is not a platform of SPEC §1: silent there, as every rule.
    if (model.iosXr) return out;
    for (const d of licensingDestinations(model)) {
      switch (d.source) {
        case 'call-home':
          push(configFinding(d, t('Call-home profile "{profile}"', { profile: d.profile?.name ?? '' })));
          break;
        case 'callhome':
          push(configFinding(d, t('Callhome destination-profile {profile}', { profile: d.nxProfile ?? '' })));
          break;
        case 'license-smart-url':
          // CSLU is plain HTTP by design: decided by the keyword, not the port (SPEC §6).
          if (d.smartUrlKind === '' || d.smartUrlKind === 'smart') push(configFinding(d, d.label));
          break;
        case 'show':
          push(showFinding(d.showProfile?.name.value ?? '', d));
          break;
      }
    }
    return out;
  },
};
