// dns-not-configured: the licensing destination is a host name and the device cannot resolve it —
// no `ip host` for it, and no name server or lookup switched off. XE scenario 5 ("DNS or ip host":
// Fail to send out Call Home HTTP message), the SLP seed's `COMM_FAILED … Unable to resolve server
// hostname/domain name`, NX-OS CSCvv67469 (a missing DNS reply hangs callhome).
//
// No fix: which name server to use (or which address to pin with `ip host`) is the user's to give.
import { t } from '../l10n';
import { callHomeUsesHttp, hostsNeedingDns, iosCallHomeCarriesLicensing, isIosXr, LicensingHost } from '../model/licensingPath';
import { DeviceModel } from '../model/types';
import { ConfigNode } from '../parse/config';
import { Finding, MAX_RELATED, RelatedLocation, Severity } from '../types';
import { nodeRange, relatedNode } from './lib/evidence';
import { failureEvidence } from './lib/sendFailure';
import { docsUrl, Rule } from './types';

const id = 'dns-not-configured';

/** The line that turns licensing on: `call-home`, NX-OS `callhome`, or `license smart transport …`. */
function transportNode(model: DeviceModel, hosts: LicensingHost[]): ConfigNode {
  const c = model.config;
  if (c.nxCallhome && (model.dialect === 'nxos' || !c.callHome)) return c.nxCallhome.node;
  if (c.callHome && iosCallHomeCarriesLicensing(model) && callHomeUsesHttp(model)) return c.callHome.node;
  return c.licenseSmart.transport?.node ?? hosts[0].node;
}

function describe(h: LicensingHost): string {
  if (h.role === 'proxy') return `the proxy ${h.host}`;
  return h.builtIn ? `${h.host} (built-in destination)` : h.host;
}

export const dnsNotConfigured: Rule = {
  id,
  meta: {
    description: 'The licensing destination is a host name, but there is no name server (or lookup is off) and no ip host for it.',
    defaultSeverity: 'warning',
    fixable: 'none',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'Licensing reaches Cisco by name: an active `CiscoTAC-1` sends to `tools.cisco.com` even when the running-config prints no URL,',
      'Smart Transport to `smartreceiver.cisco.com`. With no name server (or `no ip domain lookup`) and no `ip host` for that name, the',
      'device cannot open the session: *Fail to send out Call Home HTTP message* (scenario 5), or on SLP',
      '`%SMART_LIC-3-COMM_FAILED … Unable to resolve server hostname/domain name`.',
      '',
      '```cisco',
      'ip domain lookup',
      'ip name-server 192.0.2.53',
      '! or, without DNS:',
      'ip host tools.cisco.com <address>',
      '```',
      '',
      'NX-OS: `ip domain-lookup` and `ip name-server <address> use-vrf management` (or inside `vrf context management`).',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const c = model.config;
    const dns = c.dns;
    if (dns.nameServers.length > 0 && !dns.lookupDisabled) return [];
    if (isIosXr(model)) return [];
    const hosts = hostsNeedingDns(model);
    if (hosts.length === 0) return [];
    // Hosts as the message names them: a built-in destination by its name alone.
    const shown = new Map<string, string>();
    for (const h of hosts) if (!shown.has(describe(h))) shown.set(describe(h), h.role === 'proxy' ? t('the proxy {host}', { host: h.host }) : h.host);
    const names = [...shown.values()];
    const nx = model.dialect === 'nxos';
    let severity: Severity = 'warning';
    let weak = '';
    if (c.interfaces.withDhcp().length > 0) {
      // DHCP can hand out a name server the config does not print (SPEC §3.1's routing-unknown reasoning, for DNS).
      severity = 'info';
      weak = ` ${t('(DHCP may supply one: check "show hosts".)')}`;
    } else if (!model.scope.isFull && !dns.lookupDisabled) {
      // A `| section` paste or change script: the DNS lines may be in the part that was not pasted.
      severity = 'info';
      weak = ` ${t('(Partial config: check the device has one.)')}`;
    }
    const evidence = failureEvidence(model, ['resolve', 'send']);
    const related: RelatedLocation[] = [];
    for (const h of hosts) related.push(relatedNode(h.node, h.builtIn ? t('{host}: built-in destination of this transport', { host: h.host }) : t('{host} has to be resolved', { host: h.host })));
    if (dns.lookupDisabled) related.push(relatedNode(dns.lookupDisabled, t('DNS lookup is off')));
    related.push(...evidence.related);
    const node = transportNode(model, hosts);
    const fixHint = nx
      ? t('Add "ip name-server <address> use-vrf <vrf>".')
      : dns.lookupDisabled ? t('Add "ip name-server <address>" and "ip domain lookup" or "ip host".') : t('Add "ip name-server <address>" or "ip host".');
    return [{
      ruleId: id, severity, range: nodeRange(node),
      message: `${dns.lookupDisabled
        ? t('{hosts} cannot be resolved ("{command}", no "ip host"): messages to Cisco fail.', { hosts: names.join(', '), command: dns.lookupDisabled.text })
        : t('{hosts} cannot be resolved (no name server, no "ip host"): messages to Cisco fail.', { hosts: names.join(', ') })} ${fixHint}${weak}${evidence.note}`,
      fixes: [],
      related: related.length ? related.slice(0, MAX_RELATED) : undefined,
    }];
  },
};
