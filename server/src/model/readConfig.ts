// Parsed config sections -> ConfigModel: one walk over the top-level commands.
import { ConfigNode, firstWord, leadingWords, mayStartWithWord, ParsedConfig, unquote } from '../parse/config';
import { readCallHome, readNxCallhome, valued } from './callHome';
import { interfaceKey } from './interfaceNames';
import { ConfigModel, Interface, LicenseSmartUrl } from './types';
import { idTokenIndex } from '../secrets';

const ROUTING_PROTOCOLS = /^(?:router\s+(?:ospf|ospfv3|bgp|eigrp|rip|isis|odr)|feature\s+(?:ospf|ospfv3|bgp|eigrp|rip|isis))\b/;

export function emptyConfigModel(): ConfigModel {
  return {
    parsed: [], roots: [], licenseSmart: { nodes: [], urls: [], idtokens: [] }, interfaces: new Map(), vrfs: new Map(),
    staticRoutes: [], routingProtocols: [], dns: { lookupNodes: [], nameServers: [], hosts: [] }, ntpSources: [],
    clockNodes: [], trustpoints: new Map(),
  };
}

function isDefaultPrefix(words: string[], at: number): boolean {
  const a = words[at];
  if (a === '0.0.0.0/0' || a === '::/0') return true;
  return a === '0.0.0.0' && words[at + 1] === '0.0.0.0';
}

const INTERFACE_FACTS = ['vrf', 'ip', 'shutdown'];

/** `interface Gi1/0/1` -> `Gi1/0/1`; `interface Port-channel 10` -> `Port-channel10` (the words after the first, joined). */
function interfaceName(node: ConfigNode): string {
  const text = node.text;
  // Without quotes the words are the runs between spaces and tabs: drop those after the first word.
  if (text.indexOf('"') >= 0) return node.words.slice(1).map((w) => w.text).join('');
  let i = 0;
  while (i < text.length && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++;
  let name = '';
  let from = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (from >= 0) name += text.slice(from, i);
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) name += text.slice(from);
  return name;
}

function readInterface(model: ConfigModel, node: ConfigNode): void {
  const name = interfaceName(node);
  if (!name) return;
  const intf: Interface = { name, node, dhcp: false, addresses: [], shutdown: false };
  model.interfaces.set(interfaceKey(name), intf);
  // Access ports are most of a large config and hold none of the lines read below.
  if (!node.mayHaveChildStartingWith(INTERFACE_FACTS)) return;
  const children = node.children;
  for (let c = 0; c < children.length; c++) {
    const child = children[c];
    const t = child.text;
    // Most interface lines (description, switchport…) are none of these: skip them before splitting words.
    const vrfLine = mayStartWithWord(t, 'vrf');
    const ipLine = mayStartWithWord(t, 'ip');
    if (!vrfLine && !ipLine && t !== 'shutdown') continue;
    if (vrfLine && (child.startsWith('vrf', 'forwarding') || child.startsWith('vrf', 'member'))) intf.vrf = valued(child, 2);
    else if (ipLine && child.startsWith('ip', 'vrf', 'forwarding')) intf.vrf = valued(child, 3);
    else if (ipLine && child.startsWith('ip', 'address')) {
      if (child.words[2]?.text === 'dhcp') intf.dhcp = true;
      intf.addresses.push(child);
    } else if (ipLine && child.startsWith('ipv6', 'address')) {
      if (child.words[2]?.text === 'dhcp' || child.words[2]?.text === 'autoconfig') intf.dhcp = true;
      intf.addresses.push(child);
    } else if (child.text === 'shutdown') intf.shutdown = true;
  }
}

function readNameServer(model: ConfigModel, node: ConfigNode, at: number, vrfContext?: string): void {
  // IOS: `ip name-server [vrf V] a b…`; NX-OS: `ip name-server a b… [use-vrf V]`, or inside `vrf context V`.
  const words = node.words.map((w) => w.text);
  let vrf = vrfContext;
  let i = at;
  if (words[i] === 'vrf') {
    vrf = words[i + 1];
    i += 2;
  }
  const addresses: string[] = [];
  for (; i < words.length; i++) {
    if (words[i] === 'use-vrf') {
      vrf = words[i + 1];
      break;
    }
    addresses.push(words[i]);
  }
  model.dns.nameServers.push({ vrf, addresses, node });
}

// The `ip …` commands read below; the rest (access lists, prefix lists…) are most `ip` lines of a large config.
const IP_SUBCOMMANDS = new Set(['route', 'default-gateway', 'name-server', 'domain-lookup', 'domain', 'domain-name', 'dns', 'host', 'http', 'vrf']);

/** The word after `ip` (a quoted one keeps its quotes, so it matches no sub-command, as in `words`). */
function ipSubcommand(text: string): string {
  let i = 2;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  let j = i;
  while (j < text.length && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 9) j++;
  return text.slice(i, j);
}

function readIpCommand(model: ConfigModel, node: ConfigNode, vrfContext?: string): void {
  const subcommand = ipSubcommand(node.text);
  if (!IP_SUBCOMMANDS.has(subcommand)) return;
  // Static routes can number thousands: their first six words are all that is read.
  const w = subcommand === 'route' ? leadingWords(node.text, 6) : node.words.map((x) => x.text);
  const sub = w[1];
  if (sub === 'route') {
    // `ip route [vrf V] 0.0.0.0 0.0.0.0 …` (IOS), `ip route 0.0.0.0/0 …` (NX-OS, global or in `vrf context`).
    let vrf = vrfContext;
    let at = 2;
    if (w[2] === 'vrf') {
      vrf = w[3];
      at = 4;
    }
    model.staticRoutes.push({ vrf, isDefault: isDefaultPrefix(w, at), node });
  } else if (sub === 'default-gateway') model.defaultGateway = node;
  else if (sub === 'name-server') readNameServer(model, node, 2, vrfContext);
  else if (sub === 'domain-lookup' || (sub === 'domain' && w[2] === 'lookup')) {
    model.dns.lookupNodes.push(node);
    const si = w.indexOf('source-interface');
    if (si > 0 && w[si + 1]) {
      const vi = w.indexOf('vrf');
      model.dns.lookupSourceInterface = { name: w.slice(si + 1).join(''), vrf: vi > 0 && vi < si ? w[vi + 1] : undefined, node };
    }
  } else if (sub === 'domain-name' || sub === 'domain' || sub === 'dns') model.dns.lookupNodes.push(node);
  else if (sub === 'host' && w[2]) model.dns.hosts.push({ name: w[2] === 'vrf' ? w[4] ?? '' : w[2], node });
  else if (sub === 'http' && w[2] === 'client' && w[3] === 'source-interface' && node.words[4]) {
    model.httpClientSourceInterface = { value: w.slice(4).join(''), node, word: node.words[4] };
  } else if (sub === 'vrf' && w[2] && !vrfContext) {
    // Pre-VRF-lite-definition IOS: `ip vrf NAME`.
    model.vrfs.set(w[2], { name: w[2], node });
  }
}

function readLicenseSmart(model: ConfigModel, node: ConfigNode): void {
  const ls = model.licenseSmart;
  const w = node.words;
  ls.nodes.push(node);
  const sub = w[2]?.text;
  if (sub === 'transport') ls.transport = valued(node, 3);
  else if (sub === 'vrf') ls.vrf = valued(node, 3);
  else if (sub === 'url' && w[3]) {
    const k = w[3].text;
    let entry: LicenseSmartUrl;
    if (k === 'smart' || k === 'cslu') entry = { kind: k, url: w[4]?.text, urlWord: w[4], node };
    else if (k === 'default') entry = { kind: 'default', node };
    else entry = { kind: '', url: k, urlWord: w[3], node };
    ls.urls.push(entry);
  } else if (sub === 'proxy') {
    if (w[3]?.text === 'address') ls.proxyAddress = valued(node, 4);
    else if (w[3]?.text === 'port') ls.proxyPort = valued(node, 4);
  } else readTokenCommand(model, node);
}

/**
 * `license smart register|trust idtoken <token>` in a change script, in any case or abbreviation
 * (`LIC SM REG IDT x`, `do license …`): the token is a secret whatever way it was typed (issue 12).
 */
function readTokenCommand(model: ConfigModel, node: ConfigNode): void {
  const at = idTokenIndex(node.words.map((x) => x.text));
  if (at >= 0) model.licenseSmart.idtokens.push({ node, token: node.words[at] });
}

export function readConfig(parsed: ParsedConfig[]): ConfigModel {
  const model = emptyConfigModel();
  model.parsed = parsed;
  for (const p of parsed) {
    // Indexed loops: this walk runs over every top-level command of a large config, mostly cold.
    for (let r = 0; r < p.roots.length; r++) {
      const node = p.roots[r];
      model.roots.push(node);
      const text = node.text;
      const first = firstWord(text);
      switch (first) {
        case 'hostname':
        case 'switchname':
          model.hostname = valued(node, 1);
          break;
        case 'service':
          if (text === 'service call-home') model.serviceCallHome = node;
          break;
        case 'no':
          if (text === 'no service call-home') model.noServiceCallHome = node;
          else if (/^no ip domain[- ]lookup$/.test(text)) model.dns.lookupDisabled = node;
          break;
        case 'call-home':
          if (text === 'call-home') model.callHome = readCallHome(node);
          break;
        case 'callhome':
          if (text === 'callhome') model.nxCallhome = readNxCallhome(node);
          break;
        case 'license':
          if (node.words[1]?.text === 'smart') readLicenseSmart(model, node);
          else readTokenCommand(model, node);
          break;
        case 'interface':
          readInterface(model, node);
          break;
        case 'vrf': {
          // `vrf definition V` (IOS-XE), `vrf context V` (NX-OS, which also holds the VRF's routes and DNS).
          const kind = node.words[1]?.text;
          const name = node.words[2]?.text;
          if ((kind === 'definition' || kind === 'context') && name) {
            model.vrfs.set(name, { name, node });
            if (kind === 'context') for (const child of node.children) if (child.words[0].text === 'ip') readIpCommand(model, child, name);
          }
          break;
        }
        case 'ip':
          readIpCommand(model, node);
          break;
        case 'ipv6':
          if (node.words[1]?.text === 'route') {
            const w = node.words.map((x) => x.text);
            const vrf = w[2] === 'vrf' ? w[3] : undefined;
            model.staticRoutes.push({ vrf, isDefault: w[vrf ? 4 : 2] === '::/0', node });
          }
          break;
        case 'router':
        case 'feature':
          if (ROUTING_PROTOCOLS.test(text)) model.routingProtocols.push(node);
          break;
        case 'ntp':
        case 'sntp':
          if (/^s?ntp (?:server|peer)\b/.test(text)) model.ntpSources.push(node);
          else model.clockNodes.push(node);
          break;
        case 'ptp':
          model.ntpSources.push(node);
          break;
        case 'clock':
          if (text === 'clock calendar-valid') model.clockCalendarValid = node;
          model.clockNodes.push(node);
          break;
        case 'crypto':
          if (node.words[1]?.text === 'pki' && node.words[2]?.text === 'trustpoint' && node.words[3]) {
            const name = unquote(node.words[3].text);
            const tp = { name, node, revocationCheck: undefined as ReturnType<typeof valued> };
            for (const child of node.children) if (child.words[0].text === 'revocation-check') tp.revocationCheck = valued(child, 1);
            model.trustpoints.set(name, tp);
          }
          break;
        default: {
          // Upper-case or abbreviated licence commands (`LIC SM REG IDT …`, `do lic …`): only tokens matter there.
          const c = first.charCodeAt(0) | 32;
          if (c === 108 /* l */ || c === 100 /* d */) readTokenCommand(model, node);
          break;
        }
      }
    }
  }
  return model;
}
