// The outline: a show-tech's sections, and inside configuration the blocks a licensing engineer
// looks for (call-home and its profiles, NX-OS callhome, interfaces, VRFs, trustpoints, the
// `license smart` lines). Read from the model: a 10 MiB config with tens of thousands of
// interfaces is walked once over its top-level commands, never parsed again, and its ports give
// way first when the outline would pass OUTLINE_LIMIT symbols.
import { readCallHome, readNxCallhome } from '../model/callHome';
import { CallHome, DeviceModel, Interface, NxCallhome } from '../model/types';
import { ConfigNode, firstWord, ParsedConfig, unquote } from '../parse/config';
import { TextLines } from '../parse/lines';
import { Section } from '../parse/sections';
import { redactIdTokens, redactSecrets, redactUrlPasswords } from '../secrets';
import { t } from '../l10n';
import { Range } from '../types';
import {
  blockRange, columnAfterWords, columnsRange, commandRange, sectionFirstLine, sectionLastLine, trimmedLineRange,
} from './ranges';

/** LSP's SymbolKind numbers, for the kinds the outline uses. */
export const SymbolKind = {
  Module: 2,
  Namespace: 3,
  Package: 4,
  Property: 7,
  Interface: 11,
  Object: 19,
  Key: 20,
  Struct: 23,
  Event: 24,
} as const;

/** Shaped like LSP's DocumentSymbol. */
export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: number;
  /** The whole block or section. */
  range: Range;
  /** The name, where the editor puts the cursor. */
  selectionRange: Range;
  children?: OutlineSymbol[];
}

/**
 * Most symbols an outline holds, as yaml-language-server's and VS Code's JSON `maxItemsComputed`:
 * a 10 MiB config with 80,000 ports would otherwise send 18 MB of symbols on every request.
 */
export const OUTLINE_LIMIT = 5000;

export function documentSymbols(model: DeviceModel, limit = OUTLINE_LIMIT): OutlineSymbol[] {
  const { lines, sections } = model;
  const byStart = (a: OutlineSymbol, b: OutlineSymbol) => a.range.start.line - b.range.start.line;
  const parsedBySection = new Map<Section, ParsedConfig>();
  for (const p of model.config.parsed) parsedBySection.set(p.section, p);
  const facts = sharedFacts(model);

  let out: OutlineSymbol[] = [];
  // A plain config file is its blocks; a wrapper named `running-config` would only add a level.
  if (sections.length === 1 && sections[0].headerLine < 0 && sections[0].kind === 'config') {
    const p = parsedBySection.get(sections[0]);
    out = p ? configSymbols(model, p, facts).sort(byStart) : [];
  } else {
    for (const section of sections) {
      const symbol = sectionSymbol(lines, section);
      const p = parsedBySection.get(section);
      if (p) {
        const children = configSymbols(model, p, facts).sort(byStart);
        if (children.length) symbol.children = children;
      }
      out.push(symbol);
    }
  }
  capInterfaces(out, facts, limit);
  redactSymbols(model, out);
  return out;
}

/**
 * Outline names come from the text: a prompt echo `Switch#license smart trust idtoken …` names a
 * section, a change script's command names a child. ID tokens in them are redacted, in whatever case
 * or abbreviation they were typed (issue 12.3), and so are URL passwords (issue 20.3).
 */
function redactSymbols(model: DeviceModel, symbols: OutlineSymbol[]): void {
  const tokens = new Set<string>();
  for (const t of model.config.licenseSmart.idtokens) tokens.add(t.token.text);
  for (const s of model.show.secrets) tokens.add(s.token);
  const redact = (t: string) => redactUrlPasswords(tokens.size ? redactSecrets(t, tokens) : t);
  const walk = (list: OutlineSymbol[]) => {
    for (const s of list) {
      s.name = redact(s.name);
      if (s.detail) s.detail = redact(s.detail);
      if (s.children) walk(s.children);
    }
  };
  walk(symbols);
}

function countSymbols(symbols: OutlineSymbol[]): number {
  let n = symbols.length;
  for (const s of symbols) if (s.children) n += countSymbols(s.children);
  return n;
}

/**
 * Over the limit, interfaces give way, never the licensing blocks: those with a VRF or an
 * address (the ones call-home and DNS can source from) stay first, then the others in file order.
 */
function capInterfaces(symbols: OutlineSymbol[], facts: SharedFacts, limit: number): void {
  const total = countSymbols(symbols);
  if (total <= limit) return;
  const all = facts.interfaceGroups.flatMap((g) => g.children ?? []);
  const keep = Math.max(0, all.length - (total - limit));
  const routed = all.filter((s) => facts.routed.has(s));
  const kept = new Set(routed.slice(0, keep));
  for (let i = 0; i < all.length && kept.size < keep; i++) kept.add(all[i]);
  for (const group of facts.interfaceGroups) {
    const children = group.children ?? [];
    const listed = children.filter((s) => kept.has(s));
    group.detail = t('{total}, {listed} listed (addressed first)', { total: children.length, listed: listed.length });
    group.children = listed.length ? listed : undefined;
  }
}

function sectionSymbol(lines: TextLines, section: Section): OutlineSymbol {
  const first = sectionFirstLine(section);
  const last = sectionLastLine(lines, section);
  const selectionRange = trimmedLineRange(lines, first);
  let name = section.command;
  let detail: string | undefined;
  if (section.filtered && section.headerLine >= 0) {
    const header = lines.line(section.headerLine);
    detail = header.slice(header.indexOf('|')).replace(/\s*-{4,}\s*$/, '').trim();
  }
  if (!name) {
    if (section.kind === 'config') name = 'running-config';
    else if (section.kind === 'log') name = 'log';
    else {
      // A bare paste is named by its first line (`Smart Licensing Status`, `Profile Name: CiscoTAC-1`).
      // Redacted before it is shortened: a cut token would still show most of itself.
      const head = redactUrlPasswords(redactIdTokens(lines.line(first).trim()));
      name = head.length > 60 ? `${head.slice(0, 57)}...` : head || t('show output');
    }
    detail = t('pasted without its command');
  }
  return {
    name,
    detail,
    kind: section.kind === 'config' ? SymbolKind.Module : SymbolKind.Namespace,
    range: { start: { line: first, character: 0 }, end: { line: last, character: lines.length(last) } },
    selectionRange,
  };
}

interface SharedFacts {
  /** Interfaces per VRF name. */
  vrfUse: Map<string, number>;
  /** The modelled interfaces that have something to show (VRF, address, shutdown), by their node. */
  interfaceFacts: Map<ConfigNode, Interface>;
  /** Filled while building: every `interfaces` symbol, and the interface symbols with a VRF or an address. */
  interfaceGroups: OutlineSymbol[];
  routed: Set<OutlineSymbol>;
}

function sharedFacts(model: DeviceModel): SharedFacts {
  const vrfUse = new Map<string, number>();
  const interfaceFacts = new Map<ConfigNode, Interface>();
  for (const intf of model.config.interfaces.values()) {
    if (intf.vrf) vrfUse.set(intf.vrf.value, (vrfUse.get(intf.vrf.value) ?? 0) + 1);
    if (intf.vrf || intf.addresses.length || intf.shutdown) interfaceFacts.set(intf.node, intf);
  }
  return { vrfUse, interfaceFacts, interfaceGroups: [], routed: new Set() };
}

function configSymbols(model: DeviceModel, parsed: ParsedConfig, facts: SharedFacts): OutlineSymbol[] {
  const { vrfUse, interfaceFacts } = facts;
  const { lines, config } = model;
  const out: OutlineSymbol[] = [];
  const licenseLines: ConfigNode[] = [];
  const interfaces: OutlineSymbol[] = [];
  const roots = parsed.roots;
  for (let r = 0; r < roots.length; r++) {
    const node = roots[r];
    const text = node.text;
    switch (firstWord(text)) {
      case 'interface': {
        const at = columnAfterWords(node, 1);
        if (at < 0) break;
        const modelled = interfaceFacts.get(node);
        const symbol: OutlineSymbol = {
          name: text.slice(at - node.indent),
          detail: modelled ? interfaceDetail(modelled) : undefined,
          kind: SymbolKind.Interface,
          range: blockRange(lines, node),
          selectionRange: columnsRange(node, at, node.end),
        };
        interfaces.push(symbol);
        if (modelled && (modelled.vrf || modelled.addresses.length)) facts.routed.add(symbol);
        break;
      }
      case 'vrf': {
        const kind = node.words[1]?.text;
        const nameWord = node.words[2];
        if ((kind === 'definition' || kind === 'context') && nameWord) out.push(vrfSymbol(lines, node, nameWord, `vrf ${kind}`, vrfUse));
        break;
      }
      case 'ip':
        if (node.startsWith('ip', 'vrf') && node.words[2] && node.words.length === 3) {
          out.push(vrfSymbol(lines, node, node.words[2], 'ip vrf', vrfUse));
        }
        break;
      case 'call-home':
        if (text === 'call-home') out.push(callHomeSymbol(model, config.callHome?.node === node ? config.callHome : readCallHome(node)));
        break;
      case 'callhome':
        if (text === 'callhome') out.push(nxCallhomeSymbol(model, config.nxCallhome?.node === node ? config.nxCallhome : readNxCallhome(node)));
        break;
      case 'crypto':
        if (node.startsWith('crypto', 'pki', 'trustpoint') && node.words[3]) {
          const name = unquote(node.words[3].text);
          const modelled = config.trustpoints.get(name);
          const check = modelled && modelled.node === node ? modelled.revocationCheck : undefined;
          out.push({
            name,
            detail: check ? `revocation-check ${check.node.argsAfter(1).join(' ')}` : undefined,
            kind: SymbolKind.Key,
            range: blockRange(lines, node),
            selectionRange: columnsRange(node, node.words[3].start, node.words[3].end),
          });
        }
        break;
      case 'license':
        if (node.startsWith('license', 'smart')) licenseLines.push(node);
        break;
      default:
        break;
    }
  }
  if (licenseLines.length) out.push(licenseSmartSymbol(lines, licenseLines));
  // A large config has thousands of ports: under one symbol they leave call-home, VRFs and the
  // licence lines in sight.
  if (interfaces.length) {
    const first = interfaces[0];
    const last = interfaces[interfaces.length - 1];
    const group: OutlineSymbol = {
      name: 'interfaces',
      detail: `${interfaces.length}`,
      kind: SymbolKind.Namespace,
      range: { start: first.range.start, end: last.range.end },
      selectionRange: first.range.start.line === first.selectionRange.start.line
        ? { start: first.range.start, end: { line: first.range.start.line, character: first.selectionRange.start.character - 1 } }
        : first.selectionRange,
      children: interfaces,
    };
    out.push(group);
    facts.interfaceGroups.push(group);
  }
  return out;
}

function interfaceDetail(intf: Interface): string | undefined {
  const parts: string[] = [];
  if (intf.vrf) parts.push(`vrf ${intf.vrf.value}`);
  const address = intf.addresses[0];
  if (address) parts.push(address.argsAfter(2).join(' '));
  if (intf.shutdown) parts.push('shutdown');
  return parts.length ? parts.join(' · ') : undefined;
}

function vrfSymbol(lines: TextLines, node: ConfigNode, nameWord: { text: string; start: number; end: number }, form: string, vrfUse: Map<string, number>): OutlineSymbol {
  const name = unquote(nameWord.text);
  const used = vrfUse.get(name) ?? 0;
  return {
    name,
    detail: used ? `${form} · ${t(used === 1 ? '{count} interface' : '{count} interfaces', { count: used })}` : form,
    kind: SymbolKind.Package,
    range: blockRange(lines, node),
    selectionRange: columnsRange(node, nameWord.start, nameWord.end),
  };
}

function callHomeSymbol(model: DeviceModel, callHome: CallHome): OutlineSymbol {
  const { lines, config } = model;
  const parts: string[] = [];
  if (config.noServiceCallHome) parts.push('no service call-home');
  else if (config.serviceCallHome) parts.push('service call-home');
  if (callHome.vrf) parts.push(`vrf ${callHome.vrf.value}`);
  if (callHome.sourceInterface) parts.push(`source-interface ${callHome.sourceInterface.node.argsAfter(1).join('')}`);
  const profiles = callHome.profiles.map((p): OutlineSymbol => {
    const detail = [
      // CiscoTAC-1 with neither `active` nor `no active` is active by default on most releases (SPEC §3.1).
      p.activity === 'unknown' ? t('active unless a show output says otherwise') : p.activity,
      ...p.transportMethods.map((m) => `transport ${m.value}`),
    ];
    return {
      name: p.name,
      detail: detail.join(' · '),
      kind: SymbolKind.Struct,
      range: blockRange(lines, p.node),
      selectionRange: columnsRange(p.node, p.nameWord.start, p.nameWord.end),
    };
  });
  return {
    name: 'call-home',
    detail: parts.length ? parts.join(' · ') : undefined,
    kind: SymbolKind.Object,
    range: blockRange(lines, callHome.node),
    selectionRange: commandRange(callHome.node),
    children: profiles.length ? profiles : undefined,
  };
}

function nxCallhomeSymbol(model: DeviceModel, callhome: NxCallhome): OutlineSymbol {
  const { lines } = model;
  const parts: string[] = [callhome.enableNode ? t('enabled') : t('not enabled')];
  if (callhome.useVrf) parts.push(`use-vrf ${callhome.useVrf.value}`);
  const profiles = callhome.profiles.flatMap((p): OutlineSymbol[] => {
    const first = p.nodes[0];
    const last = p.nodes[p.nodes.length - 1];
    const nameWord = first?.words[1];
    if (!first || !nameWord) return [];
    const methods = p.transportMethods.map((m) => `transport ${m.value}`);
    const http = p.httpDestinations.length;
    if (http) methods.push(t(http === 1 ? '{count} http destination' : '{count} http destinations', { count: http }));
    return [{
      name: p.name,
      detail: methods.length ? methods.join(' · ') : undefined,
      kind: SymbolKind.Struct,
      range: { start: { line: first.line, character: first.indent }, end: { line: last.lastLine, character: lines.length(last.lastLine) } },
      selectionRange: columnsRange(first, nameWord.start, nameWord.end),
    }];
  });
  return {
    name: 'callhome',
    detail: parts.join(' · '),
    kind: SymbolKind.Object,
    range: blockRange(lines, callhome.node),
    selectionRange: commandRange(callhome.node),
    children: profiles.length ? profiles : undefined,
  };
}

function licenseSmartSymbol(lines: TextLines, nodes: ConfigNode[]): OutlineSymbol {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const children = nodes.map((node): OutlineSymbol => {
    // A `license smart register idtoken <token>` line's token is redacted with the others (redactSymbols).
    const words = node.argsAfter(2);
    const at = columnAfterWords(node, 2);
    return {
      name: words.join(' ') || 'smart',
      kind: SymbolKind.Property,
      range: commandRange(node),
      selectionRange: at >= 0 ? columnsRange(node, at, node.end) : commandRange(node),
    };
  });
  return {
    name: 'license smart',
    detail: t(nodes.length === 1 ? '{count} line' : '{count} lines', { count: nodes.length }),
    kind: SymbolKind.Object,
    range: { start: { line: first.line, character: first.indent }, end: { line: last.lastLine, character: lines.length(last.lastLine) } },
    selectionRange: columnsRange(first, first.indent, first.words[1]?.end ?? first.end),
    children,
  };
}
