// Hover docs for the configuration commands licensing depends on (IOS-XE, NX-OS). Keys are what
// hover.ts derives from the line under the cursor; the text says what the line does, what breaks
// without it, and what to type.
import { TopicDoc } from './types';

export type CommandKey =
  | 'service call-home'
  | 'call-home'
  | 'call-home contact-email-addr'
  | 'call-home vrf'
  | 'call-home source-interface'
  | 'call-home http-proxy'
  | 'call-home http secure server-identity-check'
  | 'call-home profile'
  | 'profile active'
  | 'profile no active'
  | 'profile reporting'
  | 'profile destination transport-method'
  | 'profile destination address http'
  | 'callhome'
  | 'callhome destination-profile transport-method'
  | 'callhome destination-profile http'
  | 'callhome transport http use-vrf'
  | 'callhome transport http proxy'
  | 'callhome enable'
  | 'callhome email-contact'
  | 'license smart transport'
  | 'license smart url'
  | 'license smart url cslu'
  | 'license smart vrf'
  | 'license smart proxy'
  | 'license smart register idtoken'
  | 'license smart trust idtoken'
  | 'clock calendar-valid'
  | 'ntp server'
  | 'ip http client source-interface'
  | 'ip name-server'
  | 'ip domain lookup'
  | 'ip host'
  | 'crypto pki trustpoint'
  | 'revocation-check'
  | 'vrf forwarding'
  | 'ip route'
  | 'nxos vrf context'
  | 'nxos ip name-server'
  | 'nxos ip domain-lookup'
  | 'nxos ip route'
  | 'ip domain name'
  | 'nxos ntp server'
  | 'nxos ip dns source-interface';

const md = (...lines: string[]): string => lines.join('\n');
const TAC_URL = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';

export const commandDocs: Record<CommandKey, TopicDoc> = {
  'service call-home': {
    title: '[no] service call-home',
    markdown: md(
      'Turns the call-home service on globally (IOS-XE). Classic Smart Licensing sends every registration and renewal through call-home,',
      'so with `no service call-home` registration fails: `Failure reason: Communication transport not available.` (scenario 4).',
      'On SLP with `license smart transport smart` call-home is not needed, and hardening baselines (DISA STIG) rightly ask for it off.',
      '',
      '```cisco',
      'service call-home',
      '```',
    ),
    sources: ['XE', 'SLP'],
  },
  'call-home': {
    title: 'call-home',
    markdown: md(
      'Enters call-home configuration (IOS-XE): contact address, VRF, proxy, and the profiles that say where messages go.',
      'From 16.9.1 (switches) / 16.10.1 (routers) the device creates the `CiscoTAC-1` profile for direct cloud access.',
      'Only **one** profile may be active for Smart Licensing. The global `service call-home` must be on for any of it to work.',
      '',
      '```cisco',
      'call-home',
      ' contact-email-addr netops@example.com',
      ' profile "CiscoTAC-1"',
      '  active',
      '  destination transport-method http',
      '```',
    ),
    sources: ['XE'],
  },
  'call-home contact-email-addr': {
    title: 'contact-email-addr <address>',
    markdown: md(
      'The contact e-mail address sent with call-home messages. The seed configurations use `sch-smart-licensing@cisco.com`;',
      'use a mailbox your team reads. It does not choose a transport: licensing still goes over the active profile\'s HTTP destination.',
      '',
      '```cisco',
      'call-home',
      ' contact-email-addr netops@example.com',
      '```',
    ),
    sources: ['XE', 'ref'],
  },
  'call-home vrf': {
    title: 'vrf <vrf-name>   (under call-home)',
    markdown: md(
      'The VRF call-home uses. When the route to Cisco lives in a VRF (often `Mgmt-vrf` on Gi0/0), name it here "if applicable" (scenario 5),',
      'and point the HTTP client at an interface in the same VRF; the HTTP client line is the decisive one for HTTP transport.',
      'A mismatch gives `Fail to send out Call Home HTTP message.` / `%CALL_HOME-5-SL_MESSAGE_FAILED … (ERR 205 : Request Aborted)`.',
      '',
      '```cisco',
      'call-home',
      ' vrf Mgmt-vrf',
      'ip http client source-interface GigabitEthernet0/0',
      '```',
    ),
    sources: ['XE', 'ref'],
  },
  'call-home source-interface': {
    title: 'source-interface <interface>   (under call-home)',
    markdown: md(
      'Newer IOS-XE releases let call-home pick its own source interface. For licensing over HTTP, keep it consistent with',
      '`ip http client source-interface` and with `vrf` under call-home: all three should point into the VRF that holds the route to Cisco.',
      '',
      '```cisco',
      'call-home',
      ' source-interface GigabitEthernet0/0',
      '```',
    ),
    sources: ['ref'],
  },
  'call-home http-proxy': {
    title: 'http-proxy "<host>" port <port>   (under call-home)',
    markdown: md(
      'Sends call-home messages through an HTTPS proxy (the "HTTPS proxy" deployment method). The proxy must not intercept TLS:',
      'either turn interception off for Cisco\'s hosts, or import the proxy\'s CA as a trustpoint (`crypto pki trustpoint`, `enrollment terminal`,',
      '`revocation-check none`, `crypto pki authenticate <name>`). A wrong port shows up as timeouts.',
      '',
      '```cisco',
      'call-home',
      ' http-proxy "proxy.example.com" port 3128',
      '```',
    ),
    sources: ['XE', 'ref'],
  },
  'call-home http secure server-identity-check': {
    title: '[no] http secure server-identity-check   (under call-home)',
    markdown: md(
      'On by default: during the TLS handshake the device checks that the URL\'s host matches the server certificate.',
      'An on-prem URL written with an IP address usually fails that check (scenario 6). Better: put the certificate\'s common name in the URL',
      'and map it with `ip host` when there is no DNS. Switch the check off only when neither is possible.',
      '',
      '```cisco',
      'ip host ssm-onprem.example.com 192.0.2.80',
      'call-home',
      ' no http secure server-identity-check   ! last resort',
      '```',
    ),
    sources: ['XE', 'ref'],
  },
  'call-home profile': {
    title: 'profile "<name>"   (under call-home)',
    markdown: md(
      'A call-home profile: where messages go and what they carry. `CiscoTAC-1` is built in and reports Smart Call Home and Smart Licensing data;',
      'a user profile reports licensing only with `reporting smart-licensing-data`, and is active unless `no active` is under it.',
      '**Only one profile may be active for Smart Licensing.** Check with `show call-home profile all` (`Profile status:`, `Reporting Data:`).',
      '',
      '```cisco',
      'call-home',
      ' profile "SSM-OnPrem"',
      '  reporting smart-licensing-data',
      '  destination transport-method http',
      '  destination address http https://ssm-onprem.example.com/Transportgateway/services/DeviceRequestHandler',
      '```',
    ),
    sources: ['XE'],
  },
  'profile active': {
    title: 'active   (under a call-home profile)',
    markdown: md(
      'Makes the profile active. `CiscoTAC-1` prints it when it is in use; a user profile is active by default.',
      'If another active profile also reports licensing, keep only one: add `no active` to the others, or registration fails (scenario 4).',
      '',
      '```cisco',
      'call-home',
      ' profile "CiscoTAC-1"',
      '  active',
      '```',
    ),
    sources: ['XE'],
  },
  'profile no active': {
    title: 'no active   (under a call-home profile)',
    markdown: md(
      'Deactivates the profile. Use it on `CiscoTAC-1` when an on-prem profile carries licensing, so only one licensing profile stays active.',
      'With every profile inactive, licensing has no transport: `Communication transport not available.` (scenario 4).',
      '',
      '```cisco',
      'call-home',
      ' profile "CiscoTAC-1"',
      '  no active',
      '```',
    ),
    sources: ['XE'],
  },
  'profile reporting': {
    title: 'reporting smart-licensing-data | smart-call-home-data | all',
    markdown: md(
      'What a user profile carries. Without `smart-licensing-data` (or `all`), an active user profile blocks licensing:',
      '`%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE: … due to an existing active user profile …` and',
      '`Failure reason: Communication transport not available.` (scenario 4). `CiscoTAC-1` reports both by default.',
      '',
      '```cisco',
      'call-home',
      ' profile "SSM-OnPrem"',
      '  reporting smart-licensing-data',
      '```',
    ),
    sources: ['XE'],
  },
  'profile destination transport-method': {
    title: 'destination transport-method http | email',
    markdown: md(
      'How the profile sends. Smart Licensing needs `http` (which carries both `http://` and `https://` URLs).',
      'A profile that only sends e-mail cannot carry licensing.',
      '',
      '```cisco',
      '  destination transport-method http',
      '```',
    ),
    sources: ['XE', 'ref'],
  },
  'profile destination address http': {
    title: 'destination address http <url>',
    markdown: md(
      'The URL the profile sends to. The keyword `http` is the transport; the URL must be **https://**: Cisco\'s cloud no longer answers HTTP.',
      `- Cisco cloud (CiscoTAC-1's built-in, omitted by \`show running-config\`): \`${TAC_URL}\``,
      '- SSM On-Prem / satellite: `https://<host>/Transportgateway/services/DeviceRequestHandler` (path is **case-sensitive**)',
      '- Transport Gateway: `https://<gateway>:<port>/Transportgateway/services/DeviceRequestHandler`',
      'Use the certificate\'s host name, not an IP, while the server identity check is on (scenario 6).',
      '',
      '```cisco',
      `  destination address http ${TAC_URL}`,
      '```',
    ),
    sources: ['XE', 'NX'],
  },
  callhome: {
    title: 'callhome   (NX-OS)',
    markdown: md(
      'NX-OS call-home configuration: contacts, destination profiles, the VRF for HTTP, an optional proxy, and `enable`.',
      'Smart Licensing on NX-OS (9.3(3)+ on Nexus 3000/9000, 8.0(1)+ on Nexus 7000) registers through it.',
      '',
      '```cisco',
      'callhome',
      '  email-contact netops@example.com',
      '  destination-profile CiscoTAC-1 transport-method http',
      `  destination-profile CiscoTAC-1 http ${TAC_URL}`,
      '  transport http use-vrf management',
      '  enable',
      '```',
    ),
    sources: ['NX'],
  },
  'callhome destination-profile transport-method': {
    title: 'destination-profile <profile> transport-method http | email   (NX-OS)',
    markdown: md(
      'How the profile sends. Smart Licensing needs `http`; the URL itself is set on a separate `destination-profile … http <url>` line.',
      '',
      '```cisco',
      'callhome',
      '  destination-profile CiscoTAC-1 transport-method http',
      '```',
    ),
    sources: ['NX'],
  },
  'callhome destination-profile http': {
    title: 'destination-profile <profile> [index <n>] http <url>   (NX-OS)',
    markdown: md(
      'The URL of the profile. It must be **https://**: with `http://` NX-OS fails with *Failed to parse response data from SCH server*',
      '(NX known problem 2). Replace the line; do not just add a second one.',
      '',
      '```cisco',
      'callhome',
      `  no destination-profile CiscoTAC-1 index 1 http ${TAC_URL.replace('https://', 'http://')}`,
      `  destination-profile CiscoTAC-1 http ${TAC_URL}`,
      '```',
    ),
    sources: ['NX'],
  },
  'callhome transport http use-vrf': {
    title: 'transport http use-vrf <vrf>   (NX-OS)',
    markdown: md(
      'The VRF callhome\'s HTTP messages use. With `mgmt0` in `vrf member management` and the default route in `vrf context management`,',
      'it must be `management`; otherwise messages fail (*failed to send the Call Home HTTP message*). The interface HTTP leaves from must be',
      'in that VRF too: in the NX article\'s known problem 1 this line was set, but the HTTP source interface was Vlan 27; changed to `mgmt0`, it worked.',
      '',
      '```cisco',
      'callhome',
      '  transport http use-vrf management',
      '```',
    ),
    sources: ['NX'],
  },
  'callhome transport http proxy': {
    title: 'transport http proxy server <host> port <port> / transport http proxy enable   (NX-OS)',
    markdown: md(
      'Sends callhome HTTP messages through a proxy. Both the server line and `enable` are needed; the proxy must pass TLS to Cisco',
      'untouched (an intercepting proxy needs its CA trusted on the switch).',
      '',
      '```cisco',
      'callhome',
      '  transport http proxy server proxy.example.com port 3128',
      '  transport http proxy enable',
      '```',
    ),
    sources: ['ref'],
  },
  'callhome enable': {
    title: 'enable   (under callhome, NX-OS)',
    markdown: md(
      'Turns callhome on. Without it nothing is sent, so registration and renewals never leave the switch.',
      'Set the contact e-mail (`email-contact`) first: the NX article enables callhome with it as the only contact line.',
      '',
      '```cisco',
      'callhome',
      '  enable',
      '```',
    ),
    sources: ['NX', 'ref'],
  },
  'callhome email-contact': {
    title: 'email-contact <address>   (NX-OS)',
    markdown: md(
      'Contact e-mail for callhome messages, set before `enable`; the NX article\'s direct and on-prem configurations carry it as their only',
      'contact line (`phone-contact` and `streetaddress` are optional for licensing). The article uses `sch-smart-licensing@cisco.com`.',
      '',
      '```cisco',
      'callhome',
      '  email-contact netops@example.com',
      '```',
    ),
    sources: ['NX', 'ref'],
  },
  'license smart transport': {
    title: 'license smart transport smart | cslu | callhome | automatic | off',
    markdown: md(
      'SLP (17.3.2+): how licensing reaches Cisco. `smart` (Smart Transport, recommended for direct access) sends RUM reports as JSON over HTTPS',
      'to `smartreceiver.cisco.com` and gets ACKs; `cslu` goes to a local CSLU (the default when no line is printed); `callhome` is kept by devices',
      'migrated from classic; `off` reports nothing. With `smart`, install the trust code once: `license smart trust idtoken <TOKEN> all force`.',
      '',
      '```cisco',
      'license smart transport smart',
      'license smart url default',
      '```',
    ),
    sources: ['SLP', 'ref'],
  },
  'license smart url': {
    title: 'license smart url default | smart <url> | <url>',
    markdown: md(
      'The Smart Transport URL. `default` means `https://smartreceiver.cisco.com/licservice/license`. It must be HTTPS.',
      'The device keeps one URL per transport, so a `cslu` URL next to it does no harm.',
      '',
      '```cisco',
      'license smart url default',
      '```',
    ),
    sources: ['SLP', 'ref'],
  },
  'license smart url cslu': {
    title: 'license smart url cslu <url>',
    markdown: md(
      'The URL of the Cisco Smart Licensing Utility (CSLU), a local collector. Plain HTTP on port 8182 is normal here.',
      'It is used only with `license smart transport cslu`; with transport `smart` the device ignores it and uses the Smart receiver.',
      '',
      '```cisco',
      'license smart transport cslu',
      'license smart url cslu http://192.0.2.50:8182/cslu/v1/pi',
      '```',
    ),
    sources: ['SLP', 'ref'],
  },
  'license smart vrf': {
    title: 'license smart vrf <vrf>',
    markdown: md(
      'The VRF Smart Transport uses. Required when the route to Cisco lives in a VRF; then use the VRF forms of the DNS commands too,',
      'and a source interface in that VRF. Without it: `%SMART_LIC-3-COMM_FAILED … (CSSM) : Connection timed out` or a name-resolution failure.',
      '',
      '```cisco',
      'license smart vrf Mgmt-vrf',
      'ip http client source-interface GigabitEthernet0/0',
      'ip name-server vrf Mgmt-vrf 192.0.2.53',
      'ip domain lookup vrf Mgmt-vrf source-interface GigabitEthernet0/0',
      '```',
    ),
    sources: ['SLP', 'ref'],
  },
  'license smart proxy': {
    title: 'license smart proxy address <ip-or-host> / license smart proxy port <port>',
    markdown: md(
      'HTTPS proxy for Smart Transport, given by IP or host name (a host name needs DNS). Configure **both** lines; a wrong port shows up as',
      '`%SMART_LIC-3-COMM_FAILED … (CSSM) : Connection timed out`. Test from the device: `telnet <proxy> <port> /ipv4 /source-interface <if>`.',
      '',
      '```cisco',
      'license smart proxy address 192.0.2.10',
      'license smart proxy port 3128',
      '```',
    ),
    sources: ['SLP'],
  },
  'license smart register idtoken': {
    title: 'license smart register idtoken <TOKEN> [force]   (exec)',
    markdown: md(
      'Classic Smart Licensing (IOS-XE before 17.3.2, NX-OS): registers the device with the token from the Virtual Account. `force` re-registers a',
      'device CSSM already knows (scenario 1, *Product Already Registered*). The token is a secret: never keep it in a file.',
      'Afterwards `write memory`, so the generated key survives a reload.',
      '',
      '```cisco',
      'license smart register idtoken <TOKEN> force',
      'show license status',
      '```',
    ),
    sources: ['XE', 'NX'],
  },
  'license smart trust idtoken': {
    title: 'license smart trust idtoken <TOKEN> local | all [force]   (exec)',
    markdown: md(
      'SLP with Smart Transport: installs the trust code (`all` on every stack/HA member). Success logs `%SMART_LIC-6-TRUST_INSTALL_SUCCESS`',
      'and `show license status` shows `Trust Code Installed: <date>`. The token is a secret: never keep it in a file.',
      '',
      '```cisco',
      'license smart trust idtoken <TOKEN> all force',
      'show license status | include Trust',
      '```',
    ),
    sources: ['SLP'],
  },
  'clock calendar-valid': {
    title: 'clock calendar-valid',
    markdown: md(
      'Marks the hardware calendar as an authoritative time source. By default the clock is not trusted; without NTP/PTP this line is required',
      '(scenario 3), or registration can fail with *The device date … is offset beyond the allowed tolerance limit*. Set the time first.',
      '',
      '```cisco',
      'clock set 14:05:00 12 Jun 2024',
      'configure terminal',
      ' clock calendar-valid',
      '```',
    ),
    sources: ['XE'],
  },
  'ntp server': {
    title: 'ntp server [vrf <vrf>] <address>',
    markdown: md(
      'The preferred time source for Smart Licensing: a correct, trusted clock avoids scenario 3\'s tolerance failure and',
      '`%PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID`. Use the VRF form when the server is reached through one (NX-OS: `use-vrf`).',
      '',
      '```cisco',
      'ntp server 192.0.2.123',
      'ntp server vrf Mgmt-vrf 192.0.2.123',
      '```',
    ),
    sources: ['XE', 'ref'],
  },
  'ip http client source-interface': {
    title: 'ip http client source-interface <interface>',
    markdown: md(
      'The interface the IOS HTTP client (used by call-home and Smart Transport) sources from. When traffic to Cisco must leave through a VRF',
      '(e.g. `Mgmt-vrf` on Gi0/0), this line must name an interface in that VRF: it is the decisive line for HTTP transport (scenario 5).',
      '',
      '```cisco',
      'ip http client source-interface GigabitEthernet0/0',
      '```',
    ),
    sources: ['XE', 'SLP'],
  },
  'ip name-server': {
    title: 'ip name-server [vrf <vrf>] <address>',
    markdown: md(
      'DNS server for resolving `tools.cisco.com` / `smartreceiver.cisco.com` / the on-prem host. If the server is reached through a VRF, use the',
      'VRF form. Without DNS, map the name with `ip host` instead. Missing DNS is a scenario 5 cause.',
      '',
      '```cisco',
      'ip name-server 192.0.2.53',
      'ip name-server vrf Mgmt-vrf 192.0.2.53',
      '```',
    ),
    sources: ['XE', 'SLP'],
  },
  'ip domain lookup': {
    title: '[no] ip domain lookup [vrf <vrf>] [source-interface <interface>]',
    markdown: md(
      'Turns DNS lookups on (older spelling `ip domain-lookup`). `no ip domain lookup` leaves licensing unable to resolve Cisco\'s hosts unless',
      '`ip host` maps them. Give a source interface (in the VRF, if DNS is reached through one).',
      '',
      '```cisco',
      'ip domain lookup',
      'ip domain lookup source-interface Vlan10',
      '```',
    ),
    sources: ['XE', 'SLP'],
  },
  'ip host': {
    title: 'ip host <name> <address>',
    markdown: md(
      'A static name-to-address mapping: the way to resolve `tools.cisco.com` or the on-prem server without DNS (scenarios 5 and 6).',
      'Use the address your own resolver returns. For on-prem HTTPS, put the certificate\'s name in the URL and map it here;',
      'the mapping does not help while the URL holds the IP.',
      '',
      '```cisco',
      'ip host ssm-onprem.example.com 192.0.2.80',
      '```',
    ),
    sources: ['XE'],
  },
  'crypto pki trustpoint': {
    title: 'crypto pki trustpoint <name>',
    markdown: md(
      '`SLA-TrustPoint` holds the CA Smart Licensing validates Cisco\'s certificates against. Its `revocation-check crl` (factory default) can leave',
      'authorisation *Waiting for reply* when the CRL cannot be fetched (scenario 7). For an intercepting HTTPS proxy, a trustpoint for the proxy\'s CA:',
      '',
      '```cisco',
      'crypto pki trustpoint LicRoot',
      ' enrollment terminal',
      ' revocation-check none',
      'crypto pki authenticate LicRoot',
      '```',
    ),
    sources: ['XE'],
  },
  'revocation-check': {
    title: 'revocation-check crl | none | ocsp   (under a trustpoint)',
    markdown: md(
      'How the trustpoint checks certificate revocation. Under `SLA-TrustPoint`, `crl` makes the device fetch a CRL first; when that fails',
      '(`%PKI-3-CRL_FETCH_FAIL … SLA-TrustPoint`) authorisation stays `PENDING` / *Waiting for reply* (scenario 7). The fix:',
      '',
      '```cisco',
      'crypto pki trustpoint SLA-TrustPoint',
      ' revocation-check none',
      '```',
    ),
    sources: ['XE'],
  },
  'vrf forwarding': {
    title: 'vrf forwarding <vrf>   (NX-OS: vrf member <vrf>)',
    markdown: md(
      'Puts the interface in a VRF (e.g. Gi0/0 in `Mgmt-vrf`, NX-OS `mgmt0` in `management`). If licensing leaves through this interface, the',
      'licensing transport must name the same VRF: `vrf <vrf>` under call-home, `license smart vrf <vrf>`, or NX-OS `transport http use-vrf <vrf>`,',
      'and `ip http client source-interface` should point here (IOS-XE).',
      '',
      '```cisco',
      'interface GigabitEthernet0/0',
      ' vrf forwarding Mgmt-vrf',
      '```',
    ),
    sources: ['XE', 'NX'],
  },
  'ip route': {
    title: 'ip route [vrf <vrf>] <prefix> <mask> <next-hop>',
    markdown: md(
      'Where the route to Cisco (usually the default route) lives decides which VRF licensing must use. Scenario 5: verify the route points at',
      'the right next hop. A default route only in a VRF means the transport must name that VRF.',
      '',
      '```cisco',
      'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1',
      '```',
    ),
    sources: ['XE', 'NX'],
  },
  'nxos ip route': {
    title: 'ip route <prefix>/<length> <next-hop>   (NX-OS; inside `vrf context <vrf>` for that VRF)',
    markdown: md(
      'An NX-OS static route. Inside `vrf context management` it is the management VRF\'s route (`ip route 0.0.0.0/0 <gateway>` is its default',
      'route); at the top level it is the default VRF\'s. Where the default route lives decides the VRF callhome must use: with it only in',
      '`vrf context management`, callhome needs `transport http use-vrf management` and DNS in that VRF (NX article, known problem 1).',
      '',
      '```cisco',
      'vrf context management',
      '  ip route 0.0.0.0/0 192.0.2.1',
      'callhome',
      '  transport http use-vrf management',
      '```',
    ),
    sources: ['NX', 'ref'],
  },
  'ip domain name': {
    title: 'ip domain name <domain>   (older spelling: ip domain-name)',
    markdown: md(
      'The domain appended to names that have no dot. It does not enable lookups by itself: `ip domain lookup` and `ip name-server` do. The SLP',
      'article\'s switch sets it next to its DNS lines.',
      '',
      '```cisco',
      'ip domain lookup',
      'ip name-server 192.0.2.53',
      'ip domain name example.com',
      '```',
    ),
    sources: ['SLP'],
  },
  'nxos ntp server': {
    title: 'ntp server <address> [prefer] [use-vrf <vrf>]   (NX-OS)',
    markdown: md(
      'The time source for Smart Licensing on NX-OS: a correct clock avoids *The device date … is offset beyond the allowed tolerance limit*.',
      'When the server is reached through the management VRF, say so with `use-vrf management`.',
      '',
      '```cisco',
      'ntp server 192.0.2.123 use-vrf management',
      '```',
    ),
    sources: ['ref'],
  },
  'nxos ip dns source-interface': {
    title: 'ip dns source-interface <interface>   (NX-OS 9.3(3)+)',
    markdown: md(
      'The interface DNS queries leave from (Cisco\'s NX-API reference for Nexus 3000/9000, "Configuring the DNS Source Interface", 9.3(3)). It',
      'should be an interface of the VRF the name server is reached through — for callhome usually `mgmt0`, in `management`.',
      '',
      '```cisco',
      'ip dns source-interface mgmt0',
      '```',
    ),
    sources: ['ref'],
  },
  'nxos vrf context': {
    title: 'vrf context <vrf>   (NX-OS)',
    markdown: md(
      'Per-VRF settings on NX-OS: routes and name servers. With the default route in `vrf context management`, callhome needs',
      '`transport http use-vrf management`, and DNS for it belongs here too.',
      '',
      '```cisco',
      'vrf context management',
      '  ip name-server 192.0.2.53',
      '  ip route 0.0.0.0/0 192.0.2.1',
      '```',
    ),
    sources: ['NX', 'ref'],
  },
  'nxos ip name-server': {
    title: 'ip name-server <address> [use-vrf <vrf>]   (NX-OS)',
    markdown: md(
      'DNS for callhome\'s destination. When callhome uses a VRF, the name server must be reachable in it: `use-vrf <vrf>`, or the line inside',
      '`vrf context <vrf>`. A missing DNS reply can hang callhome\'s messages (CSCvv67469).',
      '',
      '```cisco',
      'ip name-server 192.0.2.53 use-vrf management',
      '```',
    ),
    sources: ['NX', 'ref'],
  },
  'nxos ip domain-lookup': {
    title: '[no] ip domain-lookup   (NX-OS)',
    markdown: md(
      'Turns DNS lookups on for the switch. `no ip domain-lookup` leaves callhome unable to resolve `tools.cisco.com` or the on-prem host.',
      'Test: `ping tools.cisco.com vrf management`.',
      '',
      '```cisco',
      'ip domain-lookup',
      '```',
    ),
    sources: ['NX', 'ref'],
  },
};
