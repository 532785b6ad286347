// Plain-text and log documents are linted only when their first kilobytes look like Cisco device
// text (SPEC §7): a README or an application log must not light up with licensing findings.

const SIGNALS = [
  /^version \d+\.\d+/m,
  /^hostname \S+$/m,
  /^(?:Building configuration|Current configuration\s*:|!Command: show)/m,
  /^\S{1,63}[#>]\s*sh(?:ow)?\s+\S/m,
  /^-{6,} show .+ -{6,}\s*$/m,
  /%[A-Z][A-Z0-9_]*-\d-[A-Z0-9_]+:/,
  /^(?:call-home|callhome|service call-home|license smart \S+)/m,
  /^\s*(?:Smart Licensing (?:Status|is ENABLED|Using Policy)|Profile Name:|Registration:|License Authorization:)/m,
  /^interface (?:GigabitEthernet|TenGigabitEthernet|Vlan|Ethernet|mgmt|Loopback|FastEthernet)\S*/m,
];

export function looksLikeDeviceText(text: string): boolean {
  const head = text.slice(0, 16384);
  let hits = 0;
  for (const re of SIGNALS) if (re.test(head)) hits++;
  return hits >= 1;
}
