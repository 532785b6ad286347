// licensing-profile-missing-reporting: XE scenario 4's `%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE … due
// to an existing active user profile`: CiscoTAC-1 is off, a user profile is active, and no active
// profile reports licensing data, so the licensing agent refuses to enable call-home for itself and
// registration fails with "Communication transport not available".
//
// CiscoTAC-1 must be *known* inactive (`no active`, or a show output's INACTIVE, merged by the model):
// with unknown activity it may be the licensing profile (SPEC §3.1). Call-home carries no licensing in
// exactly this config, so whether it is meant to comes from the mode (callHomeLicensingIntent): classic,
// or SLP with `license smart transport callhome`; an undecided mode gives info (docs page).
//
// One finding per active user profile, each with its own fix (`reporting smart-licensing-data` under
// it). Not in fix-all: which profile should carry licensing, or whether CiscoTAC-1 should instead, is a
// decision (SPEC §7), and turning two on at once would make multiple-active-profiles fire.
import { callHomeLicensingIntent } from '../model/licensingIntent';
import { CallHomeProfile, DeviceModel } from '../model/types';
import { TextLines } from '../parse/lines';
import { Finding, Severity, TextEdit, range } from '../types';
import { childIndent, indentOf, insertLineAfter, replaceCommand } from './lib/edits';
import { confirmedBy, scenario4Evidence, undecidedModeNote } from './lib/scenario4';
import { t } from '../l10n';
import { docsUrl, Rule } from './types';

const id = 'licensing-profile-missing-reporting';

/**
 * `reporting smart-licensing-data` under the profile: replaces a `no reporting smart-licensing-data`
 * (the last one: the device applies the lines in order, so an earlier one would still be undone),
 * else goes first.
 */
function addReporting(lines: TextLines, p: CallHomeProfile): TextEdit {
  const negated = p.node.children.filter((n) => n.startsWith('no', 'reporting', 'smart-licensing-data')).pop();
  if (negated) return replaceCommand(negated, 'reporting smart-licensing-data');
  const first = p.node.children[0];
  const indent = first ? indentOf(lines, first) : childIndent(p.node);
  return insertLineAfter(lines, p.node.line, `${indent}reporting smart-licensing-data`);
}

export const licensingProfileMissingReporting: Rule = {
  id,
  meta: {
    description: 'A user call-home profile is active, CiscoTAC-1 is off, and no active profile reports licensing data.',
    defaultSeverity: 'error',
    fixable: 'manual',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'CiscoTAC-1 is switched off and the active user profile does not report licensing data. The licensing agent then refuses to use',
      'call-home: `%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE … due to an existing active user profile` and *Communication transport not',
      'available* (scenario 4). Make the profile that reaches your licensing server carry licensing:',
      '',
      '```cisco',
      'call-home',
      ' profile "SSM-OnPrem"',
      '  reporting smart-licensing-data',
      '```',
      '',
      'Or, if that profile is only for Smart Call Home alerts and licensing goes to Cisco\'s cloud, set `active` under `profile "CiscoTAC-1"`.',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const ch = model.config.callHome;
    if (!ch || model.dialect === 'nxos') return [];
    const tac = ch.profiles.find((p) => p.isCiscoTac);
    if (!tac || tac.activity !== 'inactive') return [];
    const activeUsers = ch.profiles.filter((p) => !p.isCiscoTac && p.activity === 'active');
    if (activeUsers.length === 0 || activeUsers.some((p) => p.reportsLicensing)) return [];
    const intent = callHomeLicensingIntent(model);
    if (intent === 'no') return [];
    const severity: Severity = intent === 'yes' ? 'error' : 'info';
    const evidence = scenario4Evidence(model, { transport: true, userProfile: true });
    return activeUsers.map((p) => ({
      ruleId: id, severity, range: range(p.node.line, p.node.indent, p.node.end),
      message: t('Profile "{profile}" is active without licensing data and {ciscoTac} is off, so licensing refuses call-home: add "reporting smart-licensing-data".', { profile: p.name, ciscoTac: 'CiscoTAC-1' })
        + `${confirmedBy(evidence)}${intent === 'undecided' ? undecidedModeNote() : ''}`,
      fixes: [{ title: t('Add "reporting smart-licensing-data" to profile "{profile}"', { profile: p.name }), safe: false, edits: [addReporting(model.lines, p)] }],
      related: evidence.length ? evidence : undefined,
    }));
  },
};
