// Completion where the cursor is, as plain data for the LSP layer: the licensing commands that
// belong in the block being typed (`call-home`, a call-home `profile`, NX-OS `callhome`, after
// `license smart`), each documented as hover documents it, and snippets for the three seed
// deployments (direct cloud over call-home, SSM On-Prem, SLP Smart Transport in a VRF) whose
// VRF, interface and host placeholders come from what the model knows of this device.
import { commandDocs, CommandKey } from './docs/commands';
import { renderTopic } from './hover';
import { t } from './l10n';
import { topicTitle } from './showHover';
import { defaultRoutes, onlyDefaultRouteVrf } from './model/queries';
import { DeviceModel, Interface } from './model/types';
import { Position, Range } from './types';
import { urlHost } from './parse/url';

export interface CompletionEntry {
  /** What the list shows: the words still to type (`transport smart`), or the snippet's name. */
  label: string;
  kind: 'command' | 'snippet';
  /** One line beside the label: the full command, or what the snippet sets up. */
  detail: string;
  /** Markdown, the same text hover shows on that command. */
  documentation?: string;
  /** Text in snippet syntax (`${1:Mgmt-vrf}`, `${1|a,b|}`); lines after the first carry no indentation of the cursor's line. */
  snippet: string;
  /** The same text with every placeholder at its default, for clients without snippet support. */
  text: string;
  /** What the entry replaces: the word being typed (empty at a space). */
  range: Range;
  filterText: string;
  sortText: string;
}

/** Where the cursor is, in configuration terms. */
type Block = 'top' | 'call-home' | 'profile' | 'callhome' | 'vrf-context' | 'trustpoint';

interface Template {
  /** Words of the command; `<vrf>`, `<interface>`, `<host>`, `<email>`, `<profile>`, `<port>`, `<proxy>`, `<dns>`, `<ntp>`, `<address>`, `<domain>` are placeholders. */
  words: string;
  doc: CommandKey;
  nxos?: boolean;
  ios?: boolean;
  /**
   * Names the VRF licensing traffic uses: offered only when the config shows licensing routes through
   * one (never `vrf Mgmt-vrf` on a device whose route to Cisco is global: issue 15.4), with that VRF only.
   */
  licensingVrf?: boolean;
}

const TAC_URL = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';
const ONPREM_PATH = '/Transportgateway/services/DeviceRequestHandler';

// The commands each block takes, in the order a person writes them. Only what licensing needs:
// switching the server identity check off or typing an ID token into a file are not offered.
const TEMPLATES: Record<Block, Template[]> = {
  top: [
    { words: 'service call-home', doc: 'service call-home', ios: true },
    { words: 'call-home', doc: 'call-home', ios: true },
    { words: 'callhome', doc: 'callhome', nxos: true },
    { words: 'license smart transport smart', doc: 'license smart transport', ios: true },
    { words: 'license smart transport callhome', doc: 'license smart transport', ios: true },
    { words: 'license smart transport cslu', doc: 'license smart transport', ios: true },
    { words: 'license smart transport off', doc: 'license smart transport', ios: true },
    { words: 'license smart url default', doc: 'license smart url', ios: true },
    { words: 'license smart url smart https://smartreceiver.cisco.com/licservice/license', doc: 'license smart url', ios: true },
    { words: 'license smart url cslu http://<host>:8182/cslu/v1/pi', doc: 'license smart url cslu', ios: true },
    { words: 'license smart vrf <vrf>', doc: 'license smart vrf', ios: true, licensingVrf: true },
    { words: 'license smart proxy address <proxy>', doc: 'license smart proxy', ios: true },
    { words: 'license smart proxy port <port>', doc: 'license smart proxy', ios: true },
    { words: 'ip http client source-interface <interface>', doc: 'ip http client source-interface', ios: true },
    { words: 'clock calendar-valid', doc: 'clock calendar-valid', ios: true },
    // DNS and time, per platform (XE, SLP and NX articles; the Chinese XE article: the lookup source
    // interface in the VRF that reaches the name server).
    { words: 'ip domain lookup', doc: 'ip domain lookup', ios: true },
    { words: 'ip domain lookup source-interface <interface>', doc: 'ip domain lookup', ios: true },
    { words: 'ip domain lookup vrf <vrf> source-interface <interface>', doc: 'ip domain lookup', ios: true },
    { words: 'ip name-server <dns>', doc: 'ip name-server', ios: true },
    { words: 'ip name-server vrf <vrf> <dns>', doc: 'ip name-server', ios: true },
    { words: 'ip domain name <domain>', doc: 'ip domain name', ios: true },
    { words: 'ip host <host> <address>', doc: 'ip host' },
    { words: 'ntp server <ntp>', doc: 'ntp server', ios: true },
    { words: 'ntp server vrf <vrf> <ntp>', doc: 'ntp server', ios: true },
    { words: 'ip domain-lookup', doc: 'nxos ip domain-lookup', nxos: true },
    { words: 'ip name-server <dns> use-vrf <vrf>', doc: 'nxos ip name-server', nxos: true },
    { words: 'ip dns source-interface <interface>', doc: 'nxos ip dns source-interface', nxos: true },
    { words: 'ntp server <ntp> use-vrf <vrf>', doc: 'nxos ntp server', nxos: true },
  ],
  'vrf-context': [
    { words: 'ip name-server <dns>', doc: 'nxos ip name-server' },
    { words: 'ip route 0.0.0.0/0 <address>', doc: 'nxos ip route' },
  ],
  trustpoint: [
    { words: 'revocation-check none', doc: 'revocation-check' },
    { words: 'enrollment terminal', doc: 'crypto pki trustpoint' },
  ],
  'call-home': [
    { words: 'contact-email-addr <email>', doc: 'call-home contact-email-addr' },
    { words: 'vrf <vrf>', doc: 'call-home vrf', licensingVrf: true },
    { words: 'source-interface <interface>', doc: 'call-home source-interface' },
    { words: 'http-proxy "<proxy>" port <port>', doc: 'call-home http-proxy' },
    { words: 'profile "<profile>"', doc: 'call-home profile' },
  ],
  profile: [
    { words: 'active', doc: 'profile active' },
    { words: 'no active', doc: 'profile no active' },
    { words: 'reporting smart-licensing-data', doc: 'profile reporting' },
    { words: 'reporting all', doc: 'profile reporting' },
    { words: 'destination transport-method http', doc: 'profile destination transport-method' },
    { words: `destination address http ${TAC_URL}`, doc: 'profile destination address http' },
    { words: `destination address http https://<host>${ONPREM_PATH}`, doc: 'profile destination address http' },
  ],
  callhome: [
    { words: 'email-contact <email>', doc: 'callhome email-contact' },
    { words: 'destination-profile CiscoTAC-1 transport-method http', doc: 'callhome destination-profile transport-method' },
    { words: `destination-profile CiscoTAC-1 http ${TAC_URL}`, doc: 'callhome destination-profile http' },
    { words: 'transport http use-vrf <vrf>', doc: 'callhome transport http use-vrf', licensingVrf: true },
    { words: 'transport http proxy server <proxy> port <port>', doc: 'callhome transport http proxy' },
    { words: 'transport http proxy enable', doc: 'callhome transport http proxy' },
    { words: 'enable', doc: 'callhome enable' },
  ],
};

type Slot = 'vrf' | 'interface' | 'host' | 'email' | 'proxy' | 'port' | 'profile' | 'dns' | 'ntp' | 'address' | 'domain';

/** What the model knows that a placeholder can start from: candidates, the likeliest first. */
interface Facts extends Record<Slot, string[]> {
  /** The VRF that holds the route to Cisco, when the config says (undefined: the global table, or not known). */
  licensingVrf?: string;
  vrf: string[];
  interface: string[];
  host: string[];
  email: string[];
  proxy: string[];
  port: string[];
  profile: string[];
  dns: string[];
  ntp: string[];
  address: string[];
  domain: string[];
}

const PLACEHOLDER_NAMES: Record<Slot, string> = {
  vrf: 'vrf-name',
  interface: 'interface',
  host: 'host',
  email: 'email',
  proxy: 'proxy-host',
  port: 'port',
  profile: 'profile-name',
  dns: 'dns-server',
  ntp: 'ntp-server',
  address: 'address',
  domain: 'domain',
};

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

function isCiscoHost(host: string): boolean {
  return /(^|\.)cisco\.com$/i.test(host);
}

function hostOf(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? urlHost(url) : undefined;
}

function usable(i: Interface): boolean {
  return !i.shutdown && (i.addresses.length > 0 || i.dhcp);
}

/**
 * The VRF licensing should use: the one licensing lines already name (HTTP client source
 * interface, call-home `vrf`, `license smart vrf`, NX-OS `use-vrf`), else the one holding the only
 * default route; none when the default route is global; when the routes are not in the text, a
 * management VRF by its usual name (Mgmt-vrf on IOS-XE switches, management on NX-OS).
 */
export function placeholderFacts(model: DeviceModel): Facts {
  const c = model.config;
  const interfaces = [...c.interfaces.values()];
  const vrfNames = [...c.vrfs.keys()].filter((v) => v !== 'default');
  const clientIntf = c.httpClientSourceInterface ? interfaces.find((i) => i.name.toLowerCase() === c.httpClientSourceInterface!.value.toLowerCase()) : undefined;
  const mgmtVrf = vrfNames.find((v) => /^(mgmt-vrf|management)$/i.test(v));
  const configured = clientIntf?.vrf?.value ?? c.callHome?.vrf?.value ?? c.licenseSmart.vrf?.value ?? c.nxCallhome?.useVrf?.value;
  const routes = defaultRoutes(model);
  const preferredVrf = configured ?? onlyDefaultRouteVrf(model) ??
    (routes.global ? undefined : mgmtVrf ?? interfaces.find((i) => usable(i) && i.vrf)?.vrf?.value);
  const vrf = unique([preferredVrf, ...vrfNames]);

  const inVrf = (i: Interface) => (preferredVrf ? i.vrf?.value === preferredVrf : !i.vrf);
  const interfaceNames = unique([
    clientIntf && inVrf(clientIntf) ? clientIntf.name : undefined,
    c.callHome?.sourceInterface?.value,
    // Only interfaces with an address: a switchport cannot source the HTTP client.
    ...interfaces.filter((i) => usable(i) && inVrf(i)).map((i) => i.name),
  ]).slice(0, 8);

  const urls = [
    ...(c.callHome?.profiles.flatMap((p) => p.httpDestinations.map((d) => d.url)) ?? []),
    ...(c.nxCallhome?.profiles.flatMap((p) => p.httpDestinations.map((d) => d.url)) ?? []),
    ...c.licenseSmart.urls.map((u) => u.url ?? ''),
  ];
  const host = unique([...urls.map(hostOf).filter((h) => h && !isCiscoHost(h)), ...c.dns.hosts.map((h) => h.name)]);
  const email = unique([c.callHome?.contactEmail?.value]);
  const proxy = unique([c.callHome?.httpProxy?.host?.replace(/"/g, ''), c.licenseSmart.proxyAddress?.value, c.nxCallhome?.proxy?.host]);
  const port = unique([c.callHome?.httpProxy?.port, c.licenseSmart.proxyPort?.value, c.nxCallhome?.proxy?.port]);
  const profile = unique(c.callHome?.profiles.filter((p) => !p.isCiscoTac).map((p) => p.name) ?? []);
  const dns = unique(c.dns.nameServers.flatMap((n) => n.addresses));
  const ntp = unique(c.ntpSources.map((n) => n.words.find((w, i) => i >= 2 && /^[\d.:a-f]+$|\./i.test(w.text) && !/^(vrf|use-vrf|prefer|key|source|version)$/.test(w.text))?.text));
  return { licensingVrf: preferredVrf, vrf, interface: interfaceNames, host, email, proxy, port, profile, dns, ntp, address: [], domain: [] };
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (m) => `\\${m}`);
}

function escapeChoice(s: string): string {
  return s.replace(/[\\$}|,]/g, (m) => `\\${m}`);
}

/** Turns `<vrf>`-style placeholders into numbered snippet placeholders; one number per kind, mirrored where it repeats. */
class SnippetWriter {
  private numbers = new Map<Slot, number>();
  constructor(private facts: Facts) {}

  write(template: string): { snippet: string; text: string } {
    let snippet = '';
    let text = '';
    let last = 0;
    for (const m of template.matchAll(/<(vrf|interface|host|email|proxy|port|profile|dns|ntp|address|domain)>/g)) {
      const literal = template.slice(last, m.index);
      snippet += escapeSnippet(literal);
      text += literal;
      last = m.index! + m[0].length;
      const kind = m[1] as Slot;
      const values = this.facts[kind];
      const known = this.numbers.get(kind);
      // `<email>`, not `email`: tabbing out early leaves a placeholder placeholder-in-config reports (issue 15.5).
      const fallback = values[0] ?? `<${PLACEHOLDER_NAMES[kind]}>`;
      text += values[0] ?? `<${PLACEHOLDER_NAMES[kind]}>`;
      if (known !== undefined) {
        snippet += `$${known}`;
        continue;
      }
      const n = this.numbers.size + 1;
      this.numbers.set(kind, n);
      snippet += values.length > 1 ? `\${${n}|${values.map(escapeChoice).join(',')}|}` : `\${${n}:${escapeSnippet(fallback)}}`;
    }
    snippet += escapeSnippet(template.slice(last));
    text += template.slice(last);
    return { snippet, text };
  }
}

interface DeploymentSnippet {
  label: string;
  detail: string;
  /** Why and when, in Markdown, before the lines it inserts. */
  about: string;
  lines: string[];
}

function deploymentSnippets(model: DeviceModel, facts: Facts): DeploymentSnippet[] {
  if (model.dialect === 'nxos') {
    return [{
      label: t('callhome direct cloud (NX-OS)'),
      detail: t('NX-OS Smart Licensing straight to Cisco over HTTPS through the management VRF'),
      about: t('NX-OS seed: callhome with an HTTPS destination, `transport http use-vrf`, and `enable` once `email-contact` is set; DNS in the same VRF so `tools.cisco.com` resolves there.'),
      lines: [
        'callhome',
        '  email-contact <email>',
        '  destination-profile CiscoTAC-1 transport-method http',
        `  destination-profile CiscoTAC-1 http ${TAC_URL}`,
        '  transport http use-vrf <vrf>',
        '  enable',
        'ip domain-lookup',
        'ip name-server <dns> use-vrf <vrf>',
      ],
    }];
  }
  // The call-home snippets name a VRF only when the device keeps its route to Cisco in one
  // (XE scenario 5: "vrf under call-home, if applicable").
  const vrfLine = facts.licensingVrf ? [' vrf <vrf>'] : [];
  return [
    {
      label: t('call-home direct cloud (classic Smart Licensing)'),
      detail: t('{profile} straight to Cisco over HTTPS', { profile: 'CiscoTAC-1' }),
      about: t('Direct cloud access: `service call-home`, one active profile (`CiscoTAC-1`) sending over HTTP transport to an `https://` URL, and the HTTP client leaving through an interface that reaches Cisco.'),
      lines: [
        'service call-home',
        'call-home',
        ' contact-email-addr <email>',
        ...vrfLine,
        ' profile "CiscoTAC-1"',
        '  active',
        '  destination transport-method http',
        '  no destination transport-method email',
        'ip http client source-interface <interface>',
      ],
    },
    {
      label: t('call-home SSM On-Prem'),
      detail: t('A licensing profile to SSM On-Prem over HTTPS; {profile} off', { profile: 'CiscoTAC-1' }),
      about: t('SSM On-Prem: one user profile reporting `smart-licensing-data` to the on-prem server\'s case-sensitive `/Transportgateway/services/DeviceRequestHandler` path over `https://` (with the certificate\'s host name, not an IP), and `CiscoTAC-1` inactive so only one profile carries licensing.'),
      lines: [
        'service call-home',
        'call-home',
        ' contact-email-addr <email>',
        ...vrfLine,
        ' profile "CiscoTAC-1"',
        '  no active',
        ' profile "SSM-OnPrem"',
        '  reporting smart-licensing-data',
        '  destination transport-method http',
        `  destination address http https://<host>${ONPREM_PATH}`,
        'ip http client source-interface <interface>',
      ],
    },
    {
      label: t(facts.licensingVrf ? 'license smart Smart Transport in a VRF (SLP)' : 'license smart Smart Transport (SLP)'),
      detail: t(facts.licensingVrf ? 'Smart Licensing Using Policy straight to {host} through a VRF' : 'Smart Licensing Using Policy straight to {host}', { host: 'smartreceiver.cisco.com' }),
      about: t('SLP Smart Transport: `license smart transport smart`, the default URL, the VRF that holds the route to Cisco, and an HTTP client source interface in that VRF, and DNS (lookup on, its source interface, a name server) where that interface reaches it. Install the trust code afterwards from exec mode: `license smart trust idtoken <TOKEN> all force`.'),
      lines: [
        'license smart transport smart',
        'license smart url default',
        ...(facts.licensingVrf ? ['license smart vrf <vrf>'] : []),
        'ip http client source-interface <interface>',
        // The SLP article's DNS step (ip domain lookup, its source interface, a name server); in a VRF, the
        // VRF forms, with the lookup source interface in that VRF (Chinese XE article).
        'ip domain lookup',
        ...(facts.licensingVrf
          ? ['ip domain lookup vrf <vrf> source-interface <interface>', 'ip name-server vrf <vrf> <dns>']
          : ['ip domain lookup source-interface <interface>', 'ip name-server <dns>']),
      ],
    },
  ];
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/** The block the cursor's line belongs to, from the nearest less-indented commands above it, and the line that opens it. */
function blockAt(model: DeviceModel, line: number, indent: number): { block: Block; opener: number } | undefined {
  if (indent === 0) return { block: 'top', opener: -1 };
  let want = indent;
  const chain: { command: string; line: number }[] = [];
  for (let i = line - 1; i >= 0 && want > 0; i--) {
    const text = model.lines.line(i);
    const ind = indentOf(text);
    const command = text.slice(ind).trimEnd();
    if (command === '' || command.startsWith('!')) continue;
    if (ind < want) {
      chain.push({ command: command.toLowerCase(), line: i });
      want = ind;
    }
  }
  if (chain.length === 0) return { block: 'top', opener: -1 };
  const [parent, grandparent] = chain;
  if (parent.command === 'call-home') return { block: 'call-home', opener: parent.line };
  if (parent.command === 'callhome') return { block: 'callhome', opener: parent.line };
  if (/^profile\s/.test(parent.command) && grandparent?.command === 'call-home') return { block: 'profile', opener: parent.line };
  if (/^vrf context\s/.test(parent.command)) return { block: 'vrf-context', opener: parent.line };
  if (/^crypto pki trustpoint\s/.test(parent.command)) return { block: 'trustpoint', opener: parent.line };
  return undefined;
}

/** The commands already in the block (lower case), so a line that is there is not offered again. */
function commandsInBlock(model: DeviceModel, opener: number, indent: number, skip: number): Set<string> {
  const seen = new Set<string>();
  for (let i = opener + 1; i < model.lines.count; i++) {
    if (i === skip) continue;
    const text = model.lines.line(i);
    const ind = indentOf(text);
    const command = text.slice(ind).trimEnd();
    if (command === '' || command.startsWith('!')) continue;
    if (opener >= 0 && ind < indent) break;
    if (ind === indent) seen.add(command.toLowerCase().replace(/\s+/g, ' '));
  }
  return seen;
}

function inShowOutput(model: DeviceModel, line: number): boolean {
  return model.sections.some((s) => s.kind !== 'config' && line >= s.startLine && line < s.endLine);
}

/** Words of a template, with a placeholder word matching whatever was typed in its place. */
function templateWords(words: string): string[] {
  return words.split(' ');
}

function wordMatches(templateWord: string, typed: string): boolean {
  if (/<[a-z]+>/.test(templateWord)) {
    const pattern = new RegExp(`^${templateWord.split(/<[a-z]+>/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 'i');
    return pattern.test(typed);
  }
  return templateWord.toLowerCase() === typed.toLowerCase();
}

export function completionsAt(model: DeviceModel, position: Position): CompletionEntry[] {
  if (position.line >= model.lines.count || inShowOutput(model, position.line)) return [];
  let lineText = model.lines.line(position.line);
  if (position.line === 0 && model.lines.bomLength) lineText = ' '.repeat(model.lines.bomLength) + lineText.slice(model.lines.bomLength);
  const before = lineText.slice(0, Math.min(position.character, lineText.length));
  const indent = indentOf(before);
  if (before.slice(indent).startsWith('!')) return [];
  const where = blockAt(model, position.line, indent);
  if (!where) return [];
  const block = where.block;

  // Words already typed before the one under the cursor.
  const typed = before.slice(indent);
  const partialStart = Math.max(typed.lastIndexOf(' '), typed.lastIndexOf('\t')) + 1;
  const done = typed.slice(0, partialStart).split(/[ \t]+/).filter(Boolean);
  const partial = typed.slice(partialStart);
  const range: Range = {
    start: { line: position.line, character: indent + partialStart },
    end: { line: position.line, character: before.length },
  };

  const facts = placeholderFacts(model);
  const present = commandsInBlock(model, where.opener, indent, position.line);
  const nxos = model.dialect === 'nxos';
  const entries: CompletionEntry[] = [];
  // Only what the rest of the config supports (issue 15.4): a VRF command needs a VRF in the config,
  // and one that steers licensing needs the VRF licensing's route is in.
  const licensingFacts: Facts = { ...facts, vrf: facts.licensingVrf ? [facts.licensingVrf] : [] };
  TEMPLATES[block].forEach((t, order) => {
    if ((t.nxos && model.dialect === 'ios') || (t.ios && nxos)) return;
    if (t.words.includes('<vrf>') && (t.licensingVrf ? !facts.licensingVrf : facts.vrf.length === 0)) return;
    const slotFacts = t.licensingVrf ? licensingFacts : facts;
    const words = templateWords(t.words);
    if (done.length >= words.length) return;
    for (let i = 0; i < done.length; i++) if (!wordMatches(words[i], done[i])) return;
    const rest = words.slice(done.length).join(' ');
    const doc = commandDocs[t.doc];
    // A placeholder as the next word (`license smart vrf |`): one entry per value the model knows.
    const next = /^<(vrf|interface|host|email|proxy|port|profile|dns|ntp|address|domain)>/.exec(rest)?.[1] as Slot | undefined;
    const variants = next && slotFacts[next].length > 1 ? slotFacts[next].map((v) => rest.replace(`<${next}>`, v)) : [rest];
    variants.forEach((variant, i) => {
      const { snippet, text } = new SnippetWriter(slotFacts).write(variant);
      if (present.has([...done, text].join(' ').toLowerCase())) return;
      // Best first: the VRF licensing needs, when the config has not named it yet, then the block's usual order.
      const rank = t.licensingVrf ? '0' : '1';
      entries.push({
        label: text, kind: 'command', detail: topicTitle(doc.title), documentation: renderTopic(doc),
        snippet, text, range, filterText: text, sortText: `1${rank}${String(order).padStart(3, '0')}${String(i).padStart(2, '0')}`,
      });
    });
  });

  // Deployment snippets start a line at the top level.
  if (block === 'top' && done.length === 0) {
    deploymentSnippets(model, facts).forEach((d, order) => {
      const { snippet, text } = new SnippetWriter(facts).write(d.lines.join('\n'));
      entries.push({
        label: d.label, kind: 'snippet', detail: d.detail,
        documentation: `${d.about}\n\n\`\`\`cisco\n${text}\n\`\`\``,
        snippet: `${snippet}\n$0`, text: `${text}\n`, range, filterText: `${d.lines[0]} ${d.label}`,
        sortText: `0${order}`,
      });
    });
  }
  return partial ? entries.filter((e) => fuzzy(partial, e.filterText)) : entries;
}

/** Are the typed characters found in order in the candidate (as an editor's fuzzy filter does)? */
function fuzzy(typed: string, candidate: string): boolean {
  let i = 0;
  const c = candidate.toLowerCase();
  for (const ch of typed.toLowerCase()) {
    i = c.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}
