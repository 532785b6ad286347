// server-identity-ip-url: an IOS-XE call-home destination reaches its server by IP address over
// HTTPS while the server identity check is on (no `no http secure server-identity-check` under
// `call-home`) — XE scenario 6's note: the check compares the URL's host with the server
// certificate, and a certificate issued to a name does not match an address. The seed's remedy is the
// certificate's common name in the URL, mapped by `ip host` when there is no DNS; an `ip host` line
// alone does not help while the URL still holds the address.
//
// Scope: IOS-XE only (NX-OS has no such command, SPEC §3.2). Only destinations that are used: a
// profile known inactive (`no active`) sends nothing, and a profile whose transport methods exclude
// http never uses its HTTP address. A CiscoTAC-1 whose activity the text does not decide still
// counts: the seed puts its on-prem URL under CiscoTAC-1, and the finding is info. https only: plain
// http has no certificate. Info, because certificates can carry the address (many sites work so).
//
// Fix: when exactly one `ip host <name> <that address>` exists, a manual (never fix-all) rewrite of
// the URL's host to that name: the name is very likely the certificate's, but only the user can
// confirm it. Otherwise no fix: the certificate's name is not in the text.
import { t } from '../l10n';
import { confirmedOnLine } from './lib/evidence';
import { Destination, licensingDestinations } from '../model/destinations';
import { DeviceModel } from '../model/types';
import { ConfigNode } from '../parse/config';
import { Finding, Fix, MAX_RELATED, range, RelatedLocation } from '../types';
import { relatedNode } from './lib/evidence';
import { isIpv4, isIpv6Literal, scenarioEvidence, sendsByHttp, soundLayout } from './lib/urlShape';
import { docsUrl, Rule } from './types';

const id = 'server-identity-ip-url';

/** `ip host [vrf V] <name> [tcp-port] <address>…` lines that map a name to this address. */
function staticHostsFor(model: DeviceModel, address: string): { name: string; node: ConfigNode }[] {
  const out: { name: string; node: ConfigNode }[] = [];
  for (const h of model.config.dns.hosts) {
    const words = h.node.words.map((w) => w.text);
    const at = words[2] === 'vrf' ? 4 : 2;
    if (words.slice(at + 1).includes(address)) out.push({ name: words[at], node: h.node });
  }
  return out;
}

function findingFor(model: DeviceModel, d: Destination): Finding | null {
  const l = soundLayout(d);
  if (!l || l.scheme.toLowerCase() !== 'https') return null;
  if (!isIpv4(l.host) && !isIpv6Literal(l.host)) return null;
  const address = l.host;
  const hosts = isIpv4(address) ? staticHostsFor(model, address) : [];
  const names = [...new Set(hosts.map((h) => h.name.toLowerCase()))];
  const fixes: Fix[] = [];
  if (names.length === 1) {
    const name = hosts[0].name;
    fixes.push({
      title: t('Use {name} (from "ip host {name} {address}") in the URL — it must be the certificate\'s common name', { name, address }),
      safe: false,
      edits: [{ range: range(d.line, d.start + l.hostStart, d.start + l.hostStart + address.length), newText: name }],
    });
  }
  const scenario6 = scenarioEvidence(model, 6, t('scenario 6 evidence in this text'));
  const related: RelatedLocation[] = [
    ...scenario6,
    ...hosts.map((h) => relatedNode(h.node, t('maps {name} to {address}; the URL must name it for the check to pass', { name: h.name, address }))),
  ].slice(0, MAX_RELATED);
  const evidence = scenario6[0];
  const finding: Finding = {
    ruleId: id, severity: 'info', range: range(d.line, d.start + l.hostStart, d.start + l.hostStart + address.length),
    message: (names.length
      ? t('The URL names {address}, which a certificate issued to a name does not match: use the certificate\'s name (as in "ip host {name}").', { address, name: hosts[0].name })
      : t('The URL names {address}, which a certificate issued to a name does not match: use the certificate\'s name.', { address }))
      + (evidence ? confirmedOnLine(evidence.range.start.line + 1) : ''),
    fixes,
  };
  if (related.length) finding.related = related;
  return finding;
}

export const serverIdentityIpUrl: Rule = {
  id,
  meta: {
    description: 'IOS-XE: an on-prem HTTPS destination by IP address while the server identity check is on (scenario 6).',
    defaultSeverity: 'info',
    fixable: 'manual',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'During the TLS handshake IOS-XE checks that the host in the URL matches the server\'s certificate. An IP address does not',
      'match a certificate issued to a name, so messages to SSM On-Prem can fail; XE scenario 6 shows the device falling back to',
      '`UNREGISTERED` / `EVAL MODE` with `LS_INVALID_DATA`. Use the certificate\'s common name, mapped with `ip host` if there is no DNS:',
      '',
      '```cisco',
      'ip host ssm-onprem.example.com 192.0.2.80',
      'call-home',
      ' profile "SSM-OnPrem"',
      '  destination address http https://ssm-onprem.example.com/Transportgateway/services/DeviceRequestHandler',
      '```',
      '',
      'Last resort: `no http secure server-identity-check` under `call-home`.',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    if (model.dialect === 'nxos') return [];
    const callHome = model.config.callHome;
    if (!callHome || callHome.serverIdentityCheckOff) return [];
    const out: Finding[] = [];
    for (const d of licensingDestinations(model)) {
      if (d.source !== 'call-home' || !d.profile) continue;
      if (d.profile.activity === 'inactive' || !sendsByHttp(d)) continue;
      const f = findingFor(model, d);
      if (f) out.push(f);
    }
    return out;
  },
};
