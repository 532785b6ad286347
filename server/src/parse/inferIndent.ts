// Pastes that lost their indentation (CML exports, some backup tools, web forms, the NX-OS seed's own
// `show run callhome` listing) print sub-commands at column 0. Where the indentation does not say, the
// licensing-relevant submodes are read by their grammar: `call-home` -> `profile` -> profile commands,
// NX-OS `callhome`, `crypto pki trustpoint`, `vrf definition` / `vrf context`, `interface`. A submode
// ends at a line that is not one of its commands (`license smart …`, `ip route …` after an interface,
// another block); blank lines and comments do not end it (the seed's listing has a blank line between
// every command, and XE prints a bare `!` inside `vrf definition`). A config section with any indented
// block is read by its indentation alone: the grammar is for pastes that lost all of it.
//
// This is a pre-pass: it only says at which depth a column-0 line stands. The tree builder keeps the
// columns as written for ranges and fixes, and compares these depths for nesting, so the model is the
// same whichever way the text was indented.
import { leadingWords, mayStartWithWord } from './config';
import { TextLines } from './lines';
import { Section } from './sections';

/** A submode's grammar: does a line (its lower-case words) belong to it, or open a nested submode? */
interface Mode {
  /** A command of this submode. */
  command(w: string[]): boolean;
  /** A nested submode this line opens, if any. */
  child?(w: string[]): Mode | undefined;
}

const words = (...list: string[]) => new Set(list);

/** `no X` / `default X` belong where X does. */
function negatable(set: Set<string>, extra?: (w: string[]) => boolean): (w: string[]) => boolean {
  const test = (w: string[]): boolean => set.has(w[0]) || (extra ? extra(w) : false);
  return (w) => ((w[0] === 'no' || w[0] === 'default') && w.length > 1 ? test(w.slice(1)) : test(w));
}

const PROFILE: Mode = {
  command: negatable(words('active', 'destination', 'reporting', 'subscribe-to-alert-group', 'anonymous-reporting-only', 'exit')),
};

const CALL_HOME_COMMANDS = words(
  'contact-email-addr', 'phone-number', 'street-address', 'customer-id', 'site-id', 'contract-id', 'mail-server',
  'sender', 'http-proxy', 'http', 'source-interface', 'source-ip-address', 'alert-group', 'alert-group-config',
  'data-privacy', 'syslog-throttling', 'rate-limit', 'aaa-authorization', 'copy', 'diagnostic-signature', 'exit',
);

const CALL_HOME: Mode = {
  // `vrf Mgmt-vrf` under call-home; `vrf definition X` is a new top-level block.
  command: negatable(CALL_HOME_COMMANDS, (w) => (w[0] === 'vrf' && w.length === 2 && w[1] !== 'definition' && w[1] !== 'context') || w[0] === 'profile'),
  child: (w) => (w[0] === 'profile' && w.length >= 2 ? PROFILE : undefined),
};

const NX_CALLHOME: Mode = {
  command: negatable(words(
    'email-contact', 'phone-contact', 'streetaddress', 'contract-id', 'customer-id', 'site-id', 'switch-priority',
    'destination-profile', 'transport', 'enable', 'distribute', 'periodic-inventory', 'duplicate-message', 'commit', 'exit',
  )),
};

const TRUSTPOINT: Mode = {
  command: negatable(words(
    'enrollment', 'revocation-check', 'rsakeypair', 'subject-name', 'subject-alt-name', 'serial-number', 'ip-address',
    'fqdn', 'chain-validation', 'auto-enroll', 'usage', 'source', 'password', 'hash', 'eku', 'ocsp', 'crl', 'match',
    'storage', 'fingerprint', 'auto-trigger', 'validation-usage', 'exit',
  ), (w) => w[0] === 'vrf' && w.length === 2 && w[1] !== 'definition' && w[1] !== 'context'),
};

const ADDRESS_FAMILY: Mode = {
  // `exit-address-family` stands one level up, beside `address-family` (as the device prints it).
  command: negatable(words('route-target', 'import', 'export', 'maximum', 'mdt')),
};

const VRF_DEFINITION: Mode = {
  command: negatable(words('rd', 'description', 'route-target', 'vnet', 'vpn', 'exit-address-family', 'exit', 'address-family')),
  child: (w) => (w[0] === 'address-family' ? ADDRESS_FAMILY : undefined),
};

// NX-OS `vrf context X`: its own routes and name servers (`ip route`, `ip name-server`, `ip domain-lookup`).
const VRF_CONTEXT: Mode = {
  command: negatable(words('rd', 'description', 'vni', 'shutdown', 'address-family', 'exit'), (w) => (w[0] === 'ip' || w[0] === 'ipv6') && w.length >= 2),
  child: (w) => (w[0] === 'address-family' ? ADDRESS_FAMILY : undefined),
};

/** Interface sub-commands whose first word is never a top-level command. */
const INTERFACE_COMMANDS = words(
  'description', 'shutdown', 'switchport', 'mtu', 'speed', 'duplex', 'negotiation', 'channel-group', 'standby', 'vrrp',
  'hsrp', 'media-type', 'load-interval', 'service-policy', 'power', 'authentication', 'dot1x', 'mab', 'encapsulation',
  'bandwidth', 'keepalive', 'tunnel', 'access-session', 'device-tracking', 'hold-queue', 'storm-control', 'udld',
  'carrier-delay', 'zone-member', 'pppoe', 'peer', 'vpc', 'macsec', 'mac-address', 'medium', 'delay',
  'ipv6', 'vrf', 'ip', 'mode', 'beacon', 'flowcontrol', 'rate-mode', 'cdp', 'lldp', 'spanning-tree',
  'logging', 'snmp', 'no', 'exit', 'priority-queue', 'source', 'destination', 'ptp', 'ntp', 'arp', 'dialer', 'ppp',
  'crypto', 'pvc', 'mpls', 'ipv4', 'mop', 'cts', 'dampening', 'glbp', 'xconnect', 'channel-protocol', 'bundle',
  'autostate', 'trust', 'lacp', 'clock',
);

/** Top-level `ip …` commands: `ip route`, `ip name-server`, `ip http client …` end an interface. */
const TOP_LEVEL_IP = words(
  'route', 'name-server', 'domain', 'domain-name', 'domain-lookup', 'domain-list', 'host', 'http', 'ssh', 'forward-protocol',
  'access-list', 'prefix-list', 'tftp', 'scp', 'ftp', 'cef', 'multicast-routing', 'routing', 'community-list', 'as-path',
  'sla', 'bgp-community', 'vrf', 'igmp', 'pim', 'radius', 'tacacs', 'explicit-path', 'subnet-zero', 'classless', 'finger',
  'dns', 'source-route', 'icmp', 'nat', 'arp', 'dhcp', 'telnet', 'rcmd', 'auth-proxy', 'admission', 'device', 'local',
  'sftp', 'bootp', 'options', 'default-gateway', 'default-network', 'ssh', 'cef', 'name', 'lookup', 'gratuitous-arps', 'wccp', 'flow-export', 'flow-cache', 'flow-top-talkers',
);
/** `ip …` under an interface that shares its second word with a top-level command. */
const INTERFACE_IP_SHARED = words('vrf', 'igmp', 'pim', 'nat', 'arp', 'dhcp', 'local');

/**
 * The first words interfaceCommand looks past (its `first === …` cases): every other word of
 * INTERFACE_COMMANDS makes a sub-command whatever follows it.
 */
const INTERFACE_COMMANDS_TOLD_BY_MORE = words(
  'no', 'default', 'ip', 'ipv6', 'vrf', 'logging', 'snmp', 'cdp', 'lldp', 'spanning-tree', 'ntp', 'crypto', 'vpc', 'arp',
  'udld', 'device-tracking', 'access-session', 'dot1x', 'power', 'lacp', 'clock', 'ptp', 'source', 'destination', 'mode', 'mpls',
);
/** Interface sub-commands told by their first word alone (description, switchport, shutdown, …). */
export const PLAIN_INTERFACE_COMMANDS: ReadonlySet<string> = new Set([...INTERFACE_COMMANDS].filter((w) => !INTERFACE_COMMANDS_TOLD_BY_MORE.has(w)));

/** A bucket for the word at `at`, from its first two characters. */
function bucketOf(text: string, at: number): number {
  return (text.charCodeAt(at) * 31 + (text.charCodeAt(at + 1) | 0)) & 1023;
}

/** PLAIN_INTERFACE_COMMANDS by bucketOf(), so a line's first word is looked up without a string made of it. */
const PLAIN_BUCKETS: string[][] = Array.from({ length: 1024 }, () => []);
for (const w of PLAIN_INTERFACE_COMMANDS) PLAIN_BUCKETS[bucketOf(w, 0)].push(w);

/**
 * Does the line [start, end) begin with one of PLAIN_INTERFACE_COMMANDS, as the device prints it (lower
 * case), followed by a space, a tab or its end? A native comparison a candidate; a line that is
 * not (upper case, a word outside ASCII that lower-cases to one) goes through its words instead.
 */
function startsWithPlainInterfaceCommand(text: string, start: number, end: number): boolean {
  const bucket = PLAIN_BUCKETS[bucketOf(text, start)];
  for (let k = 0; k < bucket.length; k++) {
    const word = bucket[k];
    const e = start + word.length;
    if (e > end || !text.startsWith(word, start)) continue;
    const c = text.charCodeAt(e);
    if (e === end || c === 32 || c === 9) return true;
  }
  return false;
}

/** Does the line [start, end) begin with `word ` and a second word right after? */
function startsWithWordThenMore(text: string, start: number, end: number, word: string): boolean {
  const at = start + word.length + 1;
  if (at >= end || !text.startsWith(word, start) || text.charCodeAt(at - 1) !== 32) return false;
  const c = text.charCodeAt(at);
  return c !== 32 && c !== 9;
}

export function interfaceCommand(w: string[]): boolean {
  const first = w[0];
  if (!INTERFACE_COMMANDS.has(first)) return false;
  if (first === 'no' || first === 'default') return w.length > 1 && first !== w[1] && interfaceCommand(w.slice(1));
  if (first === 'ip') {
    if (w.length < 2) return false;
    const second = w[1];
    if (!TOP_LEVEL_IP.has(second)) return true;
    if (!INTERFACE_IP_SHARED.has(second)) return false;
    // `ip vrf forwarding X` / `ip nat inside` / `ip dhcp relay …` / `ip pim sparse-mode` vs their top-level forms.
    const third = w[2] ?? '';
    if (second === 'vrf') return third === 'forwarding' || third === 'receive' || third === 'sitemap';
    if (second === 'nat') return (third === 'inside' || third === 'outside' || third === 'enable') && w.length === 3;
    if (second === 'dhcp') return third === 'relay' || third === 'snooping' && (w[3] === 'trust' || w[3] === 'limit');
    if (second === 'arp') return third === 'inspection' && (w[3] === 'trust' || w[3] === 'limit');
    if (second === 'pim' || second === 'igmp') return third !== 'ssm' && third !== 'rp-address' && third !== 'snooping' && third !== 'vrf' && third !== 'autorp' && third !== 'bsr-candidate' && third !== 'rp-candidate';
    return third === 'proxy-arp';
  }
  if (first === 'ipv6') return w.length >= 2 && w[1] !== 'route' && w[1] !== 'unicast-routing' && w[1] !== 'host' && w[1] !== 'access-list' && w[1] !== 'prefix-list' && w[1] !== 'name-server' && w[1] !== 'cef' && w[1] !== 'dhcp';
  // `vrf forwarding X` (XE), `vrf member X` (NX-OS); `vrf definition|context X` is a block of its own.
  if (first === 'vrf') return w[1] === 'forwarding' || w[1] === 'member';
  if (first === 'logging') return w[1] === 'event';
  if (first === 'snmp') return w[1] === 'trap' || w[1] === 'ifindex';
  if (first === 'cdp') return w[1] === 'enable';
  if (first === 'lldp') return w[1] === 'transmit' || w[1] === 'receive';
  if (first === 'spanning-tree') return w[1] !== 'mode' && w[1] !== 'vlan' && w[1] !== 'extend' && w[1] !== 'loopguard' && w[1] !== 'logging' && w[1] !== 'mst' && w[1] !== 'portfast' || (w[1] === 'portfast' && w[2] !== 'default' && w[2] !== 'bpduguard');
  if (first === 'ntp') return w[1] === 'disable';
  if (first === 'crypto') return w[1] === 'map' && w.length === 3;
  if (first === 'vpc') return w.length === 2 && w[1] !== 'domain';
  if (first === 'arp') return w[1] === 'timeout';
  if (first === 'udld') return w[1] === 'port';
  if (first === 'device-tracking') return w[1] === 'attach-policy';
  if (first === 'access-session') return w[1] !== 'mac-move' && w[1] !== 'attributes';
  if (first === 'dot1x') return w[1] !== 'system-auth-control' && w[1] !== 'critical' && w[1] !== 'guest-vlan';
  if (first === 'power') return w[1] === 'inline' || w[1] === 'efficient-ethernet';
  if (first === 'lacp') return w[1] === 'rate' || w[1] === 'port-priority';
  if (first === 'clock') return w[1] === 'rate';
  if (first === 'ptp') return w[1] === 'role' || w[1] === 'vlan';
  if (first === 'source' || first === 'destination') return w.length === 2;
  if (first === 'mode') return w.length <= 3;
  if (first === 'mpls') return w[1] === 'ip' && w.length === 2;
  return true;
}

const INTERFACE: Mode = { command: interfaceCommand };

/** The submode a top-level line opens, if it is one the model reads. */
function topLevelMode(w: string[]): Mode | undefined {
  switch (w[0]) {
    case 'call-home': return w.length === 1 ? CALL_HOME : undefined;
    case 'callhome': return w.length === 1 ? NX_CALLHOME : undefined;
    case 'crypto': return w[1] === 'pki' && w[2] === 'trustpoint' && w.length >= 4 ? TRUSTPOINT : undefined;
    case 'vrf': return w.length >= 3 ? (w[1] === 'definition' ? VRF_DEFINITION : w[1] === 'context' ? VRF_CONTEXT : undefined) : undefined;
    case 'interface': return w.length >= 2 ? INTERFACE : undefined;
    default: return undefined;
  }
}

/** False when the line at `at` cannot start a block header: a character test, no string built. */
function mayOpenBlock(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  if (c === 99 /* c */) return mayStartWithWord(text, 'call', at) || mayStartWithWord(text, 'crypto pki trustpoint', at);
  if (c === 105 /* i */) return mayStartWithWord(text, 'interface ', at);
  if (c === 118 /* v */) return mayStartWithWord(text, 'vrf ', at);
  return false;
}

/** The first lower-case words of a command, quotes kept (`profile "CiscoTAC-1"`): all the grammar reads. */
function lowerWords(s: string): string[] {
  return leadingWords(s, 6).map((x) => x.toLowerCase());
}

/**
 * The depth the grammar gave each column-0 line of a section, 0 for none: a byte a line. (A Map of
 * line -> depth took 240 ms to fill and 130 to read for a 10 MiB NX-OS paste with every line flat.)
 */
export class FlatDepths {
  private readonly depths: Uint8Array;

  constructor(private readonly first: number, end: number) {
    this.depths = new Uint8Array(Math.max(0, end - first));
  }

  get(line: number): number {
    return this.depths[line - this.first] ?? 0;
  }

  set(line: number, depth: number): void {
    this.depths[line - this.first] = Math.min(depth, 255);
  }
}

/**
 * Depths of the column-0 lines that stand inside a flat submode (1 for a block's commands, 2 for a
 * profile's). Undefined when the section has no such block, or when any block of it is indented (the
 * common case, decided at its first indented block): then the tree builder reads the indentation alone.
 */
export function inferFlatDepths(lines: TextLines, section: Section): FlatDepths | undefined {
  const text = lines.text;
  let depths: FlatDepths | undefined;
  /** The open flat submodes, outermost first: the modes at depth 0, 1, … */
  let stack: Mode[] = [];
  for (let i = section.startLine; i < section.endLine; i++) {
    let start = lines.starts[i];
    if (i === 0) start += lines.bomLength;
    const end = lines.ends[i];
    if (start >= end) continue;
    const c = text.charCodeAt(start);
    // An indented line inside a flat block (pasted show output, a wrapped line) stands deeper than the
    // block's commands and does not end it; elsewhere indentation speaks for itself.
    if (c === 32 || c === 9) continue;
    // Comments, even a bare `!` (the device prints one inside `vrf definition`), leave the grammar to decide.
    if (c === 33 /* ! */) continue;
    // Cheap test first: outside a flat block only a header can matter, and few lines start like one.
    if (stack.length === 0) {
      if (!mayOpenBlock(text, start)) continue;
      const next = nextContentColumn(lines, i + 1, section.endLine);
      if (next !== 0) {
        // A block whose sub-commands are indented: this text's indentation speaks, for every block.
        // (A header with an indented line after it is how every device prints; only a paste that lost
        // all of it is read by grammar.)
        if (next > 0 && topLevelMode(lowerWords(text.slice(start, end)))) return undefined;
        continue;
      }
    }
    // Inside a flat interface block (nearly every line of a flat paste): a sub-command its first word
    // tells (or `no` and such a word), and the next `interface X`, are known without the line's words
    // being built (the grammar pass over a 10 MiB NX-OS paste: 83 -> 20-27 ms).
    if (stack.length === 1 && stack[0] === INTERFACE) {
      if (startsWithPlainInterfaceCommand(text, start, end) || (startsWithWordThenMore(text, start, end, 'no') && startsWithPlainInterfaceCommand(text, start + 3, end))) {
        (depths ??= new FlatDepths(section.startLine, section.endLine)).set(i, 1);
        continue;
      }
      if (startsWithWordThenMore(text, start, end, 'interface')) {
        // What the grammar does with it: not an interface command, so the block ends; it opens the next.
        if (nextContentColumn(lines, i + 1, section.endLine) !== 0) stack = [];
        continue;
      }
    }
    const w = lowerWords(text.slice(start, end));
    if (w.length === 0) continue;
    while (stack.length > 0) {
      const mode = stack[stack.length - 1];
      const child = mode.child?.(w);
      if (child) {
        (depths ??= new FlatDepths(section.startLine, section.endLine)).set(i, stack.length);
        stack.push(child);
        break;
      }
      if (mode.command(w)) {
        (depths ??= new FlatDepths(section.startLine, section.endLine)).set(i, stack.length);
        break;
      }
      stack.pop();
    }
    if (stack.length > 0) continue;
    const mode = topLevelMode(w);
    if (mode && nextContentColumn(lines, i + 1, section.endLine) === 0) stack = [mode];
  }
  return depths;
}

/** The indentation of the next line with a command (not blank, not a comment): 0 at column 0, -1 when none. */
function nextContentColumn(lines: TextLines, from: number, to: number): number {
  const text = lines.text;
  for (let i = from; i < to; i++) {
    const start = lines.starts[i];
    const end = lines.ends[i];
    let col = start;
    while (col < end && (text.charCodeAt(col) === 32 || text.charCodeAt(col) === 9)) col++;
    if (col >= end) continue;
    if (text.charCodeAt(col) === 33 /* ! */) continue;
    return col - start;
  }
  return -1;
}
