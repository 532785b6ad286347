// multiple-active-profiles: only one call-home profile can be active for Smart Licensing (XE caveats;
// scenario 4's CALL_HOME_FAILED_TO_ENABLE when a user profile competes with CiscoTAC-1).
import { CallHomeProfile, DeviceModel } from '../model/types';
import { t } from '../l10n';
import { Finding, Fix, TextEdit, range } from '../types';
import { childIndent, insertLineAfter, replaceCommand } from './lib/edits';
import { docsUrl, Rule } from './types';

const id = 'multiple-active-profiles';

function deactivate(model: DeviceModel, p: CallHomeProfile): TextEdit {
  if (p.activeNode) return replaceCommand(p.activeNode, 'no active');
  return insertLineAfter(model.lines, p.node.line, `${childIndent(p.node)}no active`);
}

/** Names as a message lists them; a text that concatenates many captures lists the first ten. */
const LISTED = 10;
/** Most deactivations one fix makes: as many as a message lists, what a person reviews before applying. */
const MAX_FIX_EDITS = LISTED;

function quoted(names: string[], total = names.length): string {
  const list = names.slice(0, LISTED).map((n) => `"${n}"`).join(', ');
  return total > LISTED ? t('{list} and {count} more', { list, count: total - LISTED }) : list;
}

/** The other entries (at most LISTED + 1 of them): linear in the profile count, not quadratic. */
function othersOf<T>(all: T[], index: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < all.length && out.length <= LISTED; i++) if (i !== index) out.push(all[i]);
  return out;
}

function fromConfig(model: DeviceModel): Finding[] {
  const active = (model.config.callHome?.profiles ?? []).filter((p) => p.activity === 'active' && p.reportsLicensing);
  if (active.length < 2) return [];
  // Each deactivation edit is built once and shared by the fixes that need it. A fix deactivates
  // what a person can review in one go: with more competing profiles than that, every fix would
  // carry all the others (2,000 profiles made the JSON output grow with the square of the count,
  // issue 12.5), so the finding gives the remedy instead.
  const count = active.length - 1;
  const fixable = count <= MAX_FIX_EDITS;
  const deactivations = fixable ? active.map((o) => deactivate(model, o)) : [];
  const indexes = active.map((_, i) => i);
  const headerRange = (p: CallHomeProfile) => range(p.node.line, p.node.indent, p.node.end);
  /** Keeps active[k] for licensing: "no active" on every other licensing profile. */
  const keep = (k: number, which: 'this' | 'other' | 'another'): Fix => {
    const others = othersOf(active, k).map((o) => o.name);
    const params = { profile: active[k].name, others: quoted(others, active.length - 1) };
    return {
      title: which === 'this' ? t('Keep "{profile}" for licensing (this one): add "no active" to {others}', params)
        : which === 'other' ? t('Keep "{profile}" for licensing (the other): add "no active" to {others}', params)
          : t('Keep "{profile}" for licensing (another): add "no active" to {others}', params),
      safe: false,
      edits: deactivations.filter((_, i) => i !== k),
    };
  };
  return active.map((p, index) => {
    const otherIndexes = othersOf(indexes, index).slice(0, LISTED);
    const others = otherIndexes.map((i) => active[i].name);
    const remedy = fixable ? undefined : ['call-home', ...others.flatMap((o) => [` profile "${o}"`, '  no active']), `! ${t('and {count} more active profiles: keep one for licensing', { count: count - LISTED })}`];
    return {
      ruleId: id, severity: 'error' as const, range: headerRange(p),
      message: count === 1
        ? t('Call-home profile "{profile}" reports licensing data, as does {others}: only one may, or registration fails. Keep one active.', { profile: p.name, others: quoted(others, count) })
        : t('Call-home profile "{profile}" reports licensing data, as do {others}: only one may, or registration fails. Keep one active.', { profile: p.name, others: quoted(others, count) }),
      // Each profile links to the other(s) and offers to keep itself or one of them (issue 15.7).
      related: otherIndexes.map((i) => ({ range: headerRange(active[i]), message: t('"{profile}" is also active for licensing', { profile: active[i].name }) })),
      fixes: fixable ? [keep(index, 'this'), ...otherIndexes.map((i) => keep(i, count === 1 ? 'other' : 'another'))] : [],
      ...(remedy ? { remedy } : {}),
    };
  });
}

function fromShow(model: DeviceModel): Finding[] {
  const active = model.show.profiles.filter((p) => p.status && /^ACTIVE\b/i.test(p.status.value) && p.reportsLicensing);
  if (active.length < 2) return [];
  return active.map((p, index) => {
    const otherProfiles = othersOf(active, index).slice(0, LISTED);
    const others = otherProfiles.map((o) => o.name.value);
    const count = active.length - 1;
    const at = p.status!;
    const related = otherProfiles.map((o) => ({ range: range(o.status!.line, o.status!.range.start.character, o.status!.range.end.character), message: t('"{profile}" is also ACTIVE for licensing', { profile: o.name.value }) }));
    const remedy = ['call-home', ...others.slice(0, LISTED).flatMap((o) => [` profile "${o}"`, '  no active'])];
    if (count > LISTED) remedy.push(`! ${t('and {count} more active profiles: keep one for licensing', { count: count - LISTED })}`);
    return {
      ruleId: id, severity: 'error' as const, range: range(at.line, at.range.start.character, at.range.end.character),
      message: count === 1
        ? t('Profile "{profile}" is ACTIVE and reports licensing data, as does {others}: only one may, or registration fails. Keep one active.', { profile: p.name.value, others: quoted(others, count) })
        : t('Profile "{profile}" is ACTIVE and reports licensing data, as do {others}: only one may, or registration fails. Keep one active.', { profile: p.name.value, others: quoted(others, count) }),
      fixes: [],
      related,
      remedy,
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
