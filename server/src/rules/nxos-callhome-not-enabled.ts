// nxos-callhome-not-enabled: NX-OS `callhome` with destinations but no `enable` (SPEC §3.2, §6).
// On NX-OS `enable` under `callhome` is what turns the service on (the NX seed's configurations all
// end with it); without it `license smart register idtoken` never reaches CSSM and a registered
// switch stops renewing.
import { t } from '../l10n';
import { filterMayHideLine } from '../model/queries';
import { DeviceModel, NxCallhome } from '../model/types';
import { ConfigNode } from '../parse/config';
import { Finding, Fix, range, RelatedLocation } from '../types';
import { appendedChildIndent, insertLineAfter, replaceCommand } from './lib/edits';
import { docsUrl, Rule } from './types';

const id = 'nxos-callhome-not-enabled';

/** The first line that gives callhome somewhere to send: an HTTP URL, an e-mail address, a transport method. */
function firstDestination(nx: NxCallhome): ConfigNode | undefined {
  let first: ConfigNode | undefined;
  for (const p of nx.profiles) {
    for (const node of p.nodes) {
      const w = node.words;
      const k = w[2]?.text === 'index' ? 4 : 2;
      const what = w[k]?.text;
      const sends = (what === 'http' || what === 'email-addr' || what === 'transport-method') && w[k + 1] !== undefined;
      if (sends && (!first || node.line < first.line)) first = node;
    }
  }
  return first;
}

/**
 * The contact e-mail is what callhome needs before `enable`: the NX seed's Methods 1 and 3 enable callhome
 * with `email-contact` as the only contact line (no phone or street address), so the fix is offered then.
 */
function hasContactEmail(nx: NxCallhome): boolean {
  return nx.node.children.some((c) => c.words[0].text === 'email-contact' && c.words.length > 1);
}

export const nxosCallhomeNotEnabled: Rule = {
  id,
  meta: {
    description: 'NX-OS callhome has destinations configured but is never enabled.',
    defaultSeverity: 'warning',
    fixable: 'manual',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'On NX-OS the `enable` line under `callhome` turns the service on. Without it nothing is sent: `license smart register',
      'idtoken` cannot reach CSSM, the switch stays unregistered, and a registered switch stops renewing until its authorisation',
      'expires after 90 days without contact. Set the contact e-mail first (`email-contact`; the NX article enables callhome with',
      'only that contact line). Check the result with `show callhome` (`callhome enabled`) and `show license status`.',
      '',
      '```cisco',
      'callhome',
      '  email-contact noc@example.com',
      '  destination-profile CiscoTAC-1 transport-method http',
      '  transport http use-vrf management',
      '  enable',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const nx = model.config.nxCallhome;
    if (!nx || nx.enableNode || model.dialect === 'ios') return [];
    const destination = firstDestination(nx);
    if (!destination) return [];
    // `show running-config callhome` and `| section callhome` print the whole block, `enable` included;
    // `| include destination` does not, and then the absence proves nothing.
    if (filterMayHideLine(model, nx.node, '  enable', 'callhome')) return [];
    // A `show callhome` in the same text that says `callhome enabled` outranks a config that may be older.
    const shown = model.show.callHomeFeature.filter((f) => /^enabled?$/i.test(f.value) || /^disabled?$/i.test(f.value));
    if (shown.some((f) => /^enabled?$/i.test(f.value))) return [];
    const related: RelatedLocation[] = [
      { range: range(destination.line, destination.indent, destination.end), message: t('Destination that is never used while callhome is off') },
      ...shown.map((f) => ({ range: f.range, message: t('{command} confirms: {output}', { command: 'show callhome', output: 'callhome disabled' }) })),
    ];
    const noEnable = nx.node.children.find((c) => c.text === 'no enable');
    const fixes: Fix[] = [];
    if (hasContactEmail(nx)) {
      const edit = noEnable
        ? replaceCommand(noEnable, 'enable')
        : insertLineAfter(model.lines, nx.node.lastLine, `${appendedChildIndent(model.lines, nx.node, 2)}enable`);
      // Not part of fix-all: turning callhome on starts sending data to Cisco, a decision for a person.
      fixes.push({ title: t('Add "enable" under callhome'), safe: false, edits: [edit] });
    }
    return [{
      ruleId: id, severity: 'warning', range: range(nx.node.line, nx.node.indent, nx.node.end),
      message: fixes.length
        ? t('callhome has destinations but no "enable", so licensing messages are never sent: add "enable" as the last line of the callhome block.')
        : t('callhome has destinations but no "enable", so licensing messages are never sent: set "email-contact <address>", then add "enable".'),
      fixes, related,
    }];
  },
};
