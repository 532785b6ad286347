// What the show-output and log rules share: which seed scenario a failure text is (SPEC §5, from
// the hover knowledge in docs/reasons.ts so rules and hover never disagree), whether a failure was
// followed by recovery (SPEC §3.3: judge the latest state), which configuration lines in the same
// text cause it (SPEC §6, last paragraph: LSP relatedInformation), and the configuration that fixes
// it when the flagged text is a show output that cannot be edited (the `remedy`).
import { failureReasonDocs, ReasonDoc } from '../../docs/reasons';
import { msg, t } from '../../l10n';
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
/** Device failure reasons are a line or two: a reason is read in its first 4 KiB (a 1 MiB log line stays cheap). */
const REASON_HEAD = 4096;

export function reasonDoc(text: string): ReasonDoc | undefined {
  const head = text.length > REASON_HEAD ? text.slice(0, REASON_HEAD) : text;
  for (const d of failureReasonDocs) if (d.pattern.test(head)) return d;
  return undefined;
}

export function scenarioLabel(doc: ReasonDoc | undefined): string {
  if (!doc) return t('no seed scenario matches this reason');
  if (typeof doc.scenario === 'number') return t('scenario {number}', { number: doc.scenario });
  if (doc.scenario === 'SLP') return t('SLP seed');
  return t('NX-OS known problem');
}

/**
 * Which platform's commands the advice may name (SPEC §3.2: NX-OS advice never names an IOS-XE line).
 * The model's dialect when it knows; for a show output or log alone, NX-OS `show callhome`
 * (`callhome enabled|disabled`) or `%CALLHOME-` messages say NX-OS, IOS-XE's `show call-home`
 * (`call home feature : enable`), its profiles or `%CALL_HOME-` messages say IOS-XE; else unknown,
 * and the advice says what to check on each.
 */
export type AdviceDialect = 'ios' | 'nxos' | 'unknown';

const dialectCache = new WeakMap<DeviceModel, AdviceDialect>();

export function adviceDialect(model: DeviceModel | undefined): AdviceDialect {
  if (!model) return 'unknown';
  if (model.dialect !== 'unknown') return model.dialect;
  let d = dialectCache.get(model);
  if (d) return d;
  const show = model.show;
  const nx = show.callHomeFeature.some((f) => /^(?:enabled|disabled)$/.test(f.value)) || show.syslog.some((r) => r.facility === 'CALLHOME');
  const ios = show.callHomeFeature.some((f) => /^(?:enable|disable)$/i.test(f.value)) || show.profiles.length > 0 || show.syslog.some((r) => r.facility === 'CALL_HOME' || r.key === 'PKI-4-NOCONFIGAUTOSAVE');
  d = nx && !ios ? 'nxos' : ios && !nx ? 'ios' : 'unknown';
  dialectCache.set(model, d);
  return d;
}

type PerDialect = Record<AdviceDialect, string>;

/**
 * A hover text per platform: the common part, then the platform's own checks; where the platform is unknown,
 * both, each under its name, so nobody types an IOS-XE line on a Nexus or the reverse.
 */
export function explainPerDialect(common: string[], ios: string[], nxos: string[]): (dialect: AdviceDialect) => string {
  return (dialect) => {
    if (dialect === 'ios') return [...common, ...ios].join('\n');
    if (dialect === 'nxos') return [...common, ...nxos].join('\n');
    return [...common, '', '**On IOS-XE:**', ...ios, '', '**On NX-OS:**', ...nxos].join('\n');
  };
}
const same = (s: string): PerDialect => ({ ios: s, nxos: s, unknown: s });

/** A remedy's comment line (`! …`): the `!` stays, the text is the user's language. */
export function comment(text: string): string {
  return `! ${text}`;
}

/** The sentence a message adds when the same text confirms the finding: ` Confirmed on line N.` */
export function confirmedOnLine(line: number): string {
  return ` ${t('Confirmed on line {line}.', { line })}`;
}

const USER_PROFILE_FAILURE = /existing active user profile/i;

/**
 * `%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE … existing active user profile`, in this reason or anywhere in the
 * text: scenario 4 with its own cause (SPEC §5), whose remedy is `reporting smart-licensing-data` under that
 * user profile — the `Communication transport not available` logged beside it has the same cause.
 */
export function isUserProfileWithoutLicensing(text: string, model?: DeviceModel): boolean {
  if (USER_PROFILE_FAILURE.test(text)) return true;
  return !!model && model.show.syslog.some((r) => r.key === 'CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE' && USER_PROFILE_FAILURE.test(r.text));
}

/**
 * The action for a failure text, short enough for the Problems panel (issue 15.3), in the platform's
 * commands. The explanation and the full checks are the hover's (rule explanationFor, ReasonDoc.byDialect)
 * and the remedy's (remedyFor).
 */
// English here, marked for the catalogue; translated where briefAdviceFor returns it.
const BRIEF: Record<number, PerDialect> = {
  1: same(msg('register again with "license smart register idtoken <TOKEN> force"')),
  2: same(msg('create a new token in CSSM and register again')),
  3: {
    ios: msg('set the time by NTP (or "clock set" plus "clock calendar-valid") and register again'),
    nxos: msg('set the time by NTP ("ntp server <address> use-vrf management") and register again'),
    unknown: msg('set the time by NTP and register again'),
  },
  4: {
    ios: msg('check "service call-home" and that the active profile reports licensing data'),
    nxos: msg('add "enable" under callhome'),
    unknown: msg('IOS-XE: "service call-home" and a profile reporting licensing data; NX-OS: "enable" under callhome'),
  },
  5: {
    ios: msg('check DNS, "ip http client source-interface", route, TCP 443, call-home VRF'),
    nxos: msg('check DNS, "transport http use-vrf", the source interface (mgmt0) and TCP 443'),
    unknown: msg('check DNS and TCP 443; IOS-XE: "ip http client source-interface", NX-OS: "transport http use-vrf"'),
  },
  6: same(msg('check the On-Prem certificate and that the URL uses its common name')),
  7: same(msg('set "revocation-check none" under "crypto pki trustpoint SLA-TrustPoint"')),
  8: same(msg('add licences to the Virtual Account, or check the token came from the right one')),
  9: same(msg('"license smart deregister", then register with a new token and "force"')),
};

export function briefAdviceFor(doc: ReasonDoc | undefined, text: string, model?: DeviceModel): string {
  const dialect = adviceDialect(model);
  if (!doc && /re-?register the instance|identity for the instance/i.test(text)) return t('install the trust code again ("license smart trust idtoken <TOKEN> all force")');
  if (!doc) return dialect === 'nxos' ? t('no known cause matches: collect "show license tech support"') : t('no known cause matches: collect "show license tech support" and call-home debugs');
  if (doc.scenario === 4 && dialect !== 'nxos' && isUserProfileWithoutLicensing(text, model)) return t('add "reporting smart-licensing-data" to the active user profile');
  if (typeof doc.scenario === 'number') return t(BRIEF[doc.scenario][dialect]);
  if (doc.scenario === 'SLP') {
    if (/resolve/i.test(text)) return dialect === 'nxos' ? t('check "ip domain-lookup" and "ip name-server … use-vrf"') : t('check "ip name-server" and "ip domain lookup" (source interface, VRF)');
    if (/timed out/i.test(text)) return t('no answer: a firewall or proxy blocks TCP 443, or the proxy port is wrong');
    if (/no reply/i.test(text)) return t('nothing came back: check DNS, the proxy and TCP 443 to {host}', { host: 'smartreceiver.cisco.com' });
    // The reason's title (docs/reasons.ts, in the catalogue), without its `SLP:` label.
    return t(doc.title).replace(/^SLP:\s*/, '');
  }
  if (/IPC/.test(doc.title)) return t('apply the QuoVadis root CA fix (field notice FN72115), then register again');
  if (/parse response/i.test(doc.title)) return t('use the https:// destination under callhome');
  return t(doc.title);
}

/** A reason quoted in a Problems-panel message: the start of it, since the finding's range shows it all. */
export function briefReason(text: string, max = 48): string {
  const head = (text.length > 4 * max ? text.slice(0, 4 * max) : text).trim().replace(/\s+/g, ' ');
  return `"${head.length > max ? `${head.slice(0, max - 1)}…` : head}"`;
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

/** The active user profile (not CiscoTAC-1) the text names: config first, then `show call-home profile all`. */
function activeUserProfileName(model: DeviceModel): string | undefined {
  const fromConfig = (model.config.callHome?.profiles ?? []).find((p) => !p.isCiscoTac && p.activity === 'active');
  if (fromConfig) return fromConfig.name;
  return model.show.profiles.find((p) => !/^CiscoTAC-1$/i.test(p.name.value) && /^ACTIVE/i.test(p.status?.value ?? ''))?.name.value;
}

/** Config lines that decide whether call-home reaches Cisco (scenario 5): destination, VRF, HTTP client, DNS. */
function reachabilityLines(model: DeviceModel, out: RelatedLocation[]): void {
  const c = model.config;
  for (const p of activeLicensingProfiles(model)) {
    if (p.httpDestinations.length === 0) out.push(relatedNode(p.node, t('profile "{profile}" carries licensing (built-in destination {host})', { profile: p.name, host: 'tools.cisco.com' })));
    for (const d of p.httpDestinations) out.push(relatedNode(d.node, t('destination of the licensing profile "{profile}"', { profile: p.name })));
  }
  for (const p of c.nxCallhome?.profiles ?? []) for (const d of p.httpDestinations) out.push(relatedNode(d.node, t('callhome destination {profile}', { profile: p.name })));
  if (c.callHome?.vrf) out.push(relatedNode(c.callHome.vrf.node, t('VRF call-home uses')));
  if (c.nxCallhome?.useVrf) out.push(relatedNode(c.nxCallhome.useVrf.node, t('VRF callhome uses for HTTP')));
  if (c.httpClientSourceInterface) out.push(relatedNode(c.httpClientSourceInterface.node, t('source interface of the HTTP client')));
  if (c.dns.lookupDisabled) out.push(relatedNode(c.dns.lookupDisabled, t('DNS lookup is off')));
  for (const ns of c.dns.nameServers) out.push(relatedNode(ns.node, t('name server')));
  for (const h of c.dns.hosts) if (/cisco\.com$/i.test(h.name)) out.push(relatedNode(h.node, t('static host entry')));
}

function slpTransportLines(model: DeviceModel, out: RelatedLocation[], dns: boolean): void {
  const ls = model.config.licenseSmart;
  if (ls.transport) out.push(relatedNode(ls.transport.node, t('licensing transport')));
  for (const u of ls.urls) out.push(relatedNode(u.node, t('licensing URL')));
  if (ls.vrf) out.push(relatedNode(ls.vrf.node, t('VRF Smart Transport uses')));
  if (ls.proxyAddress) out.push(relatedNode(ls.proxyAddress.node, t('HTTPS proxy')));
  if (ls.proxyPort) out.push(relatedNode(ls.proxyPort.node, t('HTTPS proxy port')));
  const c = model.config;
  if (c.httpClientSourceInterface) out.push(relatedNode(c.httpClientSourceInterface.node, t('source interface of the HTTP client')));
  if (dns) {
    if (c.dns.lookupDisabled) out.push(relatedNode(c.dns.lookupDisabled, t('DNS lookup is off')));
    for (const n of c.dns.lookupNodes) if (/source-interface|vrf/.test(n.text)) out.push(relatedNode(n, t('DNS lookup source')));
    for (const ns of c.dns.nameServers) out.push(relatedNode(ns.node, t('name server')));
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
      if (/^disable/i.test(f.value)) out.push({ range: f.range, message: t('call-home is disabled (show output)') });
    }
  }
  if (scenario === 4) {
    if (c.noServiceCallHome) out.push(relatedNode(c.noServiceCallHome, t('call-home is switched off here')));
    else if (c.serviceCallHome) out.push(relatedNode(c.serviceCallHome, t('call-home service')));
    for (const p of c.callHome?.profiles ?? []) {
      if (p.activity === 'inactive') continue;
      out.push(relatedNode(p.node, p.reportsLicensing ? t('active profile "{profile}" reports licensing data', { profile: p.name }) : t('active profile "{profile}" does not report licensing data', { profile: p.name })));
    }
  } else if (scenario === 5) {
    reachabilityLines(model, out);
  } else if (scenario === 6) {
    for (const p of activeLicensingProfiles(model)) for (const d of p.httpDestinations) out.push(relatedNode(d.node, t('on-prem destination: the host must match the server certificate')));
    for (const h of c.dns.hosts) out.push(relatedNode(h.node, t('static host entry')));
    if (c.callHome?.serverIdentityCheckOff) out.push(relatedNode(c.callHome.serverIdentityCheckOff, t('server identity check is off')));
  } else if (scenario === 7) {
    const crl = slaCrlNode(model);
    if (crl) out.push(relatedNode(crl, t('{trustpoint} checks revocation by CRL: the fetch fails, so requests wait for a reply', { trustpoint: 'SLA-TrustPoint' })));
    for (const r of crlFetchFailures(model.show)) {
      if (out.length >= MAX_RELATED) break;
      out.push({ range: syslogRange(r), message: t('CRL fetch for {trustpoint} failed', { trustpoint: 'SLA-TrustPoint' }) });
    }
  } else if (scenario === 3) {
    if (c.clockCalendarValid) out.push(relatedNode(c.clockCalendarValid, t('calendar marked authoritative')));
    for (const n of c.ntpSources) out.push(relatedNode(n, t('time source')));
    const clock = model.show.clocks.find((x) => x.source === 'show clock');
    if (clock) out.push({ range: range(clock.line, clock.start, clock.end), message: t('the device clock reads {date}', { date: formatDate(clock.ms) }) });
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

/** The lines of the NX-OS known problem 1 fix (NX seed): callhome's HTTP in the management VRF, DNS there, mgmt0 as source. */
function nxSendRemedy(model: DeviceModel): string[] {
  const vrf = model.config.nxCallhome?.useVrf?.value ?? 'management';
  return [
    'callhome',
    `  transport http use-vrf ${vrf}`,
    'ip domain-lookup',
    `ip name-server <dns-server> use-vrf ${vrf}`,
    comment(t("the NX article's switch sent HTTP from Vlan27: it must leave from mgmt0 (in VRF management)")),
    comment(t('then check: {commands}', { commands: `ping tools.cisco.com vrf ${vrf} / telnet tools.cisco.com 443 vrf ${vrf}` })),
  ];
}

/** Configuration (and, where the fix is an exec command, the command) that fixes a scenario, in the device's platform's commands. */
export function remedyFor(model: DeviceModel, scenario: Scenario, reason = ''): string[] | undefined {
  const dialect = adviceDialect(model);
  const nx = dialect === 'nxos';
  const unknown = dialect === 'unknown';
  switch (scenario) {
    case 1:
      return [comment(t('CSSM already knows this device: register again with force (exec mode)')), 'license smart register idtoken <TOKEN> force'];
    case 2:
      return [comment(t('generate a new token in CSSM, then (exec mode):')), 'license smart register idtoken <NEW-TOKEN>'];
    case 3:
      if (nx) return ['ntp server <ntp-server> use-vrf management'];
      if (unknown) return ['! IOS-XE:', 'ntp server <ntp-server>', comment(t('or, with the clock set by hand: {command}', { command: 'clock calendar-valid' })), '! NX-OS:', 'ntp server <ntp-server> use-vrf management'];
      return ['ntp server <ntp-server>', comment(t('or, with the clock set by hand ("clock set hh:mm:ss dd Mon yyyy"):')), 'clock calendar-valid'];
    case 4: {
      if (nx) return ['callhome', '  enable'];
      const name = licensingProfileName(model);
      // CALL_HOME_FAILED_TO_ENABLE … existing active user profile: the seed's remedy is to make that user
      // profile report licensing data, not to switch CiscoTAC-1 on next to it (only one may carry licensing).
      if (isUserProfileWithoutLicensing(reason, model)) {
        const user = activeUserProfileName(model);
        return [...(model.config.noServiceCallHome ? ['service call-home'] : []), 'call-home', ` profile "${user ?? '<active-user-profile>'}"`, '  reporting smart-licensing-data'];
      }
      const ios = ['service call-home', 'call-home', ` profile "${name}"`, '  active', '  reporting smart-licensing-data'];
      return unknown ? ['! IOS-XE:', ...ios, '! NX-OS:', 'callhome', '  enable'] : ios;
    }
    case 5: {
      if (nx) return nxSendRemedy(model);
      const { intf, vrf } = httpClientVrf(model);
      const lines = ['ip domain lookup', vrf ? `ip name-server vrf ${vrf} <dns-server>` : 'ip name-server <dns-server>', `ip http client source-interface ${intf ?? '<interface>'}`];
      if (vrf) lines.push('call-home', ` vrf ${vrf}`);
      lines.push(comment(t('then check: {commands}', { commands: 'ping tools.cisco.com / telnet tools.cisco.com 443 /source-interface <interface>' })));
      return unknown ? ['! IOS-XE:', ...lines, '! NX-OS:', ...nxSendRemedy(model)] : lines;
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
      return [comment(t('exec mode, with a new token from CSSM:')), 'license smart deregister', 'license smart register idtoken <NEW-TOKEN> force'];
    case null: {
      // NX-OS known problems (NX seed), matched before scenario 5 whose wording they share.
      if (/ipc connection with call-?home|establish ipc connection/i.test(reason)) {
        return [comment(t('QuoVadis root CA change: apply the fix of field notice FN72115 (fixed release or new root CA), then (exec mode):')), 'license smart register idtoken <TOKEN> force'];
      }
      if (/failed to parse response data from sch server/i.test(reason)) {
        return ['callhome', '  no destination-profile CiscoTAC-1 index 1 http http://tools.cisco.com/its/service/oddce/services/DDCEService', '  destination-profile CiscoTAC-1 http https://tools.cisco.com/its/service/oddce/services/DDCEService'];
      }
      return undefined;
    }
    case 'SLP': {
      const vrf = model.config.licenseSmart.vrf?.value;
      if (/re-?register the instance|identity for the instance/i.test(reason)) return [comment(t('exec mode, with a token from the Virtual Account:')), 'license smart trust idtoken <TOKEN> all force'];
      if (/resolve/i.test(reason)) {
        if (nx) return ['ip domain-lookup', `ip name-server <dns-server> use-vrf ${vrf ?? 'management'}`];
        return vrf
          ? [`ip domain lookup vrf ${vrf} source-interface <interface>`, `ip name-server vrf ${vrf} <dns-server>`]
          : ['ip domain lookup', 'ip domain lookup source-interface <interface>', 'ip name-server <dns-server>'];
      }
      if (/timed out|refused|connect|no reply/i.test(reason)) {
        return [comment(t('the path to {host} is blocked: check the firewall, or go through the proxy', { host: 'smartreceiver.cisco.com:443' })), 'license smart proxy address <proxy>', 'license smart proxy port <proxy-port>', ...(vrf ? [] : [comment(t('when a VRF carries the traffic:')), 'license smart vrf <vrf>'])];
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
