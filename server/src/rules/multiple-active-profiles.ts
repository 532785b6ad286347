// multiple-active-profiles: only one call-home profile can be active for Smart Licensing (XE caveats;
// scenario 4's CALL_HOME_FAILED_TO_ENABLE when a user profile competes with CiscoTAC-1).
import { CallHomeProfile, DeviceModel } from '../model/types';
import { Finding, Fix, TextEdit, range } from '../types';
import { childIndent, insertLineAfter, replaceCommand } from './edits';
import { docsUrl, Rule } from './types';

const id = 'multiple-active-profiles';

function deactivate(model: DeviceModel, p: CallHomeProfile): TextEdit {
  if (p.activeNode) return replaceCommand(p.activeNode, 'no active');
  return insertLineAfter(model.lines, p.node.line, `${childIndent(p.node)}no active`);
}

function quoted(names: string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

function fromConfig(model: DeviceModel): Finding[] {
  const active = (model.config.callHome?.profiles ?? []).filter((p) => p.activity === 'active' && p.reportsLicensing);
  if (active.length < 2) return [];
  return active.map((p) => {
    const others = active.filter((o) => o !== p);
    const fix: Fix = {
      title: `Keep "${p.name}" for licensing: add "no active" to ${quoted(others.map((o) => o.name))}`,
      safe: false,
      edits: others.map((o) => deactivate(model, o)),
    };
    return {
      ruleId: id, severity: 'error' as const, range: range(p.node.line, p.node.indent, p.node.end),
      message: `Call-home profile "${p.name}" is active and reports Smart Licensing data, as ${others.length === 1 ? 'is' : 'are'} ${quoted(others.map((o) => o.name))}: only one profile may carry licensing, so registration fails (Communication transport not available).`,
      fixes: [fix],
    };
  });
}

function fromShow(model: DeviceModel): Finding[] {
  const active = model.show.profiles.filter((p) => p.status && /^ACTIVE\b/i.test(p.status.value) && p.reportsLicensing);
  if (active.length < 2) return [];
  return active.map((p) => {
    const others = active.filter((o) => o !== p).map((o) => o.name.value);
    const at = p.status!;
    return {
      ruleId: id, severity: 'error' as const, range: range(at.line, at.range.start.character, at.range.end.character),
      message: `Profile "${p.name.value}" is ACTIVE and reports Smart Licensing data, as ${others.length === 1 ? 'is' : 'are'} ${quoted(others)}: only one profile may carry licensing.`,
      fixes: [],
      remedy: ['call-home', ...others.flatMap((o) => [` profile "${o}"`, '  no active'])],
    };
  });
}

export const multipleActiveProfiles: Rule = {
  id,
  meta: {
    description: 'More than one active call-home profile reports Smart Licensing data.',
    defaultSeverity: 'error',
    fixable: 'manual',
    group: 'headline',
    docsUrl: docsUrl(id),
    explanation: [
      'Smart Licensing uses exactly one call-home profile. With two active profiles that report licensing data (CiscoTAC-1 and a',
      'user profile with `reporting smart-licensing-data`, say), the agent cannot pick its transport: `%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE`',
      'and *Communication transport not available* (scenario 4). Keep the one that reaches your CSSM or SSM On-Prem and deactivate the other.',
      '',
      '```cisco',
      'call-home',
      ' profile "CiscoTAC-1"',
      '  no active',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    if (model.dialect === 'nxos') return [];
    // On SLP, call-home carries licensing only with `license smart transport callhome` (SPEC §3.3).
    if (model.mode === 'slp' && model.config.licenseSmart.transport?.value !== 'callhome') return [];
    return [...fromConfig(model), ...fromShow(model)];
  },
};
