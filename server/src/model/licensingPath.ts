// The path licensing traffic takes out of the device: which transport carries it, which host names
// it must resolve, and which VRF it is bound to. missing-vrf, dns-not-configured, dns-not-in-vrf and
// http-client-source-interface all ask these questions (XE scenario 5: DNS, HTTP client source
// interface and VRF under call-home; SLP seed: `license smart vrf` and the VRF variants of DNS; NX
// seed: `transport http use-vrf`), so they are answered once, here.
import { ConfigNode } from '../parse/config';
import { CISCO_TAC_PROFILE } from './callHome';
import { findInterface } from './queries';
import { DeviceModel, NameServer } from './types';
import { urlHost } from '../parse/url';

/** Built-in destinations the running-config does not print (SPEC §3.1, §3.3). */
export const CISCO_TAC_HOST = 'tools.cisco.com';
export const SMART_RECEIVER_HOST = 'smartreceiver.cisco.com';

/**
 * IOS-XR text (the model's `iosXr`, decided once in model/mode.ts). XR prints a `call-home` block much
 * like IOS-XE's, but its DNS, addressing (`ipv4 address`) and HTTP client lines differ, and it is not a
 * platform of SPEC §1: the rules built on these queries stay silent on it rather than read XR's lines as IOS-XE's.
 */
export function isIosXr(model: DeviceModel): boolean {
  return model.iosXr;
}

/** VRF of the interface `ip http client source-interface` names; `known` is false when the line or the interface is absent. */
export function httpClientVrf(model: DeviceModel): { vrf?: string; known: boolean } {
  const si = model.config.httpClientSourceInterface;
  if (!si) return { known: false };
  const intf = findInterface(model, si.value);
  if (!intf) return { known: false };
  return { vrf: intf.vrf?.value, known: true };
}

/** An IOS-XE call-home profile that may carry licensing (not known inactive) sends over HTTP. */
export function callHomeUsesHttp(model: DeviceModel): boolean {
  for (const p of model.config.callHome?.profiles ?? []) {
    if (p.activity === 'inactive' || !p.reportsLicensing) continue;
    if (p.httpDestinations.length > 0 || p.transportMethods.some((t) => t.value === 'http')) return true;
  }
  return false;
}

/**
 * IOS-XE call-home carries licensing: classic/undecided with a licensing profile that is active or
 * of unknown activity, or SLP with `license smart transport callhome` (SPEC §3.3).
 */
export function iosCallHomeCarriesLicensing(model: DeviceModel): boolean {
  if (!model.config.callHome) return false;
  return model.mode === 'slp' ? model.config.licenseSmart.transport?.value === 'callhome' : model.callHomeCarriesLicensing !== 'no';
}

/** SLP's direct transports that use `license smart url|vrf|proxy` (SLP seed); undefined otherwise. */
export function smartTransport(model: DeviceModel): 'smart' | 'cslu' | undefined {
  const t = model.config.licenseSmart.transport?.value;
  return model.mode === 'slp' && (t === 'smart' || t === 'cslu') ? t : undefined;
}

/** Where a VRF for licensing traffic was read from. */
export type LicensingVrfSource = 'call-home vrf' | 'license smart vrf' | 'http client source-interface' | 'transport http use-vrf';

export interface LicensingVrf {
  vrf: string;
  source: LicensingVrfSource;
  node: ConfigNode;
}

/**
 * VRFs the configuration itself binds licensing traffic to: `vrf V` under a call-home that carries
 * licensing over HTTP, `license smart vrf V` on Smart Transport / CSLU, NX-OS `transport http use-vrf V`,
 * and (`withHttpClient`) the VRF of `ip http client source-interface`. The only default route's VRF is
 * not among them: it says where traffic could go, not where the device sends it (missing-vrf's case).
 */
export function licensingVrfs(model: DeviceModel, withHttpClient = true): LicensingVrf[] {
  const c = model.config;
  const out: LicensingVrf[] = [];
  if (model.dialect === 'nxos' || (c.nxCallhome && !c.callHome)) {
    const nx = c.nxCallhome;
    if (nx?.useVrf && model.callHomeCarriesLicensing === 'yes') out.push({ vrf: nx.useVrf.value, source: 'transport http use-vrf', node: nx.useVrf.node });
    return out;
  }
  const callHome = iosCallHomeCarriesLicensing(model) && callHomeUsesHttp(model);
  const smart = !!smartTransport(model);
  if (!callHome && !smart) return out;
  if (callHome && c.callHome?.vrf) out.push({ vrf: c.callHome.vrf.value, source: 'call-home vrf', node: c.callHome.vrf.node });
  if (smart && c.licenseSmart.vrf) out.push({ vrf: c.licenseSmart.vrf.value, source: 'license smart vrf', node: c.licenseSmart.vrf.node });
  const client = httpClientVrf(model);
  if (withHttpClient && client.vrf) out.push({ vrf: client.vrf, source: 'http client source-interface', node: c.httpClientSourceInterface!.node });
  return out;
}

/** A host name (or address) licensing traffic has to reach first. */
export interface LicensingHost {
  host: string;
  isAddress: boolean;
  /** The line that names it, or the profile / transport line that implies a built-in one. */
  node: ConfigNode;
  /** 'destination': the licensing server; 'proxy': an HTTPS proxy in front of it. */
  role: 'destination' | 'proxy';
  /** Not written in the text: CiscoTAC-1's or Smart Transport's built-in destination. */
  builtIn: boolean;
}

function isAddress(host: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[') || host.includes(':');
}

function host(name: string, node: ConfigNode, role: LicensingHost['role'], builtIn = false): LicensingHost {
  return { host: name, isAddress: isAddress(name), node, role, builtIn };
}

/**
 * The first hosts licensing traffic must reach, by transport. Through a proxy that is the proxy
 * (the proxy resolves Cisco's name; SLP seed: "or the proxy's name"); otherwise the destinations:
 * explicit URLs of the licensing profiles, an *active* CiscoTAC-1's built-in tools.cisco.com (a
 * CiscoTAC-1 of unknown activity does not count, SPEC §3.1), Smart Transport's URL or its default
 * smartreceiver.cisco.com, a `license smart url cslu` URL. Empty when no licensing transport is
 * configured, or when it is CSLU without a URL (the collector's name is site-specific).
 */
export function licensingHosts(model: DeviceModel): LicensingHost[] {
  const c = model.config;
  const out: LicensingHost[] = [];
  if (model.dialect === 'nxos' || (c.nxCallhome && !c.callHome)) {
    const nx = c.nxCallhome;
    if (!nx || model.callHomeCarriesLicensing !== 'yes') return out;
    if (nx.proxy && nx.proxyEnabled) return [host(nx.proxy.host, nx.proxy.node, 'proxy')];
    for (const p of nx.profiles) {
      for (const d of p.httpDestinations) {
        const h = urlHost(d.url);
        if (h) out.push(host(h, d.node, 'destination'));
      }
    }
    return out;
  }
  if (iosCallHomeCarriesLicensing(model) && callHomeUsesHttp(model)) {
    const proxy = c.callHome!.httpProxy;
    if (proxy) return [host(proxy.host, proxy.node, 'proxy')];
    for (const p of c.callHome!.profiles) {
      if (p.activity !== 'active' || !p.reportsLicensing) continue;
      if (p.httpDestinations.length === 0 && p.name === CISCO_TAC_PROFILE) out.push(host(CISCO_TAC_HOST, p.node, 'destination', true));
      for (const d of p.httpDestinations) {
        const h = urlHost(d.url);
        if (h) out.push(host(h, d.node, 'destination'));
      }
    }
    return out;
  }
  const transport = smartTransport(model);
  if (!transport) return out;
  const ls = c.licenseSmart;
  if (ls.proxyAddress) return [host(ls.proxyAddress.value, ls.proxyAddress.node, 'proxy')];
  // The device keeps one URL per transport (SLP seed, *ref*): only the active transport's URL counts.
  const own = ls.urls.filter((u) => (transport === 'smart' ? u.kind === 'smart' || u.kind === '' || u.kind === 'default' : u.kind === 'cslu'));
  const last = own[own.length - 1];
  if (last?.url) {
    const h = urlHost(last.url);
    if (h) out.push(host(h, last.node, 'destination'));
  } else if (transport === 'smart') {
    out.push(host(SMART_RECEIVER_HOST, last?.node ?? ls.transport!.node, 'destination', true));
  }
  return out;
}

/** Is the host mapped by `ip host` (any VRF: the lookup does not need a name server then)? */
export function hasStaticHost(model: DeviceModel, name: string): boolean {
  const n = name.toLowerCase().replace(/\.$/, '');
  return model.config.dns.hosts.some((h) => h.name.toLowerCase().replace(/\.$/, '') === n);
}

/** Host names licensing must resolve through DNS: not addresses, not mapped by `ip host`. */
export function hostsNeedingDns(model: DeviceModel): LicensingHost[] {
  return licensingHosts(model).filter((h) => !h.isAddress && !hasStaticHost(model, h.host));
}

/** Name servers reached in VRF `vrf` (undefined: the global table; NX-OS `default` is global too). */
export function nameServersIn(model: DeviceModel, vrf: string | undefined): NameServer[] {
  const global = (v: string | undefined) => v === undefined || v === 'default';
  return model.config.dns.nameServers.filter((ns) => (vrf === undefined || vrf === 'default' ? global(ns.vrf) : ns.vrf === vrf));
}
