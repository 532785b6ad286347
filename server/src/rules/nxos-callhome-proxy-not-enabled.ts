// nxos-callhome-proxy-not-enabled: NX-OS `transport http proxy server <host> port <n>` under `callhome`
// without `transport http proxy enable` (SPEC §3.2, *ref*: both lines are needed for a proxy; NX seed
// Method 2, access through an HTTP proxy). The server line alone is a setting callhome does not use: it
// keeps sending directly, and where the proxy is the only way out every licensing message fails.
import { t } from '../l10n';
import { filterMayHideLine } from '../model/queries';
import { DeviceModel } from '../model/types';
import { Finding, range } from '../types';
import { indentOf, insertLineAfter } from './lib/edits';
import { docsUrl, Rule } from './types';

const id = 'nxos-callhome-proxy-not-enabled';

export const nxosCallhomeProxyNotEnabled: Rule = {
  id,
  meta: {
    description: 'NX-OS callhome names an HTTP proxy server but never enables the proxy.',
    defaultSeverity: 'warning',
    fixable: 'manual',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'On NX-OS `transport http proxy server <host> port <port>` only records the proxy; `transport http proxy enable` makes callhome use it.',
      'With the server line alone callhome still connects directly to `tools.cisco.com`, and where the proxy is the only way out registration',
      'and renewals fail (*Fail to send out Call Home HTTP message*). Check with `show running-config callhome`.',
      '',
      '```cisco',
      'callhome',
      '  transport http proxy server proxy.example.com port 3128',
      '  transport http proxy enable',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const nx = model.config.nxCallhome;
    if (!nx?.proxy || nx.proxyEnabled || model.dialect === 'ios') return [];
    const node = nx.proxy.node;
    // A filtered paste (`| include proxy server`) may have cut the enable line.
    if (filterMayHideLine(model, nx.node, '  transport http proxy enable', 'callhome')) return [];
    const disabled = nx.node.children.find((c) => c.startsWith('no', 'transport', 'http', 'proxy', 'enable'));
    return [{
      ruleId: id, severity: 'warning', range: range(node.line, node.indent, node.end),
      message: nx.proxy.port
        ? t('callhome names proxy {host} port {port} but does not enable it, so messages go direct: add "transport http proxy enable".', { host: nx.proxy.host, port: nx.proxy.port })
        : t('callhome names proxy {host} but does not enable it, so messages go direct: add "transport http proxy enable".', { host: nx.proxy.host }),
      // Not in fix-all: whether traffic should go through the proxy is the site's decision.
      fixes: [{
        title: t('Add "{command}"', { command: 'transport http proxy enable' }), safe: false,
        edits: [disabled
          ? { range: range(disabled.line, disabled.indent, disabled.end), newText: 'transport http proxy enable' }
          : insertLineAfter(model.lines, node.line, `${indentOf(model.lines, node)}transport http proxy enable`)],
      }],
    }];
  },
};
