// slp-transport-url-mismatch: Smart Licensing Using Policy transport settings that do not fit
// together (SPEC §3.3, §6). The SLP seed configures the proxy as an address *and* a port and names
// "the right port" among the causes of `Connection timed out`; a transport `off` device with
// licences in use never reports; and a URL stored for the transport the device does not use is
// kept but ignored (the device keeps one URL per transport, *ref*).
import { t } from '../l10n';
import { filterMayHideLine } from '../model/queries';
import { DeviceModel, Valued } from '../model/types';
import { Finding, MAX_RELATED, range, RelatedLocation, Severity } from '../types';
import { docsUrl, Rule } from './types';

const id = 'slp-transport-url-mismatch';

function proxyHalf(model: DeviceModel, present: Valued, missing: 'address' | 'port', severity: Severity): Finding | null {
  // `show running-config | include proxy address` prints one half only: the other may exist.
  const example = missing === 'port' ? 'license smart proxy port 3128' : 'license smart proxy address 192.0.2.10';
  if (filterMayHideLine(model, present.node, example)) return null;
  const node = present.node;
  const message = missing === 'port'
    ? t('Proxy {proxy} has no "license smart proxy port", so usage reports and trust requests time out. Add the proxy\'s port.', { proxy: present.value })
    : t('Proxy port {port} has no "license smart proxy address", so it does nothing. Add the address, or remove the port if no proxy is used.', { port: present.value });
  return { ruleId: id, severity, range: range(node.line, node.indent, node.end), message, fixes: [] };
}

function transportOff(model: DeviceModel, transport: Valued, severity: Severity): Finding | null {
  // The config alone cannot tell whether licences are in use, and `off` is a valid choice for an
  // air-gapped device that reports offline (SLP): only a licence-usage output in the same text that
  // shows entitlements IN USE makes it a finding.
  const inUse = model.show.usage.filter((u) => /^IN USE\b/i.test(u.status.value));
  if (inUse.length === 0) return null;
  const related: RelatedLocation[] = inUse.slice(0, MAX_RELATED).map((u) => ({
    range: u.status.range,
    message: u.name ? t('Licence in use: {name}', { name: u.name }) : t('Licence in use'),
  }));
  const node = transport.node;
  return {
    ruleId: id, severity, range: range(node.line, node.indent, node.end),
    message: inUse.length === 1
      ? t('Transport off with an entitlement IN USE: no report is ever sent, so the deadline passes unless you upload reports. Use "license smart transport smart".')
      : t('Transport off with {count} entitlements IN USE: no report is ever sent, so the deadline passes unless you upload reports. Use "license smart transport smart".', { count: inUse.length }),
    fixes: [], related,
  };
}

function staleUrl(model: DeviceModel, transport: Valued | undefined, severity: Severity): Finding | null {
  const urls = model.config.licenseSmart.urls;
  if (urls.length === 0) return null;
  let active: 'smart' | 'cslu';
  if (transport) {
    if (transport.value !== 'smart' && transport.value !== 'cslu') return null;
    active = transport.value;
  } else {
    // No transport line on an SLP device means the default transport, CSLU (SPEC §3.3) — unless a
    // filtered paste cut the line away.
    if (filterMayHideLine(model, urls[0].node, 'license smart transport smart')) return null;
    active = 'cslu';
  }
  const other = active === 'smart' ? 'cslu' : 'smart';
  // Not a finding when anything besides the other transport's URL is stored: the active transport's own
  // URL, `url default`, or a plain `license smart url <url>` (the call-home form).
  if (urls.some((u) => u.kind !== other)) return null;
  const u = urls[urls.length - 1];
  const where = u.urlWord ? range(u.node.line, u.urlWord.start, u.urlWord.end) : range(u.node.line, u.node.indent, u.node.end);
  const message = active === 'smart'
    ? t('Smart Transport ignores this CSLU URL and reports to Cisco\'s default receiver: add "license smart url default", or "license smart transport cslu" if the CSLU was meant.')
    : transport
      ? t('CSLU transport ignores this Smart URL: set "license smart transport smart", or give the CSLU its URL ("license smart url cslu …").')
      : t('CSLU (the SLP default) ignores this Smart URL: set "license smart transport smart", or give the CSLU its URL ("license smart url cslu …").');
  return { ruleId: id, severity, range: where, message, fixes: [] };
}

export const slpTransportUrlMismatch: Rule = {
  id,
  meta: {
    description: 'Smart Licensing Using Policy transport, proxy and URL settings that do not fit together.',
    defaultSeverity: 'warning',
    fixable: 'none',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'On Smart Licensing Using Policy the transport, its URL and the proxy are set by separate `license smart` lines, and',
      'each half is useless alone. A proxy address without its port (or the reverse) makes usage reports and trust requests',
      'time out (`%SMART_LIC-3-COMM_FAILED … (CSSM) : Connection timed out`, SLP seed). `license smart transport off` with',
      'licences in use means no report is ever sent. The device keeps one URL per transport: a URL stored only for the',
      'transport it does not use is ignored (info: the stored URL is probably stale).',
      '',
      '```cisco',
      'license smart transport smart',
      'license smart url default',
      'license smart proxy address 192.0.2.10',
      'license smart proxy port 3128',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    // IOS-XE SLP only: classic Smart Licensing has no such lines, NX-OS is out of this rule's scope.
    if (model.dialect === 'nxos' || model.mode === 'classic') return [];
    const ls = model.config.licenseSmart;
    if (ls.nodes.length === 0) return [];
    // SPEC §1: advice for an undecided mode drops to info (the `license smart` lines themselves are SLP
    // evidence, so this is rare).
    const warning: Severity = model.mode === 'slp' ? 'warning' : 'info';
    const out: Finding[] = [];
    const push = (f: Finding | null) => f && out.push(f);
    if (ls.proxyAddress && !ls.proxyPort) push(proxyHalf(model, ls.proxyAddress, 'port', warning));
    else if (ls.proxyPort && !ls.proxyAddress) push(proxyHalf(model, ls.proxyPort, 'address', warning));
    if (ls.transport?.value === 'off') push(transportOff(model, ls.transport, warning));
    push(staleUrl(model, ls.transport, 'info'));
    return out;
  },
};
