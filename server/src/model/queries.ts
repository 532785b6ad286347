// Questions several rules ask of the model, answered one way for all of them.
import { interfaceKey } from './interfaceNames';
import { DeviceModel, Interface } from './types';

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
  for (const i of c.interfaces.values()) if (i.dhcp) return true;
  return false;
}

/** Does call-home carry licensing data here (SPEC §3.3, computed once in the model)? */
export function callHomeLicensing(model: DeviceModel): boolean {
  return model.callHomeCarriesLicensing !== 'no';
}
