// prefer-smart-transport: an SLP device (17.3.2+, decided as SPEC §1 says) that still licenses over
// call-home (`license smart transport callhome`, kept by devices migrated from classic Smart
// Licensing). The SLP seed names Smart Transport the recommended direct transport, and it lets the
// device keep call-home off as hardening baselines ask. Nothing is broken, so info; no fix, because
// moving transports needs a trust code and a plan, not a one-line edit.
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { Finding, range } from '../types';
import { docsUrl, Rule } from './types';

const id = 'prefer-smart-transport';

export const preferSmartTransport: Rule = {
  id,
  meta: {
    description: 'A Smart Licensing Using Policy device still sends its licensing over call-home instead of Smart Transport.',
    defaultSeverity: 'info',
    fixable: 'none',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'On Smart Licensing Using Policy (17.3.2 and later) Smart Transport is the recommended direct transport: RUM reports go as JSON over HTTPS',
      'to `smartreceiver.cisco.com`, with its own proxy and VRF settings, and call-home can stay off as hardening baselines ask. This device',
      'still uses call-home (a migration from classic Smart Licensing keeps that line). Nothing fails today; plan the change:',
      '',
      '```cisco',
      'license smart transport smart',
      'license smart url default',
      '! then, in exec mode: license smart trust idtoken <TOKEN> all force',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    if (model.dialect === 'nxos' || model.mode !== 'slp') return [];
    const transport = model.config.licenseSmart.transport;
    if (!transport || transport.value.toLowerCase() !== 'callhome') return [];
    const node = transport.node;
    return [{
      ruleId: id, severity: 'info', range: range(node.line, node.indent, node.end),
      message: t('This SLP device still sends licensing over call-home: Smart Transport ("license smart transport smart") is recommended and lets call-home stay off.'),
      fixes: [],
    }];
  },
};
