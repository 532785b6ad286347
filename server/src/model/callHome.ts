// `call-home` (IOS-XE, SPEC §3.1) and NX-OS `callhome` (SPEC §3.2) blocks -> profiles and destinations.
import { ConfigNode, unquote } from '../parse/config';
import { CallHome, CallHomeProfile, HttpDestination, NxCallhome, NxDestinationProfile, Valued } from './types';

export const CISCO_TAC_PROFILE = 'CiscoTAC-1';

export function valued(node: ConfigNode, index: number): Valued | undefined {
  const word = node.words[index];
  return word ? { value: unquote(word.text), node, word } : undefined;
}

function readProfile(node: ConfigNode): CallHomeProfile | null {
  const nameWord = node.words[1];
  if (!nameWord) return null;
  const name = unquote(nameWord.text);
  const isCiscoTac = name === CISCO_TAC_PROFILE;
  const profile: CallHomeProfile = {
    name, node, nameWord, isCiscoTac, activity: 'unknown', reportsLicensing: isCiscoTac,
    reportingNodes: [], transportMethods: [], httpDestinations: [],
  };
  for (const child of node.children) {
    const w = child.words;
    const first = w[0].text;
    if (first === 'active' && w.length === 1) profile.activeNode = child;
    else if (first === 'no' && w[1]?.text === 'active') profile.noActiveNode = child;
    else if (first === 'reporting') {
      profile.reportingNodes.push(child);
      const what = w[1]?.text;
      if (!isCiscoTac && (what === 'smart-licensing-data' || what === 'all')) profile.reportsLicensing = true;
    } else if (first === 'no' && w[1]?.text === 'reporting' && w[2]?.text === 'smart-licensing-data') {
      profile.reportsLicensing = false;
    } else if (first === 'destination' && w[1]?.text === 'transport-method' && w[2]) {
      profile.transportMethods.push({ value: w[2].text, node: child, word: w[2] });
    } else if (first === 'destination' && w[1]?.text === 'address' && w[2]?.text === 'http' && w[3]) {
      // The `http` keyword names the HTTP transport whatever the URL's scheme (SPEC §6 http-destination).
      profile.httpDestinations.push({ url: w[3].text, word: w[3], node: child });
    }
  }
  if (profile.noActiveNode) profile.activity = 'inactive';
  else if (profile.activeNode || !isCiscoTac) profile.activity = 'active';
  return profile;
}

export function readCallHome(node: ConfigNode): CallHome {
  const callHome: CallHome = { node, profiles: [] };
  for (const child of node.children) {
    const w = child.words;
    const first = w[0].text;
    if (first === 'profile') {
      const p = readProfile(child);
      if (p) callHome.profiles.push(p);
    } else if (first === 'contact-email-addr') callHome.contactEmail = valued(child, 1);
    else if (first === 'vrf') callHome.vrf = valued(child, 1);
    else if (first === 'source-interface') callHome.sourceInterface = valued(child, 1);
    else if (first === 'http-proxy' && w[1]) {
      const port = w.findIndex((x) => x.text === 'port');
      callHome.httpProxy = { host: unquote(w[1].text), port: port > 0 ? w[port + 1]?.text : undefined, node: child };
    } else if (child.startsWith('no', 'http', 'secure', 'server-identity-check')) callHome.serverIdentityCheckOff = child;
  }
  return callHome;
}

// `destination-profile <name> [index <n>] http <url>`, `destination-profile <name> transport-method http`.
export function readNxCallhome(node: ConfigNode): NxCallhome {
  const callhome: NxCallhome = { node, proxyEnabled: false, profiles: [] };
  const byName = new Map<string, NxDestinationProfile>();
  const profileFor = (name: string): NxDestinationProfile => {
    let p = byName.get(name);
    if (!p) {
      p = { name, nodes: [], transportMethods: [], httpDestinations: [] };
      byName.set(name, p);
      callhome.profiles.push(p);
    }
    return p;
  };
  for (const child of node.children) {
    const w = child.words;
    const first = w[0].text;
    if (first === 'enable' && w.length === 1) callhome.enableNode = child;
    else if (child.startsWith('transport', 'http', 'use-vrf')) callhome.useVrf = valued(child, 3);
    else if (child.startsWith('transport', 'http', 'proxy', 'server') && w[4]) {
      const port = w.findIndex((x) => x.text === 'port');
      callhome.proxy = { host: w[4].text, port: port > 0 ? w[port + 1]?.text : undefined, node: child };
    } else if (child.startsWith('transport', 'http', 'proxy', 'enable')) callhome.proxyEnabled = true;
    else if (first === 'destination-profile' && w[1]) {
      const p = profileFor(w[1].text);
      p.nodes.push(child);
      let k = 2;
      if (w[k]?.text === 'index') k += 2;
      if (w[k]?.text === 'transport-method' && w[k + 1]) p.transportMethods.push({ value: w[k + 1].text, node: child, word: w[k + 1] });
      else if (w[k]?.text === 'http' && w[k + 1]) {
        const dest: HttpDestination = { url: w[k + 1].text, word: w[k + 1], node: child };
        p.httpDestinations.push(dest);
      }
    }
  }
  return callhome;
}
