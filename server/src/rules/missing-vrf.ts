// missing-vrf: licensing traffic must leave through a VRF and the config does not say so.
// XE scenario 5 ("VRF under call-home, if applicable"), the SLP seed (`license smart vrf` when
// Smart Transport uses a VRF), NX-OS `transport http use-vrf management` (NX seed).
import { callHomeUsesHttp, httpClientVrf, iosCallHomeCarriesLicensing } from '../model/licensingPath';
import { onlyDefaultRouteVrf, routingUnknown, defaultRoutes } from '../model/queries';
import { DeviceModel } from '../model/types';
import { t } from '../l10n';
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
      message: t('call-home uses VRF {current}, but the HTTP client source {interface} is in VRF {vrf}: licensing messages fail to send. Use "vrf {vrf}".', { current: ch.vrf.value, interface: si.value, vrf }),
      fixes: [{ title: t('Use VRF {vrf} under call-home', { vrf }), safe: false, edits: [replaceWord(ch.vrf.node.line, ch.vrf.word, vrf)] }],
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
    message: t('call-home names no VRF, but the HTTP client source {interface} is in VRF {vrf}: licensing messages fail to send. Add "vrf {vrf}" under call-home.', { interface: si.value, vrf }),
    fixes: [{ title: t('Add "vrf {vrf}" under call-home', { vrf }), safe: false, edits: [edit] }],
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
  const sourceInterface = model.config.httpClientSourceInterface?.value ?? '';
  const node = transport.node;
  if (ls.vrf) {
    return [{
      ruleId: id, severity, range: range(ls.vrf.node.line, ls.vrf.word.start, ls.vrf.word.end),
      message: (client.vrf
        ? t('license smart vrf names {current}, but the HTTP client source {interface} is in VRF {vrf}: Smart Transport messages will not reach Cisco.', { current: ls.vrf.value, interface: sourceInterface, vrf: client.vrf })
        : t('license smart vrf names {current}, but the only default route is in VRF {vrf}: Smart Transport messages will not reach Cisco.', { current: ls.vrf.value, vrf: routeVrf ?? '' }))
        + (list.length === 1 ? ` ${t('Use {vrf}.', { vrf: list[0] })}` : ''),
      fixes: list.length === 1 ? [{ title: t('Use VRF {vrf}', { vrf: list[0] }), safe: false, edits: [replaceWord(ls.vrf.node.line, ls.vrf.word, list[0])] }] : [],
    }];
  }
  const fixes: Fix[] = [];
  if (list.length === 1) {
    const last = ls.nodes[ls.nodes.length - 1];
    fixes.push({ title: t('Add "{command}"', { command: `license smart vrf ${list[0]}` }), safe: false, edits: [insertLineAfter(model.lines, last.lastLine, `license smart vrf ${list[0]}`)] });
  }
  return [{
    ruleId: id, severity, range: range(node.line, node.indent, node.end),
    message: !client.vrf
      ? t('No "license smart vrf", but the only default route is in VRF {vrf}: usage reports cannot leave. Name the VRF.', { vrf: routeVrf ?? '' })
      : list.length > 1
        ? t('No "license smart vrf", but the HTTP client source {interface} is in VRF {vrf} (VRF {routeVrf} holds the default route): usage reports cannot leave. Name the VRF.', { interface: sourceInterface, vrf: client.vrf, routeVrf: list.find((v) => v !== client.vrf) ?? '' })
        : t('No "license smart vrf", but the HTTP client source {interface} is in VRF {vrf}: usage reports cannot leave. Name the VRF.', { interface: sourceInterface, vrf: client.vrf }),
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
    message: t('callhome sends over HTTP without "transport http use-vrf", but the only default route is in vrf context {vrf}: Smart Licensing messages fail to send.', { vrf }),
    fixes: [{ title: t('Add "{command}"', { command: text }), safe: false, edits: [edit] }],
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
