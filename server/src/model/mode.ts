// Dialect (IOS/IOS-XE vs NX-OS), software version and licensing mode (SPEC §1).
import { ConfigModel, Dialect, LicensingMode, Version } from './types';
import { ShowModel } from './show';
import { TextLines } from '../parse/lines';
import { Section } from '../parse/sections';

const NX_HINTS = /^(?:feature |switchname |vrf context |callhome$|!Command: |!Time: |interface mgmt0$|interface Ethernet\d)/;
const IOS_HINTS = /^(?:service |call-home$|vrf definition |ip vrf |boot-start-marker|license boot |interface GigabitEthernet|interface Vlan\d|line vty |platform |redundancy$)/;

export function parseVersion(text: string, line: number, source: Version['source']): Version | undefined {
  // IOS `17.9`, `17.03.02`, `16.12.4`; NX-OS `9.3(5)`, `10.2(1)F`, `7.0(3)I7(8)`.
  const nx = /^(\d+)\.(\d+)\((\d+)\)/.exec(text);
  if (nx) return { text, major: +nx[1], minor: +nx[2], patch: +nx[3], line, source };
  const ios = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (ios) return { text, major: +ios[1], minor: +ios[2], patch: ios[3] === undefined ? -1 : +ios[3], line, source };
  return undefined;
}

export function detectDialect(config: ConfigModel, version: Version | undefined): Dialect {
  if (version && version.source === 'config') return /\(/.test(version.text) ? 'nxos' : 'ios';
  let nx = 0;
  let ios = 0;
  for (const p of config.parsed) for (const h of p.headerComments) if (h.text.startsWith('!Command:')) nx += 3;
  let seen = 0;
  for (const p of config.parsed) {
    for (let i = 0; i < p.count && seen < 400; i++, seen++) {
      const t = p.rootText(i);
      if (NX_HINTS.test(t)) nx++;
      else if (IOS_HINTS.test(t)) ios++;
    }
  }
  if (config.nxCallhome) nx += 2;
  if (config.callHome) ios += 2;
  if (nx === 0 && ios === 0) return 'unknown';
  return nx > ios ? 'nxos' : 'ios';
}

// `!! IOS XR Configuration 7.8.1`, `!! Last configuration change at …` (IOS-XE writes one `!`).
const XR_CONFIG_HEADER = /^!! (?:IOS XR Configuration|Last configuration change)/;
// `RP/0/RSP0/CPU0:router#`, `RP/0/RP0/CPU0:Jan 25 15:23:20.317 UTC: …`.
const XR_PROMPT = /^RP\/\d+\/\S+:/;

/**
 * 1: the line is spaces and tabs only; 0: a visible ASCII character, not `!` nor `R`, comes first
 * after them (no XR header nor prompt, and not blank); 2: anything else, for the full reading.
 */
function blankOrOther(text: string, start: number, end: number): number {
  let i = start;
  let c = text.charCodeAt(i);
  while (i < end && (c === 32 || c === 9)) c = text.charCodeAt(++i);
  if (i >= end) return 1;
  return c > 32 && c < 127 && c !== 33 && c !== 82 ? 0 : 2;
}

/**
 * IOS-XR text, from markers only XR prints: its config header comments, its `RP/0/…/CPU0:` prompts and
 * stamps, an interface on a route processor's CPU (`MgmtEth0/RP0/CPU0/0`, which every XR router has),
 * XR-only syntax (`ipv4 address` under an interface), or a `call-home` block switched on from inside
 * (`service active`) with no global `[no] service call-home`, which is where IOS-XE says it.
 */
export function detectIosXr(lines: TextLines, sections: Section[], config: ConfigModel, show: ShowModel): boolean {
  if (show.iosxrLine >= 0) return true;
  const text = lines.text;
  for (const s of sections) {
    if (s.headerLine >= 0 && text.charCodeAt(lines.starts[s.headerLine]) === 82 /* R */ && XR_PROMPT.test(lines.line(s.headerLine))) return true;
    // The header comments stand in the first lines of a config (after `Building configuration...`);
    // a bare paste of XR stamps (read as config when nothing else is recognised) starts with one.
    // Both begin with `!` or `R`; other lines are only counted, in place (a session log of 48,000
    // prompts has as many sections: a string and a trim() for each of their first lines cost 10 ms).
    for (let i = s.startLine, seen = 0; i < s.endLine && seen < 8; i++) {
      const kind = blankOrOther(text, lines.starts[i], lines.ends[i]);
      if (kind === 1) continue;
      if (kind === 2) {
        const t = lines.line(i);
        if (t.trim() === '') continue;
        if ((s.kind === 'config' && XR_CONFIG_HEADER.test(t)) || XR_PROMPT.test(t)) return true;
      }
      seen++;
    }
  }
  if (config.interfaces.onRouteProcessor().length > 0) return true;
  // XR addresses every interface with `ipv4 address`; the first few interface blocks tell (walking all
  // of a 10 MiB config's blocks again cost more than the rest of the detection).
  let looked = 0;
  let xr = false;
  // Every `interface …` command is in the table (which also holds `interface` with a tab or alone).
  config.interfaces.forEachBlock((p, i) => {
    if (!lines.text.startsWith('interface ', p.rootStart(i))) return true;
    if (p.node(i).children.some((c) => c.text.startsWith('ipv4 address '))) xr = true;
    return !xr && ++looked < 8;
  });
  if (xr) return true;
  if (!config.serviceCallHome && !config.noServiceCallHome && config.callHome?.node.children.some((n) => n.text === 'service active')) return true;
  return false;
}

function slpConfigEvidence(config: ConfigModel): boolean {
  const ls = config.licenseSmart;
  return !!(ls.transport || ls.vrf || ls.proxyAddress || ls.proxyPort || ls.urls.length > 0);
}

export function decideMode(dialect: Dialect, version: Version | undefined, config: ConfigModel, show: ShowModel): LicensingMode {
  if (dialect === 'nxos') {
    if (!version) return show.slpEvidenceLine >= 0 ? 'slp' : 'undecided';
    return version.major > 10 || (version.major === 10 && version.minor >= 2) ? 'slp' : 'classic';
  }
  const slpEvidence = slpConfigEvidence(config) || show.slpEvidenceLine >= 0;
  const release = show.release ? parseVersion(show.release.text, show.release.line, 'show-version') : undefined;
  const v = release && release.patch >= 0 ? release : version;
  if (v) {
    const cmp = v.major !== 17 ? v.major - 17 : v.minor - 3;
    if (cmp < 0) return 'classic';
    if (cmp > 0) return 'slp';
    // 17.3: 17.3.1 is classic, 17.3.2 is SLP; `version 17.3` alone cannot tell (SPEC §1).
    if (v.patch >= 2) return 'slp';
    if (v.patch >= 0) return 'classic';
  }
  if (slpEvidence) return 'slp';
  if (show.classicEvidenceLine >= 0) return 'classic';
  return 'undecided';
}
