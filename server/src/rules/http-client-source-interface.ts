// http-client-source-interface: IOS-XE licensing traffic is bound to VRF V, but the HTTP client that
// carries it has no `ip http client source-interface`, or one outside V. XE caveats ("ip http client
// source-interface <interface-in-VRF>", the decisive line for HTTP transport) and scenario 5 ("the
// HTTPS client source interface is defined and correct"). Both transports use the IOS HTTP client:
// call-home and SLP Smart Transport / CSLU. NX-OS has no such command (SPEC §3.2): never there.
//
// Split with missing-vrf: that rule fires when the source interface *is* in a VRF the call-home /
// `license smart` lines do not name; this one when the VRF is named (or, for call-home, implied by
// the only default route) but the source interface is missing or global. A source interface in a
// third VRF is the naming conflict missing-vrf reports, so it is left to it.
import { t } from '../l10n';
import { callHomeUsesHttp, iosCallHomeCarriesLicensing, isIosXr, licensingVrfs, smartTransport } from '../model/licensingPath';
import { findInterface, onlyDefaultRouteVrf, routingUnknown } from '../model/queries';
import { DeviceModel, Interface } from '../model/types';
import { ConfigNode } from '../parse/config';
import { Finding, Fix, MAX_RELATED, RelatedLocation, Severity } from '../types';
import { insertLineAfter, insertLineBefore, replaceCommand } from './lib/edits';
import { nodeRange, relatedNode } from './lib/evidence';
import { failureEvidence } from './lib/sendFailure';
import { docsUrl, Rule } from './types';

const id = 'http-client-source-interface';

interface Binding {
  vrf: string;
  /** The line that binds licensing to the VRF (`vrf V` under call-home, `license smart vrf V`, the default route). */
  node: ConfigNode;
  byRoute: boolean;
  source: 'call-home vrf' | 'license smart vrf' | 'default route';
}

function binding(model: DeviceModel): Binding | undefined {
  const named = licensingVrfs(model, false).filter((v) => v.vrf !== 'default');
  if (named.length > 0) {
    const v = named[0];
    return { vrf: v.vrf, node: v.node, byRoute: false, source: v.source === 'call-home vrf' ? 'call-home vrf' : 'license smart vrf' };
  }
  // Call-home naming no VRF while the only default route is in one: nothing else reports it (missing-vrf
  // needs the HTTP client in the VRF). On Smart Transport the same case is missing-vrf's
  // (`license smart vrf` missing), so it is not repeated here.
  if (!(iosCallHomeCarriesLicensing(model) && callHomeUsesHttp(model))) return undefined;
  const vrf = onlyDefaultRouteVrf(model);
  if (!vrf) return undefined;
  const route = model.config.staticRoutes.find((r) => r.isDefault && r.vrf === vrf)!;
  return { vrf, node: route.node, byRoute: true, source: 'default route' };
}

/** Interfaces of the VRF that could source the client: up and addressed. */
function candidates(model: DeviceModel, vrf: string): Interface[] {
  return model.config.interfaces.inVrf(vrf).filter((i) => !i.shutdown && i.addresses.length > 0);
}

function insertionEdit(model: DeviceModel, text: string, fallback: ConfigNode) {
  // Beside the other `ip http …` lines, where `show running-config` prints it.
  const roots = model.config.roots;
  let anchor: ConfigNode | undefined;
  for (const r of roots) if (r.text.startsWith('ip http ')) anchor = r;
  if (anchor) return insertLineAfter(model.lines, anchor.lastLine, text);
  return insertLineBefore(model.lines, fallback.line, text);
}

export const httpClientSourceInterface: Rule = {
  id,
  meta: {
    description: 'IOS-XE licensing traffic must leave through a VRF, but ip http client source-interface is missing or outside that VRF.',
    defaultSeverity: 'warning',
    fixable: 'manual',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'Call-home and Smart Transport both send through the IOS HTTP client. When the way to Cisco is through a VRF (`vrf Mgmt-vrf` under',
      '`call-home`, `license smart vrf`, the default route in the VRF), the client must source from an interface in that VRF; otherwise',
      'it opens the session from the global table and the message never leaves: *Fail to send out Call Home HTTP message*',
      '(scenario 5, XE caveats).',
      '',
      '```cisco',
      'interface GigabitEthernet0/0',
      ' vrf forwarding Mgmt-vrf',
      ' ip address 192.0.2.10 255.255.255.0',
      'ip http client source-interface GigabitEthernet0/0',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const c = model.config;
    if (model.dialect === 'nxos' || (c.nxCallhome && !c.callHome) || !model.scope.hasConfig || isIosXr(model)) return [];
    if (!(iosCallHomeCarriesLicensing(model) && callHomeUsesHttp(model)) && !smartTransport(model)) return [];
    const b = binding(model);
    if (!b) return [];
    // Newer releases let call-home pick its own `source-interface` (SPEC §3.1, *ref*): one in V already
    // sources call-home's messages from the VRF.
    const own = c.callHome?.sourceInterface;
    if (b.source !== 'license smart vrf' && own && findInterface(model, own.value)?.vrf?.value === b.vrf) return [];
    const si = c.httpClientSourceInterface;
    let intf: Interface | undefined;
    if (si) {
      intf = findInterface(model, si.value);
      // An interface the text does not define (a fragment), in V, or in another VRF (missing-vrf's conflict).
      if (!intf || intf.vrf) return [];
    }
    let severity: Severity = 'warning';
    let weak = '';
    if (b.byRoute && (routingUnknown(model) || !model.scope.isFull)) {
      severity = 'info';
      weak = ` ${t('Routes may also come from DHCP, a default gateway or a routing protocol, so this is not certain.')}`;
    } else if (!si && !model.scope.isFull) {
      severity = 'info';
      weak = ` ${t('This text is not a full running-config: the line may be in the part not pasted.')}`;
    }
    const choices = candidates(model, b.vrf);
    const fixes: Fix[] = [];
    if (choices.length === 1) {
      const line = `ip http client source-interface ${choices[0].name}`;
      fixes.push({
        title: t('Source the HTTP client from {interface} (VRF {vrf})', { interface: choices[0].name, vrf: b.vrf }),
        safe: false,
        edits: [si ? replaceCommand(si.node, line) : insertionEdit(model, line, b.node)],
      });
    }
    const suggestion = choices.length === 1 ? choices[0].name : `<interface in ${b.vrf}>`;
    const evidence = failureEvidence(model, ['send']);
    const related: RelatedLocation[] = [relatedNode(b.node, b.byRoute ? t('only default route, in VRF {vrf}', { vrf: b.vrf }) : t('licensing traffic uses VRF {vrf}', { vrf: b.vrf }))];
    if (intf) related.push(relatedNode(intf.node, t('{interface} has no "vrf forwarding {vrf}"', { interface: intf.name, vrf: b.vrf })));
    for (const i of choices) related.push(relatedNode(i.node, t('interface in VRF {vrf}', { vrf: b.vrf })));
    related.push(...evidence.related);
    const p = { interface: si?.value ?? '', vrf: b.vrf, suggestion };
    const message = si
      ? (b.source === 'call-home vrf'
        ? t('{interface} is in the global table, but "vrf {vrf}" under call-home: licensing messages fail. Use "ip http client source-interface {suggestion}".', p)
        : b.source === 'license smart vrf'
          ? t('{interface} is in the global table, but "license smart vrf {vrf}": licensing messages fail. Use "ip http client source-interface {suggestion}".', p)
          : t('{interface} is in the global table, but the only default route is in VRF {vrf}: licensing messages fail. Use "ip http client source-interface {suggestion}".', p))
      : (b.source === 'call-home vrf'
        ? t('"vrf {vrf}" under call-home, but the HTTP client has no source in VRF {vrf}: messages fail. Add "ip http client source-interface {suggestion}".', p)
        : b.source === 'license smart vrf'
          ? t('"license smart vrf {vrf}", but the HTTP client has no source in VRF {vrf}: messages fail. Add "ip http client source-interface {suggestion}".', p)
          : t('The only default route is in VRF {vrf}, but the HTTP client has no source in VRF {vrf}: messages fail. Add "ip http client source-interface {suggestion}".', p));
    return [{
      ruleId: id, severity, range: nodeRange(si ? si.node : b.node),
      message: `${message}${weak}${evidence.note}`,
      fixes,
      related: related.slice(0, MAX_RELATED),
    }];
  },
};
