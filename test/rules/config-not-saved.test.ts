import { at, ruleTester, text } from './harness';

const log = text(
  'ACC-SW-97#show logging | include PKI|SMART_LIC',
  'Apr 22 14:03:10.014: %PKI-4-NOCONFIGAUTOSAVE: Configuration was modified.  Issue "write memory" to save new IOS PKI configuration',
  'Apr 22 14:03:22.874: %SMART_LIC-6-AGENT_REG_SUCCESS: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite for udi PID:C9300-24T,SN:FOC2402Y0BF',
  'Apr 22 14:03:24.101: %SMART_LIC-4-CONFIG_NOT_SAVED: Smart Licensing configuration has not been saved',
);

// A crypto change with no registration in the text: the message must not speak of one.
const pkiOnly = text(
  'EDGE-3#show logging | include PKI',
  'Sep  2 10:11:40.220: %PKI-4-NOCONFIGAUTOSAVE: Configuration was modified.  Issue "write memory" to save new IOS PKI configuration',
  'Sep  2 10:19:02.031: %PKI-4-NOCONFIGAUTOSAVE: Configuration was modified.  Issue "write memory" to save new IOS PKI configuration',
);

ruleTester('config-not-saved', {
  valid: [
    {
      name: 'a console capture that shows "write memory" answered [OK] after the messages',
      text: text(
        'Apr 22 14:03:10.014: %PKI-4-NOCONFIGAUTOSAVE: Configuration was modified.  Issue "write memory" to save new IOS PKI configuration',
        'Apr 22 14:03:24.101: %SMART_LIC-4-CONFIG_NOT_SAVED: Smart Licensing configuration has not been saved',
        'ACC-SW-97#write memory',
        'Building configuration...',
        '[OK]',
        'ACC-SW-97#',
      ),
    },
    {
      name: 'a later %PKI-6-CONFIGAUTOSAVE [OK]: nothing is left unsaved',
      text: text(
        'ACC-SW-97#show logging',
        'Apr 22 14:03:10.014: %PKI-4-NOCONFIGAUTOSAVE: Configuration was modified.  Issue "write memory" to save new IOS PKI configuration',
        'Apr 22 14:03:22.874: %SMART_LIC-6-AGENT_REG_SUCCESS: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite for udi PID:C9300-24T,SN:FOC2402Y0BF',
        'Apr 22 14:03:24.101: %SMART_LIC-4-CONFIG_NOT_SAVED: Smart Licensing configuration has not been saved',
        'Apr 22 14:05:51.630: %PKI-6-CONFIGAUTOSAVE: Running configuration saved to NVRAM[OK]',
      ),
    },
    { name: 'a successful registration without the reminders', text: text('SW#show logging', 'Apr 22 14:03:22.874: %SMART_LIC-6-AGENT_REG_SUCCESS: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite for udi PID:C9300-24T,SN:FOC2402Y0BF') },
    { name: 'the words in a banner of a config are not a log', text: text('hostname R1', 'banner motd ^C', '%SMART_LIC-4-CONFIG_NOT_SAVED: do not panic', '^C', 'end') },
  ],
  invalid: [
    {
      name: 'both reminders of a registration are one condition, never above info',
      text: log,
      findings: [
        { ...at(log, '%PKI-4-NOCONFIGAUTOSAVE'), severity: 'info', message: /registration changed the configuration.*2 times, 14:03:10 to 14:03:24.*write memory/ },
      ],
      remedy: ['! exec mode:', 'write memory'],
    },
    {
      name: 'no registration in the text: the message does not speak of one',
      text: pkiOnly,
      findings: [{ ...at(pkiOnly, '%PKI-4-NOCONFIGAUTOSAVE'), severity: 'info', message: /^(?!.*registration).*PKI changed the configuration/ }],
    },
  ],
});
