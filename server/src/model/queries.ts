// Questions several rules ask of the model, answered one way for all of them.
import { interfaceKey } from './interfaceNames';
import { ConfigNode } from '../parse/config';
import { Section } from '../parse/sections';
import { DeviceModel, Interface } from './types';
import { compileIosRegex } from './iosRegex';

export function findInterface(model: DeviceModel, name: string): Interface | undefined {
  return model.config.interfaces.get(interfaceKey(name));
}

/** Where default routes live: the global table and/or VRFs (static routes only: the config shows no others). */
export function defaultRoutes(model: DeviceModel): { global: boolean; vrfs: Set<string> } {
  const vrfs = new Set<string>();
  let global = false;
  for (const r of model.config.staticRoutes) {
    if (!r.isDefault) continue;
    if (r.vrf === undefined || r.vrf === 'default') global = true;
    else vrfs.add(r.vrf);
  }
  return { global, vrfs };
}

/** The VRF holding the only default routes, when there is exactly one such VRF and no global default. */
export function onlyDefaultRouteVrf(model: DeviceModel): string | undefined {
  const d = defaultRoutes(model);
  return !d.global && d.vrfs.size === 1 ? [...d.vrfs][0] : undefined;
}

/**
 * Can routes come from somewhere the text does not print (SPEC §3.1): DHCP, `ip default-gateway`,
 * a routing protocol, or a fragment with no routing lines at all?
 */
export function routingUnknown(model: DeviceModel): boolean {
  const c = model.config;
  if (!model.scope.hasRoutingLines) return true;
  if (c.defaultGateway || c.routingProtocols.length > 0) return true;
  return c.interfaces.withDhcp().length > 0;
}

/** Does call-home carry licensing data here (SPEC §3.3, computed once in the model)? */
export function callHomeLicensing(model: DeviceModel): boolean {
  return model.callHomeCarriesLicensing !== 'no';
}

/** The config section (its command and output filter) a node was read from. */
export function configSectionOf(model: DeviceModel, node: ConfigNode): Section | undefined {
  for (const p of model.config.parsed) if (node.line >= p.section.startLine && node.line < p.section.endLine) return p.section;
  return undefined;
}

/**
 * Could the output filter of the section `node` was read from have left out a line like `line`?
 * Users paste `show running-config | include …` fragments (SPEC §4), so a rule that concludes from
 * a line's absence asks this first. `| include X` / `| section X` print the lines X matches (a
 * section also prints the children of a block whose header matches: give it as `blockHeader`),
 * `| exclude X` drops them. Any other filter (`begin`, `count`…), a pattern that is not a valid
 * IOS regular expression (model/iosRegex.ts), or a filter we cannot read: the line may have been cut.
 */
export function filterMayHideLine(model: DeviceModel, node: ConfigNode, line: string, blockHeader?: string): boolean {
  const section = configSectionOf(model, node);
  if (!section || !section.filtered) return false;
  if (section.headerLine < 0) return true;
  const prompt = model.lines.line(section.headerLine);
  const bar = prompt.indexOf('|');
  if (bar < 0) return true;
  const m = /^\s*(\S+)\s+(.+?)\s*$/.exec(prompt.slice(bar + 1));
  if (!m) return true;
  const verb = m[1].toLowerCase();
  // Never a JavaScript RegExp: the filter is user text and may backtrack for ever (issue 12).
  const pattern = compileIosRegex(m[2]);
  if (!pattern) return true;
  if ('include'.startsWith(verb) || verb === 'grep') return !pattern.test(line);
  if ('section'.startsWith(verb)) return !pattern.test(line) && !(blockHeader !== undefined && pattern.test(blockHeader));
  if ('exclude'.startsWith(verb)) return pattern.test(line);
  return true;
}
