// Text -> DeviceModel, once per text: split, parse the config sections, read the show sections,
// then derive the facts several rules share (mode, scope, does call-home carry licensing).
import { parseConfig, ParsedConfig } from '../parse/config';
import { TextLines } from '../parse/lines';
import { Section, splitSections } from '../parse/sections';
import { readConfig } from './readConfig';
import { decideMode, detectDialect, detectIosXr, parseVersion } from './mode';
import { readShowSections } from './show';
import { ConfigModel, ConfigScope, DeviceModel, LicensingMode, Tri, Version } from './types';
import { LineIndex } from '../strayScan';

function configVersion(config: ConfigModel): Version | undefined {
  const node = config.versionNode;
  const w = node?.words[1];
  return node && w ? parseVersion(w.text, node.line, 'config') : undefined;
}

const FULL_CONFIG_COMMAND = /^(?:|show (?:running|startup)-config(?: all)?|more \S*config)$/;

function decideScope(config: ConfigModel, sections: Section[]): ConfigScope {
  const hasConfig = config.rootCount > 0;
  const wholeSection = config.parsed.some((p) => !p.section.filtered && FULL_CONFIG_COMMAND.test(p.section.command));
  const hasHeader = !!config.hostname || !!config.versionNode;
  const dns = config.dns;
  void sections;
  return {
    hasConfig,
    isFull: hasConfig && wholeSection && hasHeader && !config.interfaces.isEmpty,
    hasRoutingLines:
      config.staticRoutes.length > 0 || !!config.defaultGateway || config.routingProtocols.length > 0 ||
      config.interfaces.withDhcp().length > 0,
    hasClockLines: config.clockNodes.length > 0 || config.ntpSources.length > 0,
    hasDnsLines: dns.lookupNodes.length > 0 || dns.nameServers.length > 0 || dns.hosts.length > 0 || !!dns.lookupDisabled,
  };
}

function callHomeCarriesLicensing(config: ConfigModel, mode: LicensingMode): Tri {
  if (config.nxCallhome) {
    const nx = config.nxCallhome;
    const http = nx.profiles.some((p) => p.httpDestinations.length > 0 || p.transportMethods.some((t) => t.value === 'http'));
    return http ? 'yes' : 'no';
  }
  if (mode === 'slp') return config.licenseSmart.transport?.value === 'callhome' ? 'yes' : 'no';
  const profiles = config.callHome?.profiles ?? [];
  if (profiles.some((p) => p.activity === 'active' && p.reportsLicensing)) return 'yes';
  if (profiles.some((p) => p.activity === 'unknown' && p.reportsLicensing)) return 'unknown';
  return 'no';
}

export interface BuildOptions {
  /**
   * Read every block as the model once did: every top-level command a node, every interface read
   * into the table. The reference the lazy reads are tested against (test/property); never faster.
   */
  eager?: boolean;
  /** The text's line index, already made with its stray-character scan (strayScan.ts scanText). */
  lineIndex?: LineIndex | null;
}

export function buildModel(text: string, options: BuildOptions = {}): DeviceModel {
  const lines = new TextLines(text, undefined, options.lineIndex);
  const sections = splitSections(lines);
  const parsed: ParsedConfig[] = [];
  for (const s of sections) if (s.kind === 'config') parsed.push(parseConfig(lines, s));
  const config = readConfig(parsed, text);
  if (options.eager) {
    for (const p of parsed) for (const node of p.roots) void node.children;
    config.interfaces.readEagerly();
  }
  const show = readShowSections(lines, sections);

  // A show output in the same text decides CiscoTAC-1's activity when the config does not (SPEC §3.1).
  if (config.callHome) {
    for (const p of config.callHome.profiles) {
      if (p.activity !== 'unknown') continue;
      const shown = show.profiles.find((s) => s.name.value === p.name && s.status);
      if (shown?.status) p.activity = /^ACTIVE/i.test(shown.status.value) ? 'active' : 'inactive';
    }
  }

  const version = configVersion(config);
  const dialect = detectDialect(config, version);
  const mode = decideMode(dialect, version, config, show);
  return {
    lines, sections, dialect, iosXr: detectIosXr(lines, sections, config, show), version, mode, config, show,
    scope: decideScope(config, sections),
    callHomeCarriesLicensing: callHomeCarriesLicensing(config, mode),
  };
}
