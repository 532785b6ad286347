// call-home-service-disabled: with the call-home service off, classic Smart Licensing (and SLP on
// `license smart transport callhome`) has nothing to send with: XE scenario 4, "Communication transport
// not available", %SMART_LIC-3-AGENT_REG_FAILED / COMM_FAILED.
//
// Fires on `no service call-home`, or on a full running-config that prints no `service call-home` at
// all; a fragment without the global lines proves nothing. Only while call-home carries licensing
// (model.callHomeCarriesLicensing === 'yes') *and* is meant to (callHomeLicensingIntent): on SLP with
// Smart Transport or CSLU, and on pre-16.9 releases that use call-home for Smart Call Home alone,
// `no service call-home` is what hardening baselines (DISA STIG) ask for. A CiscoTAC-1 whose activity
// the text does not decide ('unknown') stays silent, as SPEC §3.1 asks of every rule that needs it.
//
// The fix is safe (fix-all): the rule only fires when the rest of the configuration already uses
// call-home for licensing, so turning the service on is what that configuration asks for.
import { callHomeLicensingIntent } from '../model/licensingIntent';
import { DeviceModel } from '../model/types';
import { ConfigNode } from '../parse/config';
import { Finding, Severity, TextEdit, range } from '../types';
import { indentOf, insertLineBefore, replaceCommand } from './lib/edits';
import { confirmedBy, scenario4Evidence, undecidedModeNote } from './lib/scenario4';
import { t } from '../l10n';
import { docsUrl, Rule } from './types';

const id = 'call-home-service-disabled';

/** Where a missing `service call-home` goes: before the `call-home` block, else before the transport line. */
function insertionAnchor(model: DeviceModel): ConfigNode | undefined {
  return model.config.callHome?.node ?? model.config.licenseSmart.transport?.node;
}

export const callHomeServiceDisabled: Rule = {
  id,
  meta: {
    description: 'The call-home service is off (or missing from a full running-config) while call-home carries Smart Licensing.',
    defaultSeverity: 'error',
    fixable: 'safe',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'Call-home is this device\'s licensing transport, but the call-home service is switched off. The licensing agent has nothing to send',
      'with: registration fails with *Communication transport not available* (`%SMART_LIC-3-AGENT_REG_FAILED`, `%SMART_LIC-3-COMM_FAILED`,',
      'scenario 4), and a registered device stops renewing until `AUTHORIZATION EXPIRED`. Turn the service on:',
      '',
      '```cisco',
      'service call-home',
      '```',
      '',
      'On SLP, where a hardening baseline (DISA STIG) wants call-home off, move licensing to Smart Transport instead',
      '(`license smart transport smart`, `license smart url default`).',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const c = model.config;
    if (model.dialect === 'nxos' || !model.scope.hasConfig) return [];
    if (model.callHomeCarriesLicensing !== 'yes') return [];
    const intent = callHomeLicensingIntent(model);
    if (intent === 'no') return [];
    // Undecided mode: on SLP without `license smart transport callhome` the same lines are correct (SPEC §1).
    const severity: Severity = intent === 'yes' ? 'error' : 'info';
    const evidence = scenario4Evidence(model, { transport: true, serviceDisabled: true });
    const undecided = intent === 'undecided' ? undecidedModeNote() : '';

    let at: ConfigNode;
    let edit: TextEdit;
    let message: string;
    if (c.noServiceCallHome) {
      at = c.noServiceCallHome;
      edit = replaceCommand(at, 'service call-home');
      message = t('"no service call-home" turns call-home off, but it carries Smart Licensing: registration fails (transport not available). Add "service call-home".');
      if (c.serviceCallHome && c.serviceCallHome.line > at.line) return []; // a later line turns it back on (change script)
    } else if (!c.serviceCallHome && model.scope.isFull) {
      const anchor = insertionAnchor(model);
      if (!anchor) return [];
      at = anchor;
      edit = insertLineBefore(model.lines, anchor.line, `${indentOf(model.lines, anchor)}service call-home`);
      message = t('Call-home is off (no "service call-home"), but it carries Smart Licensing: registration fails (transport not available). Add "service call-home".');
    } else return [];

    return [{
      ruleId: id, severity, range: range(at.line, at.indent, at.end),
      message: `${message}${confirmedBy(evidence)}${undecided}`,
      fixes: [{ title: t('Turn call-home on: "service call-home"'), safe: true, edits: [edit] }],
      related: evidence.length ? evidence : undefined,
    }];
  },
};
