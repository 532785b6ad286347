// Interface names as people type them (`Gi0/0`, `gig 0/0`, `Vlan10`, `mgmt0`) and as devices print
// them (`GigabitEthernet0/0`) must compare equal, or a source-interface never finds its interface.

const LONG_NAMES = [
  'GigabitEthernet', 'TenGigabitEthernet', 'TwentyFiveGigE', 'FortyGigabitEthernet', 'HundredGigE',
  'FastEthernet', 'Ethernet', 'Vlan', 'Loopback', 'Port-channel', 'Tunnel', 'mgmt', 'AppGigabitEthernet',
  'TwoGigabitEthernet', 'FiveGigabitEthernet', 'BDI', 'Dialer', 'Serial', 'Cellular', 'nve', 'Virtual-Template',
];

const LONG_NAMES_LOWER = LONG_NAMES.map((n) => n.toLowerCase());
const WHITESPACE = /\s/;

// Common short forms that are not plain prefixes of the long name.
const ALIASES: Record<string, string> = {
  te: 'TenGigabitEthernet', tw: 'TwoGigabitEthernet', twe: 'TwentyFiveGigE', fo: 'FortyGigabitEthernet',
  hu: 'HundredGigE', po: 'Port-channel', eth: 'Ethernet', e: 'Ethernet', lo: 'Loopback', vl: 'Vlan',
  gi: 'GigabitEthernet', fa: 'FastEthernet', fi: 'FiveGigabitEthernet', ap: 'AppGigabitEthernet', tu: 'Tunnel',
};

/** A key that is the same for every spelling of one interface. */
export function interfaceKey(name: string): string {
  const compact = WHITESPACE.test(name) ? name.replace(/\s+/g, '') : name;
  // The leading letters (and hyphens) are the type, the rest its number.
  let k = 0;
  for (; k < compact.length; k++) {
    const c = compact.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45)) break;
  }
  if (k === 0) return compact.toLowerCase();
  const prefix = compact.slice(0, k).toLowerCase();
  const rest = compact.slice(k);
  const alias = ALIASES[prefix];
  if (alias) return (alias + rest).toLowerCase();
  if (prefix.length >= 2) {
    for (let i = 0; i < LONG_NAMES.length; i++) {
      if (LONG_NAMES_LOWER[i].startsWith(prefix)) return (LONG_NAMES[i] + rest).toLowerCase();
    }
  }
  return compact.toLowerCase();
}
