// What the show-output and log rules share: which seed scenario a failure text is (SPEC §5, from
// the hover knowledge in docs/reasons.ts so rules and hover never disagree), whether a failure was
// followed by recovery (SPEC §3.3: judge the latest state), which configuration lines in the same
// text cause it (SPEC §6, last paragraph: LSP relatedInformation), and the configuration that fixes
// it when the flagged text is a show output that cannot be edited (the `remedy`).
import { failureReasonDocs, ReasonDoc } from '../../docs/reasons';
import { LogRecord, ShowModel } from '../../model/show';
import { DeviceModel } from '../../model/types';
import { ConfigNode } from '../../parse/config';
import { formatDate, parseDeviceDate } from '../../parse/dates';
import { findInterface } from '../../model/queries';
import { MAX_RELATED, Range, RelatedLocation, range } from '../../types';

export type Scenario = number | 'SLP' | null;

/**
 * IOS-XR text (the model's `iosXr`: its `RP/0/RP0/CPU0:` prompts and stamps, its config): XR prints some of the same mnemonics
 * (`%SMART_LIC-3-EVAL_EXPIRED`) but is not a platform this linter knows (SPEC §1), so the
 * show-output rules stay silent on it rather than give IOS-XE advice.
 */
export function notOurPlatform(model: DeviceModel): boolean {
  return model.iosXr;
}

/** The seed scenario a failure text belongs to (`Failure reason:`, a syslog's text, an event's error). */
export function reasonDoc(text: string): ReasonDoc | undefined {
  for (const d of failureReasonDocs) if (d.pattern.test(text)) return d;
  return undefined;
}

export function scenarioLabel(doc: ReasonDoc | undefined): string {
  if (!doc) return 'no seed scenario matches this reason';
  if (typeof doc.scenario === 'number') return `scenario ${doc.scenario}`;
  if (doc.scenario === 'SLP') return 'SLP seed';
  return 'NX-OS known problem';
}

const ADVICE: Record<number, string> = {
  1: 'CSSM already holds this product instance: register again with "license smart register idtoken <TOKEN> force"',
  2: 'CSSM could not process the request: turn on "debug call-home smart-licensing all", create a new token in CSSM and register again',
  3: "the device clock is too far from CSSM's: set the time by NTP (or \"clock set\" plus \"clock calendar-valid\") and register again",
  4: 'call-home cannot carry licensing: check "service call-home", that the right profile is active, and that it has "reporting smart-licensing-data"',
  5: "the Call Home HTTP message did not get out: check DNS (or \"ip host\") for the destination, \"ip http client source-interface\", the profile's URL, the route, TCP 443 and the VRF under call-home",
  6: "the SSM On-Prem server's certificate is invalid or expired (CSCvr41393), or the URL does not use the certificate's common name: check the on-prem certificate, the URL and \"ip host\"",
  7: 'the request waits for a reply, usually because the SLA-TrustPoint CRL cannot be fetched (%PKI-3-CRL_FETCH_FAIL): set "revocation-check none" under "crypto pki trustpoint SLA-TrustPoint"',
  8: 'the Virtual Account has fewer licences than the device uses: check the token came from the right Virtual Account, the licence count and level, and expired subscriptions',
  9: 'CSSM rejects the message signature: "license smart deregister", then register with a new token and "force"',
};

/** One line of next steps for a failure text, by its scenario. */
export function adviceFor(doc: ReasonDoc | undefined, text: string): string {
  if (!doc && /re-?register the instance|identity for the instance/i.test(text)) {
    return 'CSSM no longer accepts this product instance\'s identity: install the trust code again with "license smart trust idtoken <TOKEN> all force"';
  }
  if (!doc) return 'no seed scenario matches this reason: collect "show license tech support" and "debug call-home smart-licensing all"';
  if (typeof doc.scenario === 'number') return ADVICE[doc.scenario];
  if (doc.scenario === 'SLP') {
    if (/resolve/i.test(text)) return 'DNS does not resolve the Smart Transport host (or the proxy\'s name): check "ip name-server", "ip domain lookup" and their source interface or VRF';
    if (/timed out/i.test(text)) return 'the connection got no answer: a firewall or proxy blocks TCP 443, or the proxy port is wrong';
    if (/no reply/i.test(text)) return 'the request went out and nothing came back: check DNS, the proxy and its port, and that TCP 443 to smartreceiver.cisco.com is not blocked';
    return doc.title.replace(/^SLP:\s*/, '');
  }
  return doc.title;
}

/** A reason quoted in a message: trimmed, and cut when very long (JSON reasons). */
export function quoteReason(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return `"${t.length > 160 ? t.slice(0, 157) + '…' : t}"`;
}

export type Transport = 'smart' | 'cslu' | 'callhome' | 'off' | 'automatic';

/** The licensing transport: the config's `license smart transport`, else what a show output prints. */
export function transportOf(model: DeviceModel): Transport | undefined {
  const fromConfig = model.config.licenseSmart.transport?.value.toLowerCase();
  if (fromConfig && ['smart', 'cslu', 'callhome', 'off', 'automatic'].includes(fromConfig)) return fromConfig as Transport;
  const shown = model.show.transports;
  if (shown.length === 0) return undefined;
  const v = shown[0].value.toLowerCase().replace(/\s+/g, ' ');
  if (v === 'smart') return 'smart';
  if (v === 'cslu') return 'cslu';
  if (v === 'callhome' || v === 'call home') return 'callhome';
  if (v.includes('off')) return 'off';
  if (v === 'automatic') return 'automatic';
  return undefined;
}

export function lineRange(model: DeviceModel, line: number): Range {
  const s = model.lines.line(line);
  let start = 0;
  while (start < s.length && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 9 || s.charCodeAt(start) === 0xfeff)) start++;
  return range(line, start, s.trimEnd().length);
}

export function nodeRange(node: ConfigNode): Range {
  return range(node.line, node.indent, node.end);
}

export function relatedNode(node: ConfigNode, message: string): RelatedLocation {
  return { range: nodeRange(node), message };
}

export function relatedLine(model: DeviceModel, line: number, message: string): RelatedLocation {
  return { range: lineRange(model, line), message };
}

/** The syslog's `%FAC-SEV-MNEMONIC` (where findings on a log line sit). */
export function syslogRange(r: LogRecord): Range {
  return range(r.line, r.start, r.keyEnd);
}

// ---- recovery: a failure followed by success is history (SPEC §3.3) ----
// One mechanism for every failure kind a log can show: each kind lists the messages that end it, and
// a failure with one of them after it (by date, else by order in the same log) is history.

export type Recovery = 'communication' | 'registration' | 'authorization' | 'compliance' | 'clock' | 'saved';

const SMART_LIC = (...mnemonics: string[]) => {
  const set = new Set(mnemonics);
  return (r: LogRecord) => r.facility === 'SMART_LIC' && set.has(r.mnemonic);
};

/** The log messages that end a failure of each kind. */
const ENDS: Record<Recovery, (r: LogRecord) => boolean> = {
  communication: SMART_LIC('COMM_RESTORED', 'AUTH_RENEW_SUCCESS', 'AGENT_REG_SUCCESS', 'ID_CERT_RENEW_SUCCESS', 'TRUST_INSTALL_SUCCESS'),
  registration: SMART_LIC('AGENT_REG_SUCCESS'),
  authorization: SMART_LIC('AUTH_RENEW_SUCCESS', 'COMM_RESTORED'),
  compliance: SMART_LIC('IN_COMPLIANCE'),
  // `%PKI-6-AUTHORITATIVE_CLOCK: The system clock has been set.` after PKI's non-authoritative-clock messages.
  clock: (r) => r.facility === 'PKI' && r.mnemonic === 'AUTHORITATIVE_CLOCK',
  // `%PKI-6-CONFIGAUTOSAVE: Running configuration saved to NVRAM … [OK]` after `%PKI-4-NOCONFIGAUTOSAVE`.
  saved: (r) => r.facility === 'PKI' && r.mnemonic === 'CONFIGAUTOSAVE' && !/fail|not saved|unable/i.test(r.text),
};

interface Point {
  line: number;
  ms?: number;
  sectionIndex: number;
}

/** Where successes of one kind stand, so each failure asks in constant time (logs hold 10^5 records). */
interface SuccessIndex {
  /** Latest success with a full date. */
  maxMs: number;
  /** Per section: last line of any success, and of a success without a date. */
  lastLine: Map<number, number>;
  lastLineNoMs: Map<number, number>;
}

const successCache = new WeakMap<ShowModel, Map<Recovery, SuccessIndex>>();

function successIndex(show: ShowModel, kind: Recovery): SuccessIndex {
  let byKind = successCache.get(show);
  if (!byKind) successCache.set(show, (byKind = new Map()));
  let idx = byKind.get(kind);
  if (idx) return idx;
  idx = { maxMs: -Infinity, lastLine: new Map(), lastLineNoMs: new Map() };
  const note = (p: Point) => {
    if (p.ms !== undefined) idx!.maxMs = Math.max(idx!.maxMs, p.ms);
    else idx!.lastLineNoMs.set(p.sectionIndex, Math.max(idx!.lastLineNoMs.get(p.sectionIndex) ?? -1, p.line));
    idx!.lastLine.set(p.sectionIndex, Math.max(idx!.lastLine.get(p.sectionIndex) ?? -1, p.line));
  };
  const ends = ENDS[kind];
  for (const r of show.syslog) if (ends(r)) note(r);
  const dated = (ms: number | undefined) => {
    if (ms !== undefined) idx!.maxMs = Math.max(idx!.maxMs, ms);
  };
  if (kind === 'communication' || kind === 'authorization') {
    for (const e of show.events) if (e.name === 'SAEVT_COMM_RESTORED') note({ line: e.line, ms: e.time?.hasYear ? e.time.ms : undefined, sectionIndex: e.sectionIndex });
    // The show output's own dates: a later successful communication or an OK response.
    for (const a of show.authorizations) if (a.lastCommunication?.result === 'SUCCEEDED' && a.lastCommunication.time?.hasYear) dated(a.lastCommunication.time.ms);
    for (const b of show.commBlocks) {
      if (/^OK/.test(b.lastResponse?.value ?? '') && (b.ongoingOverall ?? 0) === 0) {
        const d = parseDeviceDate(b.lastResponse!.value);
        if (d?.hasYear) dated(d.ms);
      }
    }
  }
  if (kind === 'registration') {
    for (const r of show.registrations) if (r.initialRegistration?.result === 'SUCCEEDED' && r.initialRegistration.time?.hasYear) dated(r.initialRegistration.time.ms);
  }
  byKind.set(kind, idx);
  return idx;
}

/**
 * Was this failure followed by a success of the same kind, in the logs or the show output's own
 * dates? With dates on both sides they decide; without, only the order inside one log (oldest
 * first) says what came later.
 */
export function recovered(model: DeviceModel, failure: Point, kind: Recovery): boolean {
  const idx = successIndex(model.show, kind);
  if (failure.ms !== undefined) {
    if (idx.maxMs > failure.ms) return true;
    if ((idx.lastLineNoMs.get(failure.sectionIndex) ?? -1) > failure.line) return true;
  } else if ((idx.lastLine.get(failure.sectionIndex) ?? -1) > failure.line) return true;
  return false;
}

// ---- the configuration lines behind a scenario (relatedInformation) ----

function activeLicensingProfiles(model: DeviceModel) {
  return (model.config.callHome?.profiles ?? []).filter((p) => p.activity !== 'inactive' && p.reportsLicensing);
}

/** The profile name to use in a remedy: the active licensing profile the text names, else CiscoTAC-1. */
export function licensingProfileName(model: DeviceModel): string {
  const fromConfig = activeLicensingProfiles(model)[0];
  if (fromConfig) return fromConfig.name;
  const fromShow = model.show.profiles.find((p) => /^ACTIVE/i.test(p.status?.value ?? '') && p.reportsLicensing);
  return fromShow?.name.value ?? 'CiscoTAC-1';
}

/** Config lines that decide whether call-home reaches Cisco (scenario 5): destination, VRF, HTTP client, DNS. */
function reachabilityLines(model: DeviceModel, out: RelatedLocation[]): void {
  const c = model.config;
  for (const p of activeLicensingProfiles(model)) {
    if (p.httpDestinations.length === 0) out.push(relatedNode(p.node, `profile "${p.name}" carries licensing (built-in destination tools.cisco.com)`));
    for (const d of p.httpDestinations) out.push(relatedNode(d.node, `destination of the licensing profile "${p.name}"`));
  }
  for (const p of c.nxCallhome?.profiles ?? []) for (const d of p.httpDestinations) out.push(relatedNode(d.node, `callhome destination ${p.name}`));
  if (c.callHome?.vrf) out.push(relatedNode(c.callHome.vrf.node, 'VRF call-home uses'));
  if (c.nxCallhome?.useVrf) out.push(relatedNode(c.nxCallhome.useVrf.node, 'VRF callhome uses for HTTP'));
  if (c.httpClientSourceInterface) out.push(relatedNode(c.httpClientSourceInterface.node, 'source interface of the HTTP client'));
  if (c.dns.lookupDisabled) out.push(relatedNode(c.dns.lookupDisabled, 'DNS lookup is off'));
  for (const ns of c.dns.nameServers) out.push(relatedNode(ns.node, 'name server'));
  for (const h of c.dns.hosts) if (/cisco\.com$/i.test(h.name)) out.push(relatedNode(h.node, 'static host entry'));
}

function slpTransportLines(model: DeviceModel, out: RelatedLocation[], dns: boolean): void {
  const ls = model.config.licenseSmart;
  if (ls.transport) out.push(relatedNode(ls.transport.node, 'licensing transport'));
  for (const u of ls.urls) out.push(relatedNode(u.node, 'licensing URL'));
  if (ls.vrf) out.push(relatedNode(ls.vrf.node, 'VRF Smart Transport uses'));
  if (ls.proxyAddress) out.push(relatedNode(ls.proxyAddress.node, 'HTTPS proxy'));
  if (ls.proxyPort) out.push(relatedNode(ls.proxyPort.node, 'HTTPS proxy port'));
  const c = model.config;
  if (c.httpClientSourceInterface) out.push(relatedNode(c.httpClientSourceInterface.node, 'source interface of the HTTP client'));
  if (dns) {
    if (c.dns.lookupDisabled) out.push(relatedNode(c.dns.lookupDisabled, 'DNS lookup is off'));
    for (const n of c.dns.lookupNodes) if (/source-interface|vrf/.test(n.text)) out.push(relatedNode(n, 'DNS lookup source'));
    for (const ns of c.dns.nameServers) out.push(relatedNode(ns.node, 'name server'));
  }
}

const crlCache = new WeakMap<ShowModel, LogRecord[]>();

/** CRL fetch failures for SLA-TrustPoint in the logs (scenario 7). */
export function crlFetchFailures(show: ShowModel): LogRecord[] {
  let list = crlCache.get(show);
  if (!list) {
    list = show.syslog.filter((r) => r.key === 'PKI-3-CRL_FETCH_FAIL' && (/SLA-TrustPoint/i.test(r.text) || !/trustpoint\s+\S/i.test(r.text)));
    crlCache.set(show, list);
  }
  return list;
}

/** The `revocation-check crl` line of SLA-TrustPoint, when the config has one without `none` as fallback. */
export function slaCrlNode(model: DeviceModel): ConfigNode | undefined {
  for (const [name, tp] of model.config.trustpoints) {
    if (name.toLowerCase() !== 'sla-trustpoint' || !tp.revocationCheck) continue;
    const methods = tp.revocationCheck.node.words.slice(1).map((w) => w.text.toLowerCase());
    if (methods.includes('crl') && !methods.includes('none')) return tp.revocationCheck.node;
  }
  return undefined;
}

/** Configuration and log lines that explain a failure of this scenario, for relatedInformation. */
export function relatedFor(model: DeviceModel, scenario: Scenario, reason = ''): RelatedLocation[] {
  // The same for every finding of a scenario and reason in one text: computed once, as a capture that
  // repeats a failure thousands of times would otherwise walk the whole config per finding
  // (quadratic: a 0.8 MiB repeated capture took 0.9 s; npm run fuzz seed 2375).
  let cache = relatedCache.get(model);
  if (!cache) relatedCache.set(model, (cache = new Map()));
  const key = `${scenario}\u0000${reason}`;
  let list = cache.get(key);
  if (!list) cache.set(key, (list = computeRelated(model, scenario, reason)));
  return list.slice();
}

const relatedCache = new WeakMap<DeviceModel, Map<string, RelatedLocation[]>>();

function computeRelated(model: DeviceModel, scenario: Scenario, reason: string): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  const c = model.config;
  if (scenario === 4 || scenario === 5) {
    for (const f of model.show.callHomeFeature) {
      if (/^disable/i.test(f.value)) out.push({ range: f.range, message: 'call-home is disabled (show output)' });
    }
  }
  if (scenario === 4) {
    if (c.noServiceCallHome) out.push(relatedNode(c.noServiceCallHome, 'call-home is switched off here'));
    else if (c.serviceCallHome) out.push(relatedNode(c.serviceCallHome, 'call-home service'));
    for (const p of c.callHome?.profiles ?? []) {
      if (p.activity === 'inactive') continue;
      out.push(relatedNode(p.node, p.reportsLicensing ? `active profile "${p.name}" reports licensing data` : `active profile "${p.name}" does not report licensing data`));
    }
  } else if (scenario === 5) {
    reachabilityLines(model, out);
  } else if (scenario === 6) {
    for (const p of activeLicensingProfiles(model)) for (const d of p.httpDestinations) out.push(relatedNode(d.node, 'on-prem destination: the host must match the server certificate'));
    for (const h of c.dns.hosts) out.push(relatedNode(h.node, 'static host entry'));
    if (c.callHome?.serverIdentityCheckOff) out.push(relatedNode(c.callHome.serverIdentityCheckOff, 'server identity check is off'));
  } else if (scenario === 7) {
    const crl = slaCrlNode(model);
    if (crl) out.push(relatedNode(crl, 'SLA-TrustPoint checks revocation by CRL: the fetch fails, so requests wait for a reply'));
    for (const r of crlFetchFailures(model.show)) {
      if (out.length >= MAX_RELATED) break;
      out.push({ range: syslogRange(r), message: 'CRL fetch for SLA-TrustPoint failed' });
    }
  } else if (scenario === 3) {
    if (c.clockCalendarValid) out.push(relatedNode(c.clockCalendarValid, 'calendar marked authoritative'));
    for (const n of c.ntpSources) out.push(relatedNode(n, 'time source'));
    const clock = model.show.clocks.find((x) => x.source === 'show clock');
    if (clock) out.push({ range: range(clock.line, clock.start, clock.end), message: `the device clock reads ${formatDate(clock.ms)}` });
  } else if (scenario === 'SLP') {
    const dns = /resolve/i.test(reason);
    slpTransportLines(model, out, dns || reason === '');
  }
  return dedupe(out).slice(0, MAX_RELATED);
}

function dedupe(list: RelatedLocation[]): RelatedLocation[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const k = `${r.range.start.line}:${r.range.start.character}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---- remedies: the configuration to type when the flagged text is a show output ----

/** The interface and VRF the HTTP client uses, when the config says. */
function httpClientVrf(model: DeviceModel): { intf?: string; vrf?: string } {
  const si = model.config.httpClientSourceInterface;
  if (!si) return {};
  return { intf: si.value, vrf: findInterface(model, si.value)?.vrf?.value };
}

/** Configuration (and, where the fix is an exec command, the command) that fixes a scenario. */
export function remedyFor(model: DeviceModel, scenario: Scenario, reason = ''): string[] | undefined {
  const nx = model.dialect === 'nxos';
  switch (scenario) {
    case 1:
      return ['! CSSM already knows this device: register again with force (exec mode)', 'license smart register idtoken <TOKEN> force'];
    case 2:
      return ['! generate a new token in CSSM, then (exec mode):', 'license smart register idtoken <NEW-TOKEN>'];
    case 3:
      return nx
        ? ['ntp server <ntp-server> use-vrf management']
        : ['ntp server <ntp-server>', '! or, with the clock set by hand ("clock set hh:mm:ss dd Mon yyyy"):', 'clock calendar-valid'];
    case 4: {
      // NX-OS: `callhome enabled|disabled` in `show callhome` says so when the dialect cannot.
      if (nx || model.show.callHomeFeature.some((f) => /^(?:enabled|disabled)$/.test(f.value))) return ['callhome', '  enable'];
      const name = licensingProfileName(model);
      return ['service call-home', 'call-home', ` profile "${name}"`, '  active', '  reporting smart-licensing-data'];
    }
    case 5: {
      if (nx) return ['callhome', '  transport http use-vrf management', 'ip domain-lookup', 'ip name-server <dns-server> use-vrf management'];
      const { intf, vrf } = httpClientVrf(model);
      const lines = ['ip domain lookup', vrf ? `ip name-server vrf ${vrf} <dns-server>` : 'ip name-server <dns-server>', `ip http client source-interface ${intf ?? '<interface>'}`];
      if (vrf) lines.push('call-home', ` vrf ${vrf}`);
      lines.push('! then check: ping tools.cisco.com / telnet tools.cisco.com 443 /source-interface <interface>');
      return lines;
    }
    case 6:
      return [
        'ip host <certificate-common-name> <ssm-onprem-ip>',
        'call-home',
        ` profile "${licensingProfileName(model)}"`,
        '  destination address http https://<certificate-common-name>/Transportgateway/services/DeviceRequestHandler',
      ];
    case 7:
      return ['crypto pki trustpoint SLA-TrustPoint', ' revocation-check none'];
    case 9:
      return ['! exec mode, with a new token from CSSM:', 'license smart deregister', 'license smart register idtoken <NEW-TOKEN> force'];
    case 'SLP': {
      const vrf = model.config.licenseSmart.vrf?.value;
      if (/re-?register the instance|identity for the instance/i.test(reason)) return ['! exec mode, with a token from the Virtual Account:', 'license smart trust idtoken <TOKEN> all force'];
      if (/resolve/i.test(reason)) {
        return vrf
          ? [`ip domain lookup vrf ${vrf} source-interface <interface>`, `ip name-server vrf ${vrf} <dns-server>`]
          : ['ip domain lookup', 'ip domain lookup source-interface <interface>', 'ip name-server <dns-server>'];
      }
      if (/timed out|refused|connect|no reply/i.test(reason)) {
        return ['! the path to smartreceiver.cisco.com:443 is blocked: check the firewall, or go through the proxy', 'license smart proxy address <proxy>', 'license smart proxy port <proxy-port>', ...(vrf ? [] : ['! when a VRF carries the traffic:', 'license smart vrf <vrf>'])];
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
