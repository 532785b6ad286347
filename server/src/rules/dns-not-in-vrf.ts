// dns-not-in-vrf: licensing traffic is bound to VRF V, but the name servers are configured only in
// the global table (or other VRFs): the lookup of tools.cisco.com / smartreceiver.cisco.com goes out
// where there is no route, and the message never leaves (XE: "ip name-server vrf <VRF>" when the
// DNS server is reached through a VRF; SLP seed: the VRF variants of the DNS commands; scenario 5).
//
// Never reported together with dns-not-configured: with no name server at all, or lookup switched
// off, the cause is that rule's. No fix: the name server's address in V is the user's to give.
import { t } from '../l10n';
import { hostsNeedingDns, isIosXr, licensingVrfs, nameServersIn } from '../model/licensingPath';
import { findInterface } from '../model/queries';
import { DeviceModel } from '../model/types';
import { Finding, Fix, MAX_RELATED, RelatedLocation, Severity } from '../types';
import { replaceCommand } from './lib/edits';
import { nodeRange, relatedNode } from './lib/evidence';
import { failureEvidence } from './lib/sendFailure';
import { docsUrl, Rule } from './types';

const id = 'dns-not-in-vrf';

export const dnsNotInVrf: Rule = {
  id,
  meta: {
    description: 'Licensing traffic uses a VRF, but the name servers are only configured outside it, or DNS lookups leave from an interface outside it.',
    defaultSeverity: 'warning',
    fixable: 'manual',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'When licensing leaves through a VRF (`vrf Mgmt-vrf` under `call-home`, `license smart vrf`, an HTTP client source interface in',
      'the VRF, NX-OS `transport http use-vrf`), the name of Cisco\'s server must be resolved in that VRF too. A name server configured',
      'only globally is asked through the global table, the lookup fails, and so does the message (scenario 5; on SLP',
      '`COMM_FAILED … Unable to resolve server hostname/domain name`). With the name server in the VRF, the lookup\'s source interface must be',
      'in that VRF too (`vrf forwarding <VRF>` on the `ip domain lookup source-interface` interface), or the query leaves from the wrong table.',
      '',
      '```cisco',
      'ip domain lookup vrf Mgmt-vrf source-interface GigabitEthernet0/0',
      'ip name-server vrf Mgmt-vrf 192.0.2.53',
      '! NX-OS',
      'ip name-server 192.0.2.53 use-vrf management',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    return [...serversOutsideVrf(model), ...lookupSourceOutsideVrf(model)];
  },
};

function serversOutsideVrf(model: DeviceModel): Finding[] {
    const c = model.config;
    const dns = c.dns;
    if (dns.lookupDisabled || dns.nameServers.length === 0) return [];
    if (isIosXr(model)) return [];
    const bound = licensingVrfs(model).filter((v) => v.vrf !== 'default');
    if (bound.length === 0) return [];
    const vrfs = [...new Set(bound.map((v) => v.vrf))];
    // Two different VRFs (call-home says one, the HTTP client another) are missing-vrf's conflict:
    // a name server in either is enough here.
    if (vrfs.some((v) => nameServersIn(model, v).length > 0)) return [];
    const hosts = hostsNeedingDns(model);
    if (hosts.length === 0) return [];
    const servers = dns.nameServers;
    const anchor = servers[0];
    const nx = model.dialect === 'nxos';
    const vrf = vrfs[0];
    const globalOnly = servers.every((s) => s.vrf === undefined || s.vrf === 'default');
    let severity: Severity = 'warning';
    let weak = '';
    if (c.interfaces.withDhcp().some((i) => vrfs.includes(i.vrf?.value ?? ''))) {
      severity = 'info';
      weak = ` ${t('(DHCP may supply one there.)')}`;
    } else if (!model.scope.isFull) {
      severity = 'info';
      weak = ` ${t('(Partial config: it may be in the part not pasted.)')}`;
    }
    // The lookup source interface and the NX-OS vrf context form are in the hover and the page.
    const add = nx ? `"ip name-server <address> use-vrf ${vrf}"` : `"ip name-server vrf ${vrf} <address>"`;
    const evidence = failureEvidence(model, ['resolve', 'send']);
    const related: RelatedLocation[] = [
      ...bound.map((b) => relatedNode(b.node, t('licensing traffic uses VRF {vrf}', { vrf: b.vrf }))),
      ...hosts.map((h) => relatedNode(h.node, h.builtIn ? t('{host}: built-in destination, resolved in VRF {vrf}', { host: h.host, vrf }) : t('{host} has to be resolved in VRF {vrf}', { host: h.host, vrf }))),
      ...servers.slice(1).map((s) => relatedNode(s.node, s.vrf ? t('name server in VRF {vrf}', { vrf: s.vrf }) : t('global name server'))),
      ...evidence.related,
    ];
    const names = [...new Set(hosts.map((h) => h.host))].join(', ');
    return [{
      ruleId: id, severity, range: nodeRange(anchor.node),
      message: `${globalOnly
        ? t('{hosts} cannot be resolved in VRF {vrf}, which licensing uses: name servers are only in the global table. Add {command}.', { hosts: names, vrf: vrfs.join('/'), command: add })
        : t('{hosts} cannot be resolved in VRF {vrf}, which licensing uses: name servers are only outside VRF {vrf}. Add {command}.', { hosts: names, vrf: vrfs.join('/'), command: add })}${weak}${evidence.note}`,
      fixes: [],
      related: related.slice(0, MAX_RELATED),
    }];
}


/**
 * The DNS lookup's source interface must sit in the VRF the name server is reached through (the
 * Chinese XE article: with `ip name-server vrf <VRF> <ip>`, the `ip domain lookup source-interface`
 * interface carries `vrf forwarding <VRF>`). Licensing resolves its server through VRF V's name server;
 * a lookup sourced from an interface outside V cannot reach it. IOS-XE only: NX-OS picks the VRF with
 * `use-vrf` on the name server (SPEC §3.2). Silent when the interface is not in the text (a fragment).
 */
function lookupSourceOutsideVrf(model: DeviceModel): Finding[] {
  const c = model.config;
  const lookup = c.dns.lookupSourceInterface;
  if (!lookup || c.dns.lookupDisabled || model.dialect === 'nxos' || isIosXr(model)) return [];
  const intf = findInterface(model, lookup.name);
  if (!intf) return [];
  const bound = licensingVrfs(model).filter((v) => v.vrf !== 'default');
  // The VRF whose name server licensing uses: the lookup line's own `vrf V`, else the licensing VRF that has one.
  const vrf = lookup.vrf ?? bound.map((b) => b.vrf).find((v) => nameServersIn(model, v).length > 0);
  if (!vrf || !bound.some((b) => b.vrf === vrf) || nameServersIn(model, vrf).length === 0) return [];
  const intfVrf = intf.vrf?.value;
  if (intfVrf === vrf) return [];
  if (hostsNeedingDns(model).length === 0) return [];
  const inVrf = [...c.interfaces.values()].filter((i) => i.vrf?.value === vrf && !i.shutdown && (i.addresses.length > 0 || i.dhcp));
  const fixes: Fix[] = [];
  if (inVrf.length === 1) {
    const w = lookup.node.words;
    const si = w.findIndex((x) => x.text === 'source-interface');
    const text = `${w.slice(0, si + 1).map((x) => x.text).join(' ')} ${inVrf[0].name}`;
    fixes.push({ title: t('Source DNS lookups from {interface} (VRF {vrf})', { interface: inVrf[0].name, vrf }), safe: false, edits: [replaceCommand(lookup.node, text)] });
  }

  const ns = nameServersIn(model, vrf);
  return [{
    ruleId: id, severity: model.scope.isFull ? 'warning' : 'info', range: nodeRange(lookup.node),
    message: intfVrf
      ? t("DNS lookups leave from {interface}, in VRF {interfaceVrf}, but licensing's name server is in VRF {vrf}: use an interface in {vrf} as the lookup source.", { interface: intf.name, interfaceVrf: intfVrf, vrf })
      : t("DNS lookups leave from {interface}, in the global table, but licensing's name server is in VRF {vrf}: use an interface in {vrf} as the lookup source.", { interface: intf.name, vrf }),
    fixes,
    related: [
      relatedNode(intf.node, intfVrf ? t('{interface} is in VRF {vrf}', { interface: intf.name, vrf: intfVrf }) : t('{interface} is in the global table', { interface: intf.name })),
      ...ns.map((n) => relatedNode(n.node, t('name server in VRF {vrf}', { vrf }))),
      ...bound.filter((b) => b.vrf === vrf).map((b) => relatedNode(b.node, t('licensing traffic uses VRF {vrf}', { vrf }))),
    ].slice(0, MAX_RELATED),
  }];
}
