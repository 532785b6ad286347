// missing-vrf: licensing traffic must leave through a VRF and the config does not say so.
// XE scenario 5 ("VRF under call-home, if applicable"), the SLP seed (`license smart vrf` when
// Smart Transport uses a VRF), NX-OS `transport http use-vrf management` (NX seed).
import { callHomeUsesHttp, httpClientVrf, iosCallHomeCarriesLicensing } from '../model/licensingPath';
import { onlyDefaultRouteVrf, routingUnknown, defaultRoutes } from '../model/queries';
import { DeviceModel } from '../model/types';
import { Finding, Fix, Severity, range } from '../types';
import { appendedChildIndent, childIndent, indentOf, insertLineAfter, insertLineBefore, replaceWord } from './lib/edits';
import { docsUrl, Rule } from './types';

const id = 'missing-vrf';

function checkIosCallHome(model: DeviceModel): Finding[] {
  const ch = model.config.callHome;
  if (!ch || !iosCallHomeCarriesLicensing(model) || !callHomeUsesHttp(model)) return [];
  const client = httpClientVrf(model);
  const vrf = client.vrf;
  if (!vrf || ch.vrf?.value === vrf) return [];
  const weak = model.callHomeCarriesLicensing === 'unknown' || (routingUnknown(model) && !defaultRoutes(model).vrfs.has(vrf));
  const severity: Severity = weak ? 'info' : 'warning';
  const si = model.config.httpClientSourceInterface!;
  if (ch.vrf) {
    return [{
      ruleId: id, severity, range: range(ch.vrf.node.line, ch.vrf.word.start, ch.vrf.word.end),
      message: `call-home uses VRF ${ch.vrf.value}, but the HTTP client source ${si.value} is in VRF ${vrf}: licensing messages fail to send. Use "vrf ${vrf}".`,
      fixes: [{ title: `Use VRF ${vrf} under call-home`, safe: false, edits: [replaceWord(ch.vrf.node.line, ch.vrf.word, vrf)] }],
    }];
  }
  const firstProfile = ch.node.children.find((c) => c.words[0].text === 'profile');
  // Before the first profile with that profile's indentation, so the line is call-home's own even when
  // the block's indentation is uneven.
  const edit = firstProfile
    ? insertLineBefore(model.lines, firstProfile.line, `${indentOf(model.lines, firstProfile)}vrf ${vrf}`)
    : insertLineAfter(model.lines, ch.node.line, `${childIndent(ch.node)}vrf ${vrf}`);
  return [{
    ruleId: id, severity, range: range(ch.node.line, ch.node.indent, ch.node.end),
    message: `call-home names no VRF, but the HTTP client source ${si.value} is in VRF ${vrf}: licensing messages fail to send. Add "vrf ${vrf}" under call-home.`,
    fixes: [{ title: `Add "vrf ${vrf}" under call-home`, safe: false, edits: [edit] }],
  }];
}

function checkSlp(model: DeviceModel): Finding[] {
  const ls = model.config.licenseSmart;
  const transport = ls.transport;
  if (model.mode !== 'slp' || !transport || (transport.value !== 'smart' && transport.value !== 'cslu')) return [];
  const client = httpClientVrf(model);
  const routeVrf = onlyDefaultRouteVrf(model);
  const candidates = new Set<string>();
  if (client.vrf) candidates.add(client.vrf);
  if (routeVrf) candidates.add(routeVrf);
  if (candidates.size === 0) return [];
  if (ls.vrf && (candidates.has(ls.vrf.value) || !client.vrf)) return [];
  const list = [...candidates];
  let severity: Severity = 'warning';
  // Only the route points at the VRF: weak evidence when routes can come from elsewhere, or when the
  // HTTP client is explicitly sourced from a global interface.
  if (!client.vrf && (routingUnknown(model) || client.known)) severity = 'info';
  const reason = client.vrf
    ? `the HTTP client source ${model.config.httpClientSourceInterface!.value} is in VRF ${client.vrf}`
    : `the only default route is in VRF ${routeVrf}`;
  const node = transport.node;
  if (ls.vrf) {
    return [{
      ruleId: id, severity, range: range(ls.vrf.node.line, ls.vrf.word.start, ls.vrf.word.end),
      message: `license smart vrf names ${ls.vrf.value}, but ${reason}: Smart Transport messages will not reach Cisco.${list.length === 1 ? ` Use ${list[0]}.` : ''}`,
      fixes: list.length === 1 ? [{ title: `Use VRF ${list[0]}`, safe: false, edits: [replaceWord(ls.vrf.node.line, ls.vrf.word, list[0])] }] : [],
    }];
  }
  const fixes: Fix[] = [];
  if (list.length === 1) {
    const last = ls.nodes[ls.nodes.length - 1];
    fixes.push({ title: `Add "license smart vrf ${list[0]}"`, safe: false, edits: [insertLineAfter(model.lines, last.lastLine, `license smart vrf ${list[0]}`)] });
  }
  return [{
    ruleId: id, severity, range: range(node.line, node.indent, node.end),
    message: `No "license smart vrf", but ${reason}${list.length > 1 ? ` (VRF ${list.find((v) => v !== client.vrf)} holds the default route)` : ''}: usage reports cannot leave. Name the VRF.`,
    fixes,
  }];
}

function checkNxos(model: DeviceModel): Finding[] {
  const nx = model.config.nxCallhome;
  if (!nx || nx.useVrf) return [];
  if (!nx.profiles.some((p) => p.httpDestinations.length > 0)) return [];
  const vrf = onlyDefaultRouteVrf(model);
  if (!vrf) return [];
  const severity: Severity = model.config.routingProtocols.length > 0 || model.config.defaultGateway ? 'info' : 'warning';
  const text = `transport http use-vrf ${vrf}`;
  const edit = nx.enableNode
    ? insertLineBefore(model.lines, nx.enableNode.line, `${indentOf(model.lines, nx.enableNode)}${text}`)
    : insertLineAfter(model.lines, nx.node.lastLine, `${appendedChildIndent(model.lines, nx.node, 2)}${text}`);
  return [{
    ruleId: id, severity, range: range(nx.node.line, nx.node.indent, nx.node.end),
    message: `callhome sends over HTTP without "transport http use-vrf", but the only default route is in vrf context ${vrf}: Smart Licensing messages fail to send.`,
    fixes: [{ title: `Add "transport http use-vrf ${vrf}"`, safe: false, edits: [edit] }],
  }];
}

export const missingVrf: Rule = {
  id,
  meta: {
    description: 'Licensing traffic must leave through a VRF and the configuration does not name it.',
    defaultSeverity: 'warning',
    fixable: 'manual',
    group: 'headline',
    docsUrl: docsUrl(id),
    explanation: [
      'When the route to Cisco lives in a VRF (often `Mgmt-vrf` on IOS-XE, `management` on NX-OS), licensing traffic must be told',
      'to use it. Otherwise the device looks up the destination in the global table, the HTTPS session never opens, and the',
      'registration fails with *Fail to send out Call Home HTTP message* (scenario 5) or `%SMART_LIC-3-COMM_FAILED` on SLP.',
      '',
      '```cisco',
      'call-home',
      ' vrf Mgmt-vrf                       ! IOS-XE over call-home',
      'license smart vrf Mgmt-vrf          ! IOS-XE SLP Smart Transport',
      'callhome',
      '  transport http use-vrf management ! NX-OS',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    if (model.dialect === 'nxos') return checkNxos(model);
    return [...checkIosCallHome(model), ...checkSlp(model)];
  },
};
