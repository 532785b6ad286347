// What the device is, read once from the text. Rules read only this; every element keeps the
// node (line and columns) it came from so findings and fixes point at the right characters.
import { ConfigNode, ParsedConfig, Word } from '../parse/config';
import { TextLines } from '../parse/lines';
import { Section } from '../parse/sections';
import type { ShowModel } from './show';
import type { InterfaceTable } from './interfaceTable';

export type Dialect = 'ios' | 'nxos' | 'unknown';
/** Classic Smart Licensing, Smart Licensing Using Policy, or not decidable from the text (SPEC §1). */
export type LicensingMode = 'classic' | 'slp' | 'undecided';
export type Tri = 'yes' | 'no' | 'unknown';

/** A command's argument with where it stands. */
export interface Valued {
  value: string;
  node: ConfigNode;
  word: Word;
}

export interface Version {
  text: string;
  major: number;
  minor: number;
  /** Maintenance release when the text says (`17.3.2` -> 2; `9.3(5)` -> 5), else -1. */
  patch: number;
  line: number;
  source: 'config' | 'show-version' | 'show-output';
}

export interface HttpDestination {
  url: string;
  word: Word;
  node: ConfigNode;
}

export interface CallHomeProfile {
  name: string;
  node: ConfigNode;
  nameWord: Word;
  isCiscoTac: boolean;
  activeNode?: ConfigNode;
  noActiveNode?: ConfigNode;
  /** Active unless `no active`; CiscoTAC-1 with neither line is unknown (SPEC §3.1) until a show output says. */
  activity: 'active' | 'inactive' | 'unknown';
  /** CiscoTAC-1 reports licensing data by default; a user profile only with `reporting smart-licensing-data|all`. */
  reportsLicensing: boolean;
  reportingNodes: ConfigNode[];
  transportMethods: Valued[];
  httpDestinations: HttpDestination[];
}

export interface CallHome {
  node: ConfigNode;
  /** `service call-home` (true), `no service call-home` (false), or no line (undefined). */
  service?: boolean;
  serviceNode?: ConfigNode;
  contactEmail?: Valued;
  vrf?: Valued;
  sourceInterface?: Valued;
  httpProxy?: { host: string; port?: string; node: ConfigNode };
  serverIdentityCheckOff?: ConfigNode;
  profiles: CallHomeProfile[];
}

export interface NxDestinationProfile {
  name: string;
  nodes: ConfigNode[];
  transportMethods: Valued[];
  httpDestinations: HttpDestination[];
}

export interface NxCallhome {
  node: ConfigNode;
  enableNode?: ConfigNode;
  useVrf?: Valued;
  proxy?: { host: string; port?: string; node: ConfigNode };
  proxyEnabled: boolean;
  profiles: NxDestinationProfile[];
}

export interface LicenseSmartUrl {
  /** `smart`, `cslu`, `default` (`license smart url default`) or '' for `license smart url <url>`. */
  kind: 'smart' | 'cslu' | 'default' | '';
  url?: string;
  urlWord?: Word;
  node: ConfigNode;
}

export interface LicenseSmart {
  /** Every top-level `license smart …` line, in order. */
  nodes: ConfigNode[];
  transport?: Valued;
  urls: LicenseSmartUrl[];
  vrf?: Valued;
  proxyAddress?: Valued;
  proxyPort?: Valued;
  /** `license smart register|trust idtoken <token>` lines (secrets). */
  idtokens: { node: ConfigNode; token: Word }[];
}

export interface Interface {
  name: string;
  node: ConfigNode;
  vrf?: Valued;
  dhcp: boolean;
  addresses: ConfigNode[];
  shutdown: boolean;
}

export interface Vrf {
  name: string;
  node: ConfigNode;
}

export interface StaticRoute {
  vrf?: string;
  isDefault: boolean;
  node: ConfigNode;
}

export interface NameServer {
  vrf?: string;
  addresses: string[];
  node: ConfigNode;
}

export interface Dns {
  /** `ip domain lookup` / `ip domain-lookup` state: false only with an explicit `no`. */
  lookupDisabled?: ConfigNode;
  lookupNodes: ConfigNode[];
  lookupSourceInterface?: { name: string; vrf?: string; node: ConfigNode };
  nameServers: NameServer[];
  hosts: { name: string; node: ConfigNode }[];
}

export interface Trustpoint {
  name: string;
  node: ConfigNode;
  revocationCheck?: Valued;
}

/** What this text holds of a configuration: rules that need the whole config stay quiet on fragments. */
export interface ConfigScope {
  hasConfig: boolean;
  /** A full running/startup-config (header, hostname, interfaces), not a `| section` paste. */
  isFull: boolean;
  /** Any line that sets routes: static routes, `ip default-gateway`, a routing protocol, DHCP. */
  hasRoutingLines: boolean;
  hasClockLines: boolean;
  hasDnsLines: boolean;
}

export interface ConfigModel {
  parsed: ParsedConfig[];
  /** Every top-level command as a node, built on first use (the model itself reads `parsed` by index). */
  readonly roots: ConfigNode[];
  /** How many top-level commands, over every config section. */
  rootCount: number;
  /** The first top-level `version …` line. */
  versionNode?: ConfigNode;
  hostname?: Valued;
  serviceCallHome?: ConfigNode;
  noServiceCallHome?: ConfigNode;
  callHome?: CallHome;
  nxCallhome?: NxCallhome;
  licenseSmart: LicenseSmart;
  /** By interfaceKey(name); blocks are read when a question needs them (interfaceTable.ts). */
  interfaces: InterfaceTable;
  /** Every VRF defined (`vrf definition|context`, `ip vrf`), by name; built on first use. */
  readonly vrfs: Map<string, Vrf>;
  /** Where the VRFs stand, in text order (what `vrfs` is built from). */
  vrfSources: { node?: ConfigNode; name?: string; parsed?: ParsedConfig; root?: number }[];
  staticRoutes: StaticRoute[];
  defaultGateway?: ConfigNode;
  routingProtocols: ConfigNode[];
  dns: Dns;
  ntpSources: ConfigNode[];
  clockCalendarValid?: ConfigNode;
  clockNodes: ConfigNode[];
  httpClientSourceInterface?: Valued;
  trustpoints: Map<string, Trustpoint>;
}

export interface DeviceModel {
  lines: TextLines;
  sections: Section[];
  dialect: Dialect;
  /**
   * The text is from an IOS-XR device (`!! IOS XR Configuration`, `RP/0/RSP0/CPU0:` prompts, XR-only
   * lines). XR is not a platform of SPEC §1: its call-home and licensing lines differ from IOS-XE's,
   * so the rules stay silent on it rather than give IOS-XE advice. Decided once, in model/mode.ts.
   */
  iosXr: boolean;
  version?: Version;
  mode: LicensingMode;
  config: ConfigModel;
  scope: ConfigScope;
  show: ShowModel;
  /**
   * Does call-home carry licensing (SPEC §3.3)? classic/undecided with an active profile that
   * reports licensing data, or SLP with `license smart transport callhome`. 'unknown' when the
   * only such profile is a CiscoTAC-1 whose activity the text does not decide.
   */
  callHomeCarriesLicensing: Tri;
}
