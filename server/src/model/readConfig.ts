// Parsed config sections -> ConfigModel: one walk over the top-level commands.
import { ConfigNode, leadingWords, ParsedConfig, unquote, wordAt } from '../parse/config';
import { readCallHome, readNxCallhome, valued } from './callHome';
import { InterfaceTable } from './interfaceTable';
import { ConfigModel, LicenseSmartUrl, Vrf } from './types';
import { idTokenIndex } from '../secrets';

const ROUTING_PROTOCOLS = /^(?:router\s+(?:ospf|ospfv3|bgp|eigrp|rip|isis|odr)|feature\s+(?:ospf|ospfv3|bgp|eigrp|rip|isis))\b/;

export function emptyConfigModel(text = ''): ConfigModel {
  let roots: ConfigNode[] | null = null;
  let vrfs: Map<string, Vrf> | null = null;
  return {
    parsed: [],
    // Every top-level command as a node: built when first asked (navigation, a fix's anchor), never by the model.
    get roots(): ConfigNode[] {
      return (roots ??= this.parsed.flatMap((p) => p.roots));
    },
    rootCount: 0, licenseSmart: { nodes: [], urls: [], idtokens: [] }, interfaces: new InterfaceTable(text),
    // VRFs in text order, read when first asked (navigation, completion): a PE router defines thousands.
    get vrfs(): Map<string, Vrf> {
      if (vrfs === null) {
        vrfs = new Map();
        for (const v of this.vrfSources) {
          const node = v.node ?? v.parsed!.node(v.root!);
          const name = v.node ? v.name! : node.words[2]!.text;
          vrfs.set(name, { name, node });
        }
      }
      return vrfs;
    },
    vrfSources: [],
    staticRoutes: [], routingProtocols: [], dns: { lookupNodes: [], nameServers: [], hosts: [] }, ntpSources: [],
    clockNodes: [], trustpoints: new Map(),
  };
}

function isDefaultPrefix(words: string[], at: number): boolean {
  const a = words[at];
  if (a === '0.0.0.0/0' || a === '::/0') return true;
  return a === '0.0.0.0' && words[at + 1] === '0.0.0.0';
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
    model.vrfSources.push({ node, name: w[2] });
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

/** The `ip` sub-command at `at` is one readIpCommand reads (compared in place: most `ip` lines are not). */
function readsIpSubcommand(text: string, at: number, end: number): boolean {
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  let e = at;
  while (e < end && text.charCodeAt(e) !== 32 && text.charCodeAt(e) !== 9) e++;
  const n = e - at;
  const candidates = IP_SUBCOMMANDS_BY_LENGTH[n];
  if (candidates === undefined) return false;
  for (let k = 0; k < candidates.length; k++) if (text.startsWith(candidates[k], at)) return true;
  return false;
}

/** IP_SUBCOMMANDS by length: most `ip` lines (access and prefix lists) are turned away by their length or first letters. */
const IP_SUBCOMMANDS_BY_LENGTH: (string[] | undefined)[] = [];
for (const sub of IP_SUBCOMMANDS) (IP_SUBCOMMANDS_BY_LENGTH[sub.length] ??= []).push(sub);

/** Where the second word of a command starts (after the first and its spaces). */
function secondWordAt(text: string, at: number, end: number): number {
  while (at < end && text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 9) at++;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

/**
 * One walk over the top-level commands of every config section. Each command's first word is read
 * in place; a command becomes a node only when the model keeps it (licensing, call-home, DNS, clock,
 * routes, VRFs, trustpoints). Interface blocks are only indexed (InterfaceTable reads them on demand).
 */
export function readConfig(parsed: ParsedConfig[], text = parsed[0]?.lines.text ?? ''): ConfigModel {
  const model = emptyConfigModel(text);
  model.parsed = parsed;
  for (const p of parsed) {
    model.rootCount += p.count;
    // Indexed loops: this walk runs over every top-level command of a large config, mostly cold.
    for (let r = 0; r < p.count; r++) {
      const at = p.rootStart(r);
      const end = p.rootEnd(r);
      switch (text.charCodeAt(at)) {
        case 104: /* h */
          if (wordAt(text, at, end, 'hostname')) model.hostname = valued(p.node(r), 1);
          break;
        case 115: /* s */
          if (wordAt(text, at, end, 'switchname')) model.hostname = valued(p.node(r), 1);
          else if (end - at === 17 && text.startsWith('service call-home', at)) model.serviceCallHome = p.node(r);
          else if (wordAt(text, at, end, 'sntp')) readTimeCommand(model, p.node(r));
          break;
        case 110: /* n */
          if (wordAt(text, at, end, 'no')) {
            const t = text.slice(at, end);
            if (t === 'no service call-home') model.noServiceCallHome = p.node(r);
            else if (/^no ip domain[- ]lookup$/.test(t)) model.dns.lookupDisabled = p.node(r);
          } else if (wordAt(text, at, end, 'ntp')) readTimeCommand(model, p.node(r));
          break;
        case 99: /* c */
          if (end - at === 9 && text.startsWith('call-home', at)) model.callHome = readCallHome(p.node(r));
          else if (end - at === 8 && text.startsWith('callhome', at)) model.nxCallhome = readNxCallhome(p.node(r));
          else if (wordAt(text, at, end, 'clock')) {
            const node = p.node(r);
            if (node.text === 'clock calendar-valid') model.clockCalendarValid = node;
            model.clockNodes.push(node);
          } else if (text.startsWith('crypto', at)) readCrypto(model, p, r, at, end);
          break;
        case 108: /* l */
          if (wordAt(text, at, end, 'license')) {
            const node = p.node(r);
            if (node.words[1]?.text === 'smart') readLicenseSmart(model, node);
            else readTokenCommand(model, node);
          } else if (mayBeTokenCommand(text, at, end)) readTokenCommand(model, p.node(r));
          break;
        case 105: /* i */
          if (wordAt(text, at, end, 'interface')) model.interfaces.add(p, r);
          else if (wordAt(text, at, end, 'ip')) {
            if (readsIpSubcommand(text, at + 2, end)) readIpCommand(model, p.node(r));
          } else if (wordAt(text, at, end, 'ipv6')) {
            const second = secondWordAt(text, at, end);
            if (wordAt(text, second, end, 'route')) {
              const node = p.node(r);
              const w = node.words.map((x) => x.text);
              const vrf = w[2] === 'vrf' ? w[3] : undefined;
              model.staticRoutes.push({ vrf, isDefault: w[vrf ? 4 : 2] === '::/0', node });
            }
          }
          break;
        case 118: /* v */
          if (text.startsWith('version ', at)) model.versionNode ??= p.node(r);
          else if (wordAt(text, at, end, 'vrf')) readVrf(model, p, r, at, end);
          break;
        case 114: /* r */
        case 102: /* f */
          if (wordAt(text, at, end, 'router') || wordAt(text, at, end, 'feature')) {
            const t = text.slice(at, end);
            if (ROUTING_PROTOCOLS.test(t)) model.routingProtocols.push(p.node(r));
          }
          break;
        case 112: /* p */
          if (wordAt(text, at, end, 'ptp')) model.ntpSources.push(p.node(r));
          break;
        default:
          // Upper-case or abbreviated licence commands (`LIC SM REG IDT …`, `do lic …`): only tokens matter there.
          if (mayBeTokenCommand(text, at, end)) readTokenCommand(model, p.node(r));
          break;
      }
    }
  }
  return model;
}

/** A cheap look at a line before its node is built: `lic… sm…` (any case), after an optional `do`. */
const TOKEN_COMMAND_HEAD = /^(?:do\s+)?lic[a-z]*\s+sm/i;
function mayBeTokenCommand(text: string, at: number, end: number): boolean {
  return TOKEN_COMMAND_HEAD.test(text.slice(at, Math.min(end, at + 40)));
}

function readTimeCommand(model: ConfigModel, node: ConfigNode): void {
  if (/^s?ntp (?:server|peer)\b/.test(node.text)) model.ntpSources.push(node);
  else model.clockNodes.push(node);
}

function readVrf(model: ConfigModel, p: ParsedConfig, r: number, at: number, end: number): void {
  // `vrf definition V` (IOS-XE), `vrf context V` (NX-OS, which also holds the VRF's routes and DNS).
  const text = p.lines.text;
  const second = secondWordAt(text, at, end);
  if (wordAt(text, second, end, 'definition')) {
    // Only its name is wanted, and only by navigation: the node is built when the VRFs are asked for.
    if (secondWordAt(text, second, end) < end) model.vrfSources.push({ parsed: p, root: r });
    return;
  }
  if (!wordAt(text, second, end, 'context')) return;
  const node = p.node(r);
  const name = node.words[2]?.text;
  if (name) {
    model.vrfSources.push({ node, name });
    for (const child of node.children) if (child.words[0].text === 'ip') readIpCommand(model, child, name);
  }
}

function readCrypto(model: ConfigModel, p: ParsedConfig, r: number, at: number, end: number): void {
  const text = p.lines.text;
  if (!wordAt(text, at, end, 'crypto')) return;
  const second = secondWordAt(text, at, end);
  if (!wordAt(text, second, end, 'pki')) return;
  const node = p.node(r);
  if (node.words[1]?.text === 'pki' && node.words[2]?.text === 'trustpoint' && node.words[3]) {
    const name = unquote(node.words[3].text);
    const tp = { name, node, revocationCheck: undefined as ReturnType<typeof valued> };
    for (const child of node.children) if (child.words[0].text === 'revocation-check') tp.revocationCheck = valued(child, 1);
    model.trustpoints.set(name, tp);
  }
}
