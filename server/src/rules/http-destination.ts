// http-destination: a licensing / call-home destination on http:// (SPEC §6; XE troubleshooting
// note on HTTP deprecation; NX known problem 2, "Failed to parse response data from SCH server").
import { HttpDestination } from '../model/types';
import { DeviceModel } from '../model/types';
import { ShowField } from '../model/show';
import { Finding, Fix, Severity } from '../types';
import { replaceWord } from './edits';
import { isCiscoHost, parseUrl, toHttps, UrlParts } from './url';
import { docsUrl, Rule } from './types';

const id = 'http-destination';

interface Judgement {
  severity: Severity;
  httpsUrl: string;
  /** Whether a scheme rewrite is offered, and whether it is safe for fix-all. */
  fix: 'safe' | 'manual' | 'none';
  why: string;
}

function judge(parts: UrlParts): Judgement {
  const httpsUrl = toHttps(parts);
  if (isCiscoHost(parts.host)) {
    return {
      severity: 'error', httpsUrl, fix: 'safe',
      why: `Cisco's cloud (${parts.host}) no longer accepts HTTP: registration and renewals fail until the destination uses https://`,
    };
  }
  const explicitPort = parts.port !== '' && parts.port !== '80';
  return {
    severity: 'warning', httpsUrl, fix: explicitPort ? 'none' : 'manual',
    why: explicitPort
      ? `HTTP to ${parts.host} is deprecated for licensing; move to HTTPS, but check which port the server serves HTTPS on before changing :${parts.port}`
      : `HTTP to ${parts.host} is deprecated for licensing (SSM On-Prem / Transport Gateway still accept it); switch to https:// once the server serves HTTPS on 443`,
  };
}

function httpParts(url: string): UrlParts | null {
  const parts = parseUrl(url);
  return parts && parts.scheme === 'http' ? parts : null;
}

function configFinding(dest: HttpDestination, where: string): Finding | null {
  const parts = httpParts(dest.url);
  if (!parts) return null;
  const j = judge(parts);
  const fixes: Fix[] = [];
  if (j.fix !== 'none') {
    fixes.push({
      title: `Use ${j.httpsUrl}`,
      safe: j.fix === 'safe',
      edits: [replaceWord(dest.node.line, dest.word, j.httpsUrl)],
    });
  }
  return {
    ruleId: id, severity: j.severity, range: { start: { line: dest.node.line, character: dest.word.start }, end: { line: dest.node.line, character: dest.word.end } },
    message: `${where} sends to ${dest.url}: ${j.why}.`,
    fixes,
  };
}

function showFinding(profile: string, addr: ShowField): Finding | null {
  const parts = httpParts(addr.value);
  if (!parts) return null;
  const j = judge(parts);
  return {
    ruleId: id, severity: j.severity, range: addr.range,
    message: `Call-home profile "${profile}" is configured with ${addr.value}: ${j.why}.`,
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
    for (const p of model.config.callHome?.profiles ?? []) {
      for (const d of p.httpDestinations) push(configFinding(d, `Call-home profile "${p.name}"`));
    }
    for (const p of model.config.nxCallhome?.profiles ?? []) {
      for (const d of p.httpDestinations) push(configFinding(d, `Callhome destination-profile ${p.name}`));
    }
    for (const u of model.config.licenseSmart.urls) {
      // CSLU is plain HTTP by design: decided by the keyword, not the port (SPEC §6).
      if ((u.kind === '' || u.kind === 'smart') && u.url && u.urlWord) {
        push(configFinding({ url: u.url, word: u.urlWord, node: u.node }, `license smart url${u.kind ? ' ' + u.kind : ''}`));
      }
    }
    for (const p of model.show.profiles) for (const a of p.httpAddresses) push(showFinding(p.name.value, a));
    return out;
  },
};
