// Generates the benchmark inputs: a realistic IOS-XE running-config and show-techs of a chosen size.
// Deterministic (seeded), written to a temp folder by bench/run.mjs, never committed.
// Addresses come from documentation ranges; names, serials and accounts are made up.

/** Small seeded PRNG (mulberry32): the same seed gives the same file on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
  };
}

const ip = (r, net = '10') => `${net}.${r.int(250)}.${r.int(250)}.${1 + r.int(250)}`;

function header(hostname, bytes) {
  return [
    'Building configuration...', '', `Current configuration : ${bytes} bytes`, '!',
    '! Last configuration change at 08:15:02 UTC Thu Apr 25 2024 by netadmin',
    '! NVRAM config last updated at 08:15:02 UTC Thu Apr 25 2024 by netadmin', '!',
    'version 17.9', 'service timestamps debug datetime msec', 'service timestamps log datetime msec',
    'service password-encryption', 'service call-home', 'no platform punt-keepalive disable-kernel-core', '!',
    `hostname ${hostname}`, '!', 'boot-start-marker', 'boot system flash:packages.conf', 'boot-end-marker', '!',
    'vrf definition Mgmt-vrf', ' !', ' address-family ipv4', ' exit-address-family', ' !', ' address-family ipv6', ' exit-address-family', '!',
    'logging buffered 64000 informational', 'enable secret 9 $9$Xq4mPz7rTb1NcW$yJ2kL5aQ8vR3sT6uW9xZ1bC4dE7fG0hI2jK5lM8nO.6', '!',
    'aaa new-model', 'aaa authentication login default local', 'aaa authorization exec default local', 'aaa session-id common',
    'clock timezone UTC 0 0', 'switch 1 provision c9300-48p', 'switch 2 provision c9300-48p', '!',
    'call-home', ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
    '  no destination transport-method email', '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService',
    'ip routing', '!', 'ip name-server 198.51.100.53 198.51.100.54', 'ip domain lookup source-interface Vlan20',
    'ip domain name campus.example.com', '!', 'login on-success log', '!',
    'license boot level network-advantage addon dna-advantage', 'license smart transport smart',
    'license smart url smart https://smartreceiver.cisco.com/licservice/license', '!',
    'crypto pki trustpoint SLA-TrustPoint', ' enrollment pkcs12', ' revocation-check crl', '!',
    'crypto pki certificate chain SLA-TrustPoint', ' certificate ca 01',
    '  30820321 30820209 A0030201 02020101 300D0609 2A864886 F70D0101 0B050030',
    '  32310E30 0C060355 040A1305 43697363 6F312030 1E060355 04031317 43697363', '  \tquit', '!',
    'diagnostic bootup level minimal', 'spanning-tree mode rapid-pvst', 'spanning-tree extend system-id', '!',
    'redundancy', ' mode sso', '!',
  ];
}

function interfaceBlock(r, name) {
  const out = [`interface ${name}`];
  const kind = r.int(10);
  out.push(` description ${r.pick(['Access port', 'Uplink to core', 'Printer', 'AP', 'Phone+PC', 'Camera'])} ${r.pick(['B1', 'B2', 'B3'])}-${r.int(400)}`);
  if (kind < 6) {
    out.push(` switchport access vlan ${10 + r.int(200)}`, ' switchport mode access', ` switchport voice vlan ${300 + r.int(10)}`,
      ' device-tracking attach-policy IPDT_POLICY', ' authentication periodic', ' authentication timer reauthenticate server',
      ' access-session port-control auto', ' mab', ' dot1x pae authenticator', ' spanning-tree portfast', ' service-policy input AutoQos-4.0-CiscoPhone-Input-Policy');
  } else if (kind < 8) {
    out.push(' switchport trunk allowed vlan 10,20,30,100-120', ' switchport mode trunk', ` channel-group ${1 + r.int(8)} mode active`, ' ip dhcp snooping trust');
  } else if (kind < 9) {
    out.push(' shutdown');
  } else {
    out.push(' no switchport', ` ip address ${ip(r)} 255.255.255.252`, ' ip ospf network point-to-point', ' ip pim sparse-mode', ' bfd interval 250 min_rx 250 multiplier 3');
  }
  out.push('!');
  return out;
}

function svi(r, vlan) {
  return [
    `interface Vlan${vlan}`, ` description User VLAN ${vlan}`, ` ip address 10.${vlan % 250}.${r.int(250)}.1 255.255.255.0`,
    ' ip helper-address 192.0.2.10', ' ip helper-address 192.0.2.11', ' no ip redirects', ' ip pim sparse-mode', '!',
  ];
}

function acl(r, n) {
  const out = [`ip access-list extended ACL-${n}-${r.pick(['USERS', 'GUEST', 'MGMT', 'VOICE', 'PRINTERS'])}`];
  const count = 20 + r.int(60);
  for (let i = 1; i <= count; i++) {
    if (r.int(8) === 0) out.push(` ${i * 10} remark ${r.pick(['allow web', 'block telnet', 'see http://wiki.example.com/acl', 'dns'])}`);
    else out.push(` ${i * 10} ${r.pick(['permit', 'deny'])} ${r.pick(['tcp', 'udp', 'ip'])} ${ip(r)} 0.0.0.255 host ${ip(r, '192.0.2')}${r.int(2) ? ` eq ${r.pick(['443', '80', '53', '22', '8443'])}` : ''}`);
  }
  out.push('!');
  return out;
}

function routing(r, n) {
  const out = [];
  if (n % 3 === 0) {
    out.push(`router ospf ${n}`, ` router-id ${ip(r)}`, ' passive-interface default');
    for (let i = 0; i < 10; i++) out.push(` network ${ip(r)} 0.0.0.255 area ${r.int(4)}`);
    out.push('!');
  } else if (n % 3 === 1) {
    out.push(`router bgp 65${String(n % 1000).padStart(3, '0')}`, ' bgp log-neighbor-changes');
    for (let i = 0; i < 8; i++) {
      const nb = ip(r);
      out.push(` neighbor ${nb} remote-as 65${r.int(999)}`, ` neighbor ${nb} description peer-${r.int(999)}`);
    }
    out.push(' address-family ipv4', '  redistribute connected', ' exit-address-family', '!');
  } else {
    for (let i = 0; i < 12; i++) out.push(`ip route ${ip(r)} 255.255.255.0 ${ip(r, '192.0.2')} name static-${r.int(999)}`);
    out.push('!');
  }
  return out;
}

function trailer() {
  return [
    'ip http client source-interface Vlan20', 'ip route 0.0.0.0 0.0.0.0 192.0.2.1', '!', 'ntp server 192.0.2.123', '!',
    'banner motd ^C', 'Authorised access only. call-home', ' profile "x"', '  destination address http http://tools.cisco.com/x', '^C', '!',
    'line con 0', ' stopbits 1', 'line vty 0 4', ' transport input ssh', 'line vty 5 15', ' transport input ssh', '!', 'end', '',
  ];
}

/** A running-config of about `bytes` bytes: interfaces, SVIs, ACLs and routing, with call-home and license smart. */
export function generateConfig(bytes, seed = 1, hostname = 'CORE-SW-01') {
  const r = rng(seed);
  const lines = header(hostname, bytes);
  const tail = trailer();
  let size = lines.join('\n').length + tail.join('\n').length;
  let n = 0;
  while (size < bytes) {
    const k = n % 10;
    const block = k < 5 ? interfaceBlock(r, `GigabitEthernet${1 + (n % 8)}/0/${1 + (n % 48)}`)
      : k < 6 ? svi(r, 10 + (n % 4000))
        : k < 9 ? acl(r, n)
          : routing(r, n);
    for (const l of block) {
      lines.push(l);
      size += l.length + 1;
    }
    n++;
  }
  lines.push(...tail);
  return lines.join('\n');
}

/** A running-config of exactly `count` lines (for the editor latency bench): head and trailer kept, the middle cut. */
export function generateConfigLines(count, seed = 7) {
  const lines = generateConfig(count * 60, seed).split('\n');
  const tail = trailer();
  return [...lines.slice(0, count - tail.length), ...tail].join('\n');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'];
// Routine messages fill a real logging buffer; licensing ones are a small share of it.
const SYSLOG = [
  '%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/{n}, changed state to up',
  '%LINK-3-UPDOWN: Interface GigabitEthernet1/0/{n}, changed state to down',
  '%SYS-5-CONFIG_I: Configured from console by netadmin on vty0 (192.0.2.{n})',
  '%DOT1X-5-FAIL: Authentication failed for client (0000.5e00.53{n}) on Interface Gi1/0/{n} AuditSessionID 0A0B0C0D000000{n}',
  '%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: netadmin] [Source: 192.0.2.{n}] [localport: 22]',
  '%SESSION_MGR-5-START: Switch 1 R0/0: sessmgrd: Starting \'mab\' for client (0000.5e00.53{n}) on Interface Gi1/0/{n}',
  '%ILPOWER-5-POWER_GRANTED: Interface Gi1/0/{n}: Power granted',
  '%SW_MATM-4-MACFLAP_NOTIF: Host 0000.5e00.53{n} in vlan 20 is flapping between port Gi1/0/{n} and port Po1',
];
const LICENSING_SYSLOG = [
  '%SMART_LIC-6-AGENT_READY: Smart Agent for Licensing is initialized',
  '%SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart License Utility (CSLU) : Unable to resolve server hostname/domain name',
  '%SMART_LIC-6-REPORTING_REQUIRED: A Usage report acknowledgement will be required in 365 days.',
  '%CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR 205, Request Aborted)',
];

function stamp(r) {
  return `${r.pick(MONTHS)} ${String(1 + r.int(28)).padStart(2, ' ')} ${String(r.int(24)).padStart(2, '0')}:${String(r.int(60)).padStart(2, '0')}:${String(r.int(60)).padStart(2, '0')}.${String(r.int(1000)).padStart(3, '0')}`;
}

function banner(command) {
  return ['', `------------------ ${command} ------------------`, '', ''];
}

function licenseSections() {
  return [
    ...banner('show license status'),
    'Utility:', '  Status: DISABLED', '', 'Smart Licensing Using Policy:', '  Status: ENABLED', '',
    'Data Privacy:', '  Sending Hostname: yes', '', 'Transport:', '  Type: Smart', '  URL: https://smartreceiver.cisco.com/licservice/license',
    '  Proxy:', '    Not Configured', '  VRF:', '    Mgmt-vrf', '', 'Policy:', '  Policy in use: Installed On Jan 10 09:12:11 2024 UTC',
    '  Policy name: SLE Policy', '', 'Usage Reporting:', '  Last ACK received: Jun 17 10:01:33 2024 UTC',
    '  Next ACK deadline: Jul 17 10:01:33 2024 UTC', '  Reporting push interval: 30  days',
    ...banner('show license all'),
    'Smart Licensing Status', '======================', '', 'Smart Licensing is ENABLED', '',
    'License Usage', '=============', '', 'network-advantage (C9300-48 Network Advantage):', '  Description: C9300-48 Network Advantage',
    '  Count: 2', '  Version: 1.0', '  Status: IN USE', '  Export status: NOT RESTRICTED', '  Feature Name: network-advantage',
    ...banner('show license tech support'),
    'Smart Licensing Tech Support info', '', 'Smart Licensing Status', '======================', '',
    'Smart Licensing is ENABLED', 'License Reservation is DISABLED', '', 'Account Information:', '  Smart Account: Example Corp As of Jun 17 10:01:33 2024 UTC',
    '  Virtual Account: Campus', '', 'Trust Code Installed:', '  Active: PID:C9300-48P,SN:FOC2402Y0BE', '    INSTALLED on Jan 10 09:12:11 2024 UTC',
    ...banner('show license eventlog 30'),
    '**** Event Log ****',
    '2024-06-17 10:01:33.412 UTC SAEVT_RESERVE_INSTALL_START udi="PID:C9300-48P,SN:FOC2402Y0BE"',
    '2024-06-17 10:01:34.110 UTC SAEVT_COMM_RESTORED',
    ...banner('show call-home profile all'),
    '', 'Profile Name: CiscoTAC-1', '    Profile status: INACTIVE', '    Profile mode: Full Reporting', '    Reporting Data: Smart Call Home, Smart Licensing',
    '    Preferred Message Format: xml', '    Message Size Limit: 3145728 Bytes', '    Transport Method: http',
    '    HTTP  address(es): https://tools.cisco.com/its/service/oddce/services/DDCEService', '    Other address(es): default',
  ];
}

/** A show-tech of about `bytes` bytes. The bulk is `show logging`, interface counters and the running-config. */
export function generateShowTech(bytes, seed = 2) {
  const r = rng(seed);
  const out = ['CORE-SW-01#show tech-support', ...banner('show clock'), '10:12:44.871 UTC Wed Jun 19 2024',
    ...banner('show version'), 'Cisco IOS XE Software, Version 17.09.04a', 'Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a, RELEASE SOFTWARE (fc3)',
    'CORE-SW-01 uptime is 7 weeks, 6 days, 2 hours, 41 minutes', 'Configuration register is 0x102',
    ...licenseSections()];
  let size = out.join('\n').length;
  const push = (lines) => {
    for (const l of lines) {
      out.push(l);
      size += l.length + 1;
    }
  };
  // The running-config is a fifth of the capture; the rest is logs and counters, as in real show-techs.
  push(banner('show running-config'));
  push(generateConfig(Math.max(20000, Math.floor(bytes / 5)), seed + 1).split('\n'));
  // A logging buffer about a tenth of the capture (a large `logging buffered`), one message in 50 about licensing.
  push(banner('show logging'));
  push(['Syslog logging: enabled (0 messages dropped, 3 messages rate-limited, 0 flushes, 0 overruns, xml disabled, filtering disabled)', '', `Log Buffer (${Math.floor(bytes / 10)} bytes):`, '']);
  const logLines = [];
  for (let logBytes = 0; logBytes < bytes / 10;) {
    const l = `${stamp(r)}: ${(r.int(50) === 0 ? r.pick(LICENSING_SYSLOG) : r.pick(SYSLOG)).replaceAll('{n}', String(1 + r.int(48)))}`;
    logLines.push(l);
    logBytes += l.length + 1;
  }
  push(logLines);
  // The rest: per-interface counters, processes, routes and MAC tables, as sub-system show commands fill a real show-tech.
  let round = 0;
  while (size < bytes) {
    const member = 1 + (round % 8);
    push(banner(`show interfaces GigabitEthernet${member}/0/1 - 48`));
    const ifLines = [];
    for (let i = 1; i <= 48; i++) {
      ifLines.push(`GigabitEthernet${member}/0/${i} is up, line protocol is up (connected)`,
        '  Hardware is Gigabit Ethernet, address is 0000.5e00.5301 (bia 0000.5e00.5301)', '  MTU 1500 bytes, BW 1000000 Kbit/sec, DLY 10 usec,',
        '     reliability 255/255, txload 1/255, rxload 1/255', '  Encapsulation ARPA, loopback not set',
        `  Last input 00:00:0${r.int(10)}, output 00:00:0${r.int(10)}, output hang never`,
        `     ${r.int(1e9)} packets input, ${r.int(1e12)} bytes, 0 no buffer`, `     ${r.int(1e9)} packets output, ${r.int(1e12)} bytes, 0 underruns`);
    }
    push(ifLines);
    push(banner('show processes cpu sorted'));
    const cpu = ['CPU utilization for five seconds: 4%/0%; one minute: 5%; five minutes: 5%', ' PID Runtime(ms)     Invoked      uSecs   5Sec   1Min   5Min TTY Process'];
    for (let i = 1; i < 200; i++) cpu.push(`${String(i).padStart(4)} ${String(r.int(1e7)).padStart(12)} ${String(r.int(1e7)).padStart(12)} ${String(r.int(999)).padStart(10)}   0.00%  0.00%  0.00%   0 ${r.pick(['Chunk Manager', 'Load Meter', 'SMART_LIC', 'IP Input', 'CDP Protocol'])}`);
    push(cpu);
    push(banner('show ip route'));
    const routes = ['Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP', '', 'Gateway of last resort is 192.0.2.1 to network 0.0.0.0', ''];
    for (let i = 0; i < 150; i++) routes.push(`O        ${ip(r)}/24 [110/${2 + r.int(40)}] via ${ip(r, '192.0.2')}, 1w${r.int(7)}d, Vlan${10 + r.int(200)}`);
    push(routes);
    push(banner('show mac address-table'));
    const macs = ['          Mac Address Table', '-------------------------------------------', '', 'Vlan    Mac Address       Type        Ports', '----    -----------       --------    -----'];
    for (let i = 0; i < 150; i++) macs.push(` ${String(10 + r.int(200)).padEnd(4)}    0000.5e00.${String(r.int(9999)).padStart(4, '0')}    DYNAMIC     Gi${member}/0/${1 + r.int(48)}`);
    push(macs);
    round++;
  }
  push(banner('show call-home profile all'));
  push(['', 'Profile Name: CiscoTAC-1', '    Profile status: ACTIVE', '    Reporting Data: Smart Call Home, Smart Licensing', '    Transport Method: http',
    '    HTTP  address(es): https://tools.cisco.com/its/service/oddce/services/DDCEService', '']);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Shapes (issue 16): real 10 MiB configs are not all made of the same blocks. Each shape is one
// kind of bulk between a common head (version, hostname, licensing and call-home, DNS, clock) and
// trailer, so every shape has licensing content for the rules to read and the bulk is what varies.

function xeHead(hostname, version = '17.9') {
  return [
    'Building configuration...', '', 'Current configuration : 10485760 bytes', '!', `version ${version}`,
    'service timestamps debug datetime msec', 'service timestamps log datetime msec', 'service call-home', '!', `hostname ${hostname}`, '!',
    'vrf definition Mgmt-intf', ' !', ' address-family ipv4', ' exit-address-family', '!',
    'call-home', ' contact-email-addr noc@example.com', ' vrf Mgmt-intf', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
    '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService', '!',
    'ip name-server vrf Mgmt-intf 198.51.100.53', 'ip domain lookup vrf Mgmt-intf source-interface GigabitEthernet0', '!',
    'license smart transport smart', 'license smart url smart https://smartreceiver.cisco.com/licservice/license', 'license smart vrf Mgmt-intf', '!',
    'crypto pki trustpoint SLA-TrustPoint', ' enrollment pkcs12', ' revocation-check crl', '!',
    'interface GigabitEthernet0', ' vrf forwarding Mgmt-intf', ' ip address 192.0.2.20 255.255.255.0', ' negotiation auto', '!',
  ];
}

function xeTail() {
  return [
    'ip http client source-interface GigabitEthernet0', 'ip route vrf Mgmt-intf 0.0.0.0 0.0.0.0 192.0.2.1', '!', 'ntp server vrf Mgmt-intf 192.0.2.123', '!',
    'line con 0', ' stopbits 1', 'line vty 0 4', ' transport input ssh', '!', 'end', '',
  ];
}

/** Fills the bulk from `next()` (an array of lines per call) between head and tail until `bytes`. */
function fill(head, tail, bytes, next) {
  const lines = [...head];
  let size = head.join('\n').length + tail.join('\n').length + 2;
  for (let n = 0; size < bytes; n++) {
    for (const l of next(n)) {
      lines.push(l);
      size += l.length + 1;
    }
  }
  lines.push(...tail);
  return lines.join('\n');
}

const WORDS = ['Customer', 'circuit', 'MPLS', 'L3VPN', 'ACME', 'Branch', 'Retail', 'HQ', 'POP', 'backup', 'primary', 'fibre', 'ethernet', 'handoff'];

/** PE router: dot1Q sub-interfaces, each in a customer VRF (with its definition) and with a description. */
function peRouter(bytes, seed) {
  const r = rng(seed);
  const vrfs = [];
  return fill(xeHead('PE-ROUTER-01'), xeTail(), bytes, (n) => {
    const out = [];
    const vrf = `CUST-${String(n % 5000).padStart(5, '0')}`;
    if (n < 5000) {
      out.push(`vrf definition ${vrf}`, ` rd 65000:${n}`, ' !', ' address-family ipv4', `  route-target export 65000:${n}`, `  route-target import 65000:${n}`, ' exit-address-family', '!');
      vrfs.push(vrf);
    }
    const port = `TenGigabitEthernet0/${n % 4}/${(n >> 2) % 8}.${100 + n}`;
    out.push(`interface ${port}`, ` description ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)} ${vrf} cct-${r.int(1e6)} ${r.pick(WORDS)}`,
      ` encapsulation dot1Q ${100 + (n % 4000)}`, ` vrf forwarding ${vrf}`, ` ip address 10.${(n >> 14) & 255}.${(n >> 6) & 255}.${(n & 63) << 2 | 1} 255.255.255.252`, '!');
    return out;
  });
}

/** Access stack: many short switch-port blocks. */
function accessStack(bytes, seed) {
  const r = rng(seed);
  return fill(xeHead('ACCESS-STACK-01'), xeTail(), bytes, (n) => [
    `interface GigabitEthernet${1 + ((n / 48 | 0) % 9)}/0/${1 + (n % 48)}`, ` description desk ${r.int(900)}`, ` switchport access vlan ${10 + r.int(200)}`, ' switchport mode access', ' spanning-tree portfast', '!',
  ]);
}

/** NX-OS: `interface EthernetX/Y` ports with two-space indentation. */
function nxos(bytes, seed) {
  const r = rng(seed);
  const head = ['!Command: show running-config', '!Running configuration last done at: Mon Jun 17 10:01:33 2024', '!Time: Wed Jun 19 10:12:44 2024', '',
    'version 9.3(5) Bios:version 05.45', 'switchname NX-LEAF-01', 'feature interface-vlan', 'feature lacp', 'feature vpc', '',
    'callhome', '  email-contact noc@example.com', '  destination-profile CiscoTAC-1 transport-method http',
    '  destination-profile CiscoTAC-1 index 1 http https://tools.cisco.com/its/service/oddce/services/DDCEService', '  transport http use-vrf management', '  enable', '',
    'ip domain-lookup', 'ip name-server 198.51.100.53 use-vrf management', 'vrf context management', '  ip route 0.0.0.0/0 192.0.2.1', '',
    'interface mgmt0', '  vrf member management', '  ip address 192.0.2.30/24', ''];
  const tail = ['line console', 'line vty', ''];
  return fill(head, tail, bytes, (n) => [
    `interface Ethernet${1 + (n / 64 | 0)}/${1 + (n % 64)}`, `  description server-${r.int(1e5)}`, `  switchport access vlan ${10 + r.int(200)}`, '  mtu 9216', '  speed 10000', '  no shutdown', '',
  ]);
}

/** Top-level `ip prefix-list` lines. */
function prefixLists(bytes, seed) {
  const r = rng(seed);
  return fill(xeHead('EDGE-RTR-01'), xeTail(), bytes, (n) => [
    `ip prefix-list PL-${(n / 50) | 0} seq ${5 + (n % 50) * 5} permit ${ip(r)}/${16 + r.int(9)}`,
  ]);
}

/** One extended ACL with a very long list of entries. */
function bigAcl(bytes, seed) {
  const r = rng(seed);
  return fill([...xeHead('FW-EDGE-01'), 'ip access-list extended BIG-EDGE-IN'], ['!', ...xeTail()], bytes, (n) => [
    ` ${10 + n * 10} ${r.pick(['permit', 'deny'])} tcp ${ip(r)} 0.0.0.255 any eq ${r.pick(['443', '80', '22'])}`,
  ]);
}

/** A BGP process with a very long list of neighbor lines. */
function bgp(bytes, seed) {
  const r = rng(seed);
  return fill([...xeHead('RR-01'), 'router bgp 65000', ' bgp log-neighbor-changes'], [' address-family ipv4', ' exit-address-family', '!', ...xeTail()], bytes, (n) => {
    const nb = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    return n % 2 ? [` neighbor ${nb} remote-as ${64512 + r.int(1000)}`] : [` neighbor ${nb} description peer-${r.int(1e5)}`];
  });
}

/** A show-tech that is mostly `show logging`. */
function showTechLogs(bytes, seed) {
  const r = rng(seed);
  const head = ['EDGE-SW-01#show tech-support', ...banner('show clock'), '10:12:44.871 UTC Wed Jun 19 2024',
    ...banner('show version'), 'Cisco IOS XE Software, Version 17.09.04a', ...licenseSections(),
    ...banner('show running-config'), ...generateConfig(20000, seed + 1).split('\n'),
    ...banner('show logging'), 'Syslog logging: enabled (0 messages dropped, 0 flushes, 0 overruns)', '', 'Log Buffer (10000000 bytes):', ''];
  return fill(head, [''], bytes, () => [
    `${stamp(r)}: ${(r.int(50) === 0 ? r.pick(LICENSING_SYSLOG) : r.pick(SYSLOG)).replaceAll('{n}', String(1 + r.int(48)))}`,
  ]);
}

/** A campus switch's config as a Windows machine keeps it in a backup repository: every line ends in CR LF. */
function campusCrlf(bytes, seed) {
  return generateConfig(bytes, seed).replace(/\n/g, '\r\n');
}

/** Site names in their own scripts; one character above U+00FF makes V8 keep the whole text two bytes a character. */
const SITES = ['Zürich', '東京', 'Москва', 'São Paulo', '서울', 'Αθήνα', 'München', 'Kraków', '北京 – 上海'];

/** The PE router with descriptions naming sites in their own scripts. */
function peRouterUtf8(bytes, seed) {
  const r = rng(seed + 1);
  return peRouter(bytes, seed).replace(/^ description /gm, () => ` description ${r.pick(SITES)} `);
}

/**
 * A campus config captured from a console without `terminal length 0`: every 24 lines the pager's
 * ` --More-- `, then the backspaces, spaces and backspaces that erased it on the screen.
 */
function consoleCapture(bytes, seed) {
  const erase = `${'\b'.repeat(10)}${' '.repeat(10)}${'\b'.repeat(10)}`;
  let n = 0;
  return generateConfig(bytes, seed).replace(/\n/g, (eol) => (++n % 24 === 0 ? `${eol} --More-- ${erase}` : eol));
}

/** The NX-OS ports config pasted somewhere that lost every line's indentation. */
function nxosFlat(bytes, seed) {
  return nxos(bytes, seed).replace(/^[ \t]+/gm, '');
}

/**
 * A console session log of a troubleshooting session: the licence state once, then a prompt every
 * few lines (`show interfaces` on each port of an eight-switch stack, round and round, with the
 * clock and the licence status now and then). Every prompt opens a section: ~48,000 in 10 MiB.
 */
function sessionLog(bytes, seed) {
  const r = rng(seed);
  const prompt = 'ACC-STACK-01#';
  const head = [`${prompt}terminal length 0`, `${prompt}show version`, 'Cisco IOS XE Software, Version 17.09.04a', '',
    `${prompt}show license status`, 'Smart Licensing Using Policy:', '  Status: ENABLED', '', 'Transport:', '  Type: Smart',
    '  URL: https://smartreceiver.cisco.com/licservice/license', '  Proxy:', '    Not Configured', '  VRF:', '    Mgmt-vrf', ''];
  return fill(head, [prompt], bytes, (n) => {
    const port = `GigabitEthernet${1 + (Math.floor(n / 48) % 8)}/0/${1 + (n % 48)}`;
    const block = [`${prompt}show interfaces ${port}`, `${port} is up, line protocol is up (connected)`,
      `  MTU 1500 bytes, BW 1000000 Kbit/sec, DLY 10 usec,`, `     ${r.int(100000)} packets input, ${r.int(100000000)} bytes, 0 no buffer`,
      `     ${r.int(10)} input errors, ${r.int(10)} CRC, 0 frame, 0 overrun, 0 ignored`, ''];
    if (n % 200 === 199) block.push(`${prompt}show clock`, `*${stamp(r).slice(7)} UTC Thu Jun 20 2024`, '');
    if (n % 1000 === 999) block.push(`${prompt}show license status | include Status`, '  Status: ENABLED', '');
    return block;
  });
}

/** The benchmark shapes (issue 16): name -> what it is and its generator (bytes, seed) -> text. */
export const SHAPES = [
  { name: 'campus', what: 'campus switch (interfaces, SVIs, ACLs, routing)', ext: 'cfg', make: (bytes, seed) => generateConfig(bytes, seed) },
  { name: 'pe-router', what: 'PE router, dot1Q sub-interfaces with VRFs and descriptions', ext: 'cfg', make: peRouter },
  { name: 'access-stack', what: 'access stack, short switch-port blocks', ext: 'cfg', make: accessStack },
  { name: 'nxos-ports', what: 'NX-OS, `interface Ethernet` ports', ext: 'cfg', make: nxos },
  { name: 'prefix-lists', what: 'top-level `ip prefix-list` lines', ext: 'cfg', make: prefixLists },
  { name: 'big-acl', what: 'one extended ACL', ext: 'cfg', make: bigAcl },
  { name: 'bgp-neighbors', what: 'BGP, `neighbor` lines', ext: 'cfg', make: bgp },
  { name: 'show-tech-logs', what: 'show-tech, mostly `show logging`', ext: 'txt', make: showTechLogs },
  { name: 'campus-crlf', what: 'campus switch saved with CR LF line ends', ext: 'cfg', make: campusCrlf },
  { name: 'pe-router-utf8', what: 'PE router, descriptions with site names in other scripts (UTF-8)', ext: 'cfg', make: peRouterUtf8 },
  { name: 'nxos-flat', what: 'NX-OS ports pasted without indentation (read by grammar)', ext: 'cfg', make: nxosFlat },
  { name: 'session-log', what: 'console session log, a `show interfaces` prompt every six lines', ext: 'txt', make: sessionLog },
  { name: 'console-capture', what: 'campus switch captured through the pager (`--More--` and backspaces every 24 lines)', ext: 'cfg', make: consoleCapture },
];
