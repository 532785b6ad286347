import { at, ruleTester, text } from './harness';

const log = text(
  'ACC-SW-97#show logging | include PKI|SMART_LIC',
  'Apr 22 14:03:10.014: %PKI-4-NOCONFIGAUTOSAVE: Configuration was modified.  Issue "write memory" to save new IOS PKI configuration',
  'Apr 22 14:03:22.874: %SMART_LIC-6-AGENT_REG_SUCCESS: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite for udi PID:C9300-24T,SN:FOC2402Y0BF',
  'Apr 22 14:03:24.101: %SMART_LIC-4-CONFIG_NOT_SAVED: Smart Licensing configuration has not been saved',
);

ruleTester('config-not-saved', {
  valid: [
    { name: 'a successful registration without the reminders', text: text('SW#show logging', 'Apr 22 14:03:22.874: %SMART_LIC-6-AGENT_REG_SUCCESS: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite for udi PID:C9300-24T,SN:FOC2402Y0BF') },
    { name: 'the words in a banner of a config are not a log', text: text('hostname R1', 'banner motd ^C', '%SMART_LIC-4-CONFIG_NOT_SAVED: do not panic', '^C', 'end') },
  ],
  invalid: [
    {
      name: 'both reminders of a registration, never above info',
      text: log,
      findings: [
        { ...at(log, '%PKI-4-NOCONFIGAUTOSAVE'), severity: 'info', message: /write memory/ },
        { ...at(log, '%SMART_LIC-4-CONFIG_NOT_SAVED'), severity: 'info' },
      ],
      remedy: ['! exec mode:', 'write memory'],
    },
  ],
});
