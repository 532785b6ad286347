// Hover docs for syslog mnemonics (`%FACILITY-SEVERITY-MNEMONIC`, SPEC §4) and for the records of
// `show license eventlog` (`SAEVT_*`, and the INFRA_SL platform events they wrap). Boot-time noise
// (SPEC §3.3) says so, so nobody chases it during an outage.
import { TopicDoc } from './types';

const md = (...lines: string[]): string => lines.join('\n');

export const syslogDocs: Record<string, TopicDoc> = {
  'SMART_LIC-6-AGENT_REG_SUCCESS': {
    title: '%SMART_LIC-6-AGENT_REG_SUCCESS',
    markdown: md(
      'Registration with CSSM (or the satellite) succeeded. The device now holds an ID certificate valid for 1 year and asks for authorisation next.',
      'The same log usually shows `%PKI-4-NOCONFIGAUTOSAVE` and `%SMART_LIC-4-CONFIG_NOT_SAVED`: save now.',
      '',
      '```cisco',
      'write memory',
      '```',
    ),
    sources: ['XE'],
  },
  'SMART_LIC-3-AGENT_REG_FAILED': {
    title: '%SMART_LIC-3-AGENT_REG_FAILED',
    markdown: md(
      'Registration failed; the reason follows the colon and matches `Failure reason:` in `show license all`. The seed\'s example is scenario 4:',
      '*Communication transport not available* (call-home off, no licensing profile active, or a user profile without licensing reporting).',
      '',
      '```cisco',
      'show license status',
      'show call-home profile all',
      '```',
    ),
    sources: ['XE'],
  },
  'SMART_LIC-3-COMM_FAILED': {
    title: '%SMART_LIC-3-COMM_FAILED',
    markdown: md(
      'Licensing could not talk to its server. Two wordings; map by the reason, never by the mnemonic alone:',
      '- classic *…Smart Software Manager or satellite: <reason>*: scenario 4 (*Communication transport not available*) or 5 (*Fail to send out Call Home HTTP message*);',
      '- SLP *…(CSSM) : <reason>* / *(CSLU) : <reason>*: *Unable to resolve server hostname/domain name* → DNS; *Connection timed out* → firewall, proxy, port.',
      'A later `SAEVT_COMM_RESTORED` in `show license eventlog` means it recovered.',
      '',
      '```cisco',
      'show license eventlog 1',
      '```',
    ),
    sources: ['XE', 'SLP'],
  },
  'SMART_LIC-3-AUTH_RENEW_FAILED': {
    title: '%SMART_LIC-3-AUTH_RENEW_FAILED',
    markdown: md(
      'The authorisation renewal (every 30 days; valid 90) failed. By its text:',
      '- *Communication message send error for udi …* → scenario 5: the message did not get out (DNS, source interface, route, VRF, TCP 443);',
      '- *Error received from Smart Software Manager: Data and signature do not match …* → scenario 9: re-register with a new token.',
      '',
      '```cisco',
      'license smart deregister',
      'license smart register idtoken <TOKEN> force',
      '```',
    ),
    sources: ['XE'],
  },
  'SMART_LIC-6-AUTH_RENEW_SUCCESS': {
    title: '%SMART_LIC-6-AUTH_RENEW_SUCCESS',
    markdown: md(
      'Authorisation renewed. The next renewal is due in 30 days (`Next Communication Attempt:`); `Communication Deadline:` moves 90 days out.',
      'Earlier renewal failures in the same log are history.',
    ),
    sources: ['XE', 'NX'],
  },
  'SMART_LIC-3-OUT_OF_COMPLIANCE': {
    title: '%SMART_LIC-3-OUT_OF_COMPLIANCE',
    markdown: md(
      'One or more entitlements are out of compliance (scenario 8): the Virtual Account lacks licences for what the device uses. No functional impact;',
      'the device asks again every day. Check the Virtual Account, the licence counts, the configured level, and subscription dates in CSSM.',
      '',
      '```cisco',
      'show license summary',
      '```',
    ),
    sources: ['XE'],
  },
  'SMART_LIC-5-IN_COMPLIANCE': {
    title: '%SMART_LIC-5-IN_COMPLIANCE',
    markdown: md(
      'All entitlements and licences in use are authorised. A normal line after registration or renewal; an earlier `OUT_OF_COMPLIANCE` is resolved.',
    ),
    sources: ['XE'],
  },
  'SMART_LIC-4-CONFIG_NOT_SAVED': {
    title: '%SMART_LIC-4-CONFIG_NOT_SAVED',
    markdown: md(
      'Smart Licensing configuration has not been saved. Printed during every successful registration; IOS-XE does not log a later save, so it is a',
      'reminder, not a fault. Unsaved, the licence state can be lost on reload or failover.',
      '',
      '```cisco',
      'write memory',
      '```',
    ),
    sources: ['XE'],
  },
  'SMART_LIC-6-EXPORT_CONTROLLED': {
    title: '%SMART_LIC-6-EXPORT_CONTROLLED',
    markdown: md(
      'Usage of export-controlled features is allowed: part of a normal registration. `show license status` shows it as',
      '`Export-Controlled Functionality: ALLOWED`.',
    ),
    sources: ['XE'],
  },
  'SMART_LIC-6-TRUST_INSTALL_SUCCESS': {
    title: '%SMART_LIC-6-TRUST_INSTALL_SUCCESS',
    markdown: md(
      'SLP: a new licensing trust code was installed (after `license smart trust idtoken <TOKEN> all force`). `show license status` now shows',
      '`Trust Code Installed: <date>`; Smart Transport reports can be acknowledged.',
      '',
      '```cisco',
      'show license status | include Trust',
      '```',
    ),
    sources: ['SLP'],
  },
  'CALL_HOME-6-SCH_REGISTRATION_IN_PROGRESS': {
    title: '%CALL_HOME-6-SCH_REGISTRATION_IN_PROGRESS',
    markdown: md(
      'Call-home started the Smart Call Home registration and will poll the server for the result: progress, not a failure.',
      '',
      '```cisco',
      'call-home request registration-info',
      '```',
    ),
    sources: ['XE'],
  },
  'CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE': {
    title: '%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE',
    markdown: md(
      'Scenario 4: the licensing agent could not enable call-home because a user profile is active that does not report licensing data.',
      'Give that profile licensing reporting (or deactivate it and use CiscoTAC-1). The `http://www.cisco.com/go/smartcall/` in the text is a link, not a destination.',
      '',
      '```cisco',
      'call-home',
      ' profile "<user-profile>"',
      '  reporting smart-licensing-data',
      '```',
    ),
    sources: ['XE'],
  },
  'CALL_HOME-5-SL_MESSAGE_FAILED': {
    title: '%CALL_HOME-5-SL_MESSAGE_FAILED',
    markdown: md(
      'Scenario 5: a Smart Licensing message to the named URL failed (`ERR 205 : Request Aborted`). Check the URL (https://), DNS or `ip host`,',
      '`ip http client source-interface`, the VRF under call-home, the route, and TCP 443.',
      '',
      '```cisco',
      'ping tools.cisco.com',
      'telnet tools.cisco.com 443 /source-interface GigabitEthernet0/0',
      '```',
    ),
    sources: ['XE'],
  },
  'PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID': {
    title: '%PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID',
    markdown: md(
      'Certificate chain validation failed: by the device\'s clock, the certificate is not valid yet. The clock is behind (scenario 3).',
      '',
      '```cisco',
      'show clock',
      'ntp server 192.0.2.123',
      '! or, set by hand: clock set …, then: clock calendar-valid',
      '```',
    ),
    sources: ['XE'],
  },
  'PKI-3-CRL_FETCH_FAIL': {
    title: '%PKI-3-CRL_FETCH_FAIL',
    markdown: md(
      'The CRL for a trustpoint could not be downloaded. For `SLA-TrustPoint` it leaves authorisation `PENDING` with *Waiting for reply* (scenario 7).',
      '',
      '```cisco',
      'crypto pki trustpoint SLA-TrustPoint',
      ' revocation-check none',
      '```',
    ),
    sources: ['XE'],
  },
  'PKI-4-NOCONFIGAUTOSAVE': {
    title: '%PKI-4-NOCONFIGAUTOSAVE',
    markdown: md(
      'Registration created PKI configuration (the SLA-KeyPair key) that is not saved yet. Part of every successful registration: a reminder.',
      'Without a save, the licence state can be lost on reload or failover.',
      '',
      '```cisco',
      'write memory',
      '```',
    ),
    sources: ['XE'],
  },
  'PKI-2-NON_AUTHORITATIVE_CLOCK': {
    title: '%PKI-2-NON_AUTHORITATIVE_CLOCK',
    markdown: md(
      'PKI cannot start until the clock is authoritative; certificate-based licensing exchanges wait for it. Give the device a trusted time source:',
      '',
      '```cisco',
      'ntp server 192.0.2.123',
      '! or, with the clock set by hand:',
      'clock calendar-valid',
      '```',
    ),
    sources: ['ref'],
  },
  'CRYPTO_ENGINE-5-KEY_ADDITION': {
    title: '%CRYPTO_ENGINE-5-KEY_ADDITION',
    markdown: md(
      'A key was generated or imported. During registration the key is `SLA-KeyPair` (2048-bit RSA for the HTTPS exchange with CSSM): normal.',
      'Save the configuration afterwards so the key survives a reload (`write memory`).',
    ),
    sources: ['XE'],
  },
};

const noise = '**Boot noise** (not a fault):';

export const eventDocs: Record<string, TopicDoc> = {
  SAEVT_COMM_FAIL: {
    title: 'SAEVT_COMM_FAIL error="…"',
    markdown: md(
      'A licensing exchange with CSSM/CSLU failed; `error=` gives the reason (*Connection timed out*, *Unable to resolve server hostname/domain name*).',
      'If a later `SAEVT_COMM_RESTORED` follows, it is history. If not, it is the current state:',
      '',
      '```cisco',
      'ping smartreceiver.cisco.com source Vlan10',
      'telnet smartreceiver.cisco.com 443 /ipv4 /source-interface Vlan10',
      '```',
    ),
    sources: ['SLP'],
  },
  SAEVT_COMM_RESTORED: {
    title: 'SAEVT_COMM_RESTORED',
    markdown: md(
      'Communication with CSSM works again. Any `SAEVT_COMM_FAIL` before it is history; judge the latest state.',
      'Also logged once at boot when crypto initialisation completes.',
    ),
    sources: ['SLP'],
  },
  SAEVT_INIT_CRYPTO: {
    title: 'SAEVT_INIT_CRYPTO success="True|False"',
    markdown: md(
      `${noise} \`success="False" error="Crypto Initialization has not been completed"\` appears during boot and is followed`,
      'about 30 seconds later by `success="True"`. Only a `False` that is never followed by `True` deserves attention.',
    ),
    sources: ['SLP'],
  },
  SAEVT_DEREGISTER_STATUS: {
    title: 'SAEVT_DEREGISTER_STATUS msgStatus="…"',
    markdown: md(
      'The server answered a request by deregistering the device. With `msgStatus="LS_INVALID_DATA"` and *Missing Id cert serial number field; …',
      'Signed data and certificate does not match* it is scenario 6: an SSM On-Prem whose certificate expired (CSCvr41393). Check the on-prem',
      'certificate, reachability, and that the URL uses the certificate\'s name; then register again.',
      '',
      '```cisco',
      'license smart register idtoken <TOKEN> force',
      '```',
    ),
    sources: ['XE'],
  },
  SAEVT_INIT_START: {
    title: 'SAEVT_INIT_START version="…"',
    markdown: md(`${noise} the Smart Agent (version shown) is starting after a boot or restart.`),
    sources: ['SLP'],
  },
  SAEVT_HA_EVENT: {
    title: 'SAEVT_HA_EVENT eventType="…"',
    markdown: md(`${noise} high-availability bookkeeping of the Smart Agent (registration with the redundancy framework, checkpointing).`),
    sources: ['SLP'],
  },
  SAEVT_READY: {
    title: 'SAEVT_READY',
    markdown: md(`${noise} the Smart Agent is ready to process licensing requests.`),
    sources: ['SLP'],
  },
  SAEVT_ENABLED: {
    title: 'SAEVT_ENABLED',
    markdown: md(`${noise} Smart Licensing is enabled on the device.`),
    sources: ['SLP'],
  },
  SAEVT_EXPORT_FLAG: {
    title: 'SAEVT_EXPORT_FLAG exportAllowed="…"',
    markdown: md(
      'Whether export-controlled functionality is allowed. `False` at boot before any authorisation is normal; it matters only if you need',
      'export-controlled features.',
    ),
    sources: ['SLP'],
  },
  SAEVT_PLATFORM: {
    title: 'SAEVT_PLATFORM eventSource="…" eventName="…"',
    markdown: md(
      'A platform event passed to the Smart Agent (source `INFRA_SL`). The `eventName` says what: `INFRA_SL_EVLOG_LICENSE_REQUEST` is a licence',
      'request at boot; `INFRA_SL_EVLOG_SYSDATA_FAIL` with *Get-SDL: not the active switch* is stack-member boot noise.',
    ),
    sources: ['SLP'],
  },
  SAEVT_TAG_AUTHORIZED: {
    title: 'SAEVT_TAG_AUTHORIZED count="…" entitlementTag="…"',
    markdown: md('An entitlement tag (the licence, e.g. network or DNA Advantage) is authorised for the count shown. Normal at boot and after authorisation.'),
    sources: ['SLP'],
  },
  SAEVT_HA_CHASSIS_ROLE: {
    title: 'SAEVT_HA_CHASSIS_ROLE udi="…" haRole="…"',
    markdown: md(`${noise} records the chassis role (Active/Standby) of a stack or HA member.`),
    sources: ['SLP'],
  },
  SAEVT_HA_ROLE: {
    title: 'SAEVT_HA_ROLE udi="…" haRole="…"',
    markdown: md(`${noise} records the Smart Agent's HA role on this member.`),
    sources: ['SLP'],
  },
  SAEVT_INIT_CONFIG_READ_BEGIN: {
    title: 'SAEVT_INIT_CONFIG_READ_BEGIN',
    markdown: md(`${noise} the agent starts reading the licensing configuration.`),
    sources: ['SLP'],
  },
  SAEVT_HOSTNAME_CHANGE: {
    title: 'SAEVT_HOSTNAME_CHANGE',
    markdown: md('The host name changed (also at boot, when the configuration is applied). Usage reports carry it unless hostname privacy is on.'),
    sources: ['SLP'],
  },
  SAEVT_INIT_CONFIG_READ_DONE: {
    title: 'SAEVT_INIT_CONFIG_READ_DONE',
    markdown: md(`${noise} the licensing configuration has been read.`),
    sources: ['SLP'],
  },
  SAEVT_HA_CONFIG: {
    title: 'SAEVT_HA_CONFIG',
    markdown: md(`${noise} the agent applied its HA configuration.`),
    sources: ['SLP'],
  },
  SAEVT_HA_UDI: {
    title: 'SAEVT_HA_UDI udi="…" haRole="…"',
    markdown: md(`${noise} the UDI (PID and serial) of an HA member and its role.`),
    sources: ['SLP'],
  },
  SAEVT_LICENSE_USAGE: {
    title: 'SAEVT_LICENSE_USAGE count="…" type="…" entitlementTag="…"',
    markdown: md(
      'A change in licence usage for the tag shown. `type="destroy" count="0"` at boot is the agent clearing usage before the configuration',
      're-requests it: normal.',
    ),
    sources: ['SLP'],
  },
  SAEVT_INIT_SYSTEM_INIT: {
    title: 'SAEVT_INIT_SYSTEM_INIT',
    markdown: md(`${noise} system-level initialisation of the agent.`),
    sources: ['SLP'],
  },
  SAEVT_INIT_COMPLETE: {
    title: 'SAEVT_INIT_COMPLETE',
    markdown: md('The Smart Agent finished initialising. Events before this line are boot sequence; judge faults by what follows.'),
    sources: ['SLP'],
  },
  SAEVT_PRIVACY_CHANGED: {
    title: 'SAEVT_PRIVACY_CHANGED enabled="…"',
    markdown: md('The data-privacy setting (what the usage report may include, such as the host name) was applied or changed. Not a fault.'),
    sources: ['SLP'],
  },
  SAEVT_UTILITY_REPORT_START: {
    title: 'SAEVT_UTILITY_REPORT_START',
    markdown: md(
      'The agent started building a usage (RUM) report. At most one report per day is sent unless you force it; a `SAEVT_COMM_FAIL` right after',
      'means sending failed.',
      '',
      '```cisco',
      'license smart sync all',
      '```',
    ),
    sources: ['SLP'],
  },
  INFRA_SL_EVLOG_SYSDATA_FAIL: {
    title: 'INFRA_SL_EVLOG_SYSDATA_FAIL MSG="Get-SDL: not the active switch"',
    markdown: md(
      `${noise} harmless at boot. The switch asks for system data before its stack/HA role is settled, so it reads "not the active`,
      'switch" even on the switch that becomes active: in the SLP article the same switch logs `SAEVT_HA_ROLE … haRole="Active"` ten seconds',
      'later and its licences are authorised. Stack members print it too. Worth a look only if it keeps coming long after boot.',
    ),
    sources: ['SLP'],
  },
  INFRA_SL_EVLOG_LICENSE_REQUEST: {
    title: 'INFRA_SL_EVLOG_LICENSE_REQUEST MSG="License …, dev …, count …"',
    markdown: md(`${noise} the platform requests the licences its configured level needs (e.g. network-advantage, dna-advantage).`),
    sources: ['SLP'],
  },
  INFRA_SL_EVLOG_OIR_ADD: {
    title: 'INFRA_SL_EVLOG_OIR_ADD',
    markdown: md(`${noise} a member or module was inserted (online insertion), e.g. a stack member coming up.`),
    sources: ['SLP'],
  },
};
