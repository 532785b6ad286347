// config-not-saved: `%PKI-4-NOCONFIGAUTOSAVE` / `%SMART_LIC-4-CONFIG_NOT_SAVED` after registration:
// the key pair and licensing state live in the running configuration until `write memory`, and are
// lost on reload or failover otherwise (XE caveats). Both messages appear in every successful
// registration and IOS-XE logs nothing once the configuration is saved, so this is a reminder that
// never rises above info (SPEC §6).
import { DeviceModel } from '../model/types';
import { Finding } from '../types';
import { notOurPlatform, syslogRange } from './lib/evidence';
import { docsUrl, Rule } from './types';

const id = 'config-not-saved';
const KEYS = new Set(['PKI-4-NOCONFIGAUTOSAVE', 'SMART_LIC-4-CONFIG_NOT_SAVED']);

export const configNotSaved: Rule = {
  id,
  meta: {
    description: 'Registration changed the configuration (PKI key, licensing state): save it with write memory.',
    defaultSeverity: 'info',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      'Registering generates the `SLA-KeyPair` key and licensing state in the running configuration. If it is not saved, the licence state can be',
      'lost on a reload or failover. These messages are part of every successful registration, and saving is not logged, so this is only a reminder:',
      '',
      '```cisco',
      'write memory',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const out: Finding[] = [];
    for (const s of model.show.syslog) {
      if (!KEYS.has(s.key)) continue;
      out.push({
        ruleId: id, severity: 'info', range: syslogRange(s), fixes: [], remedy: ['! exec mode:', 'write memory'],
        message: `%${s.key}: registration changed the configuration (PKI key, licensing state); save it with "write memory" or it can be lost on reload or failover.`,
      });
    }
    return out;
  },
};
