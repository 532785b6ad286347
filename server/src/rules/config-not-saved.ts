// config-not-saved: `%PKI-4-NOCONFIGAUTOSAVE` / `%SMART_LIC-4-CONFIG_NOT_SAVED` after registration:
// the key pair and licensing state live in the running configuration until `write memory`, and are
// lost on reload or failover otherwise (XE caveats). Both messages appear in every successful
// registration and IOS-XE logs nothing once the configuration is saved, so this is a reminder that
// never rises above info (SPEC §6). A later `%PKI-6-CONFIGAUTOSAVE … [OK]` means it was saved: nothing
// is left. The messages left are one condition, reported once; they speak of a registration only when
// the text shows one.
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { Finding, MAX_RELATED } from '../types';
import { ongoingEpisodes, occurrencesRelated, repetitionNote } from './lib/episodes';
import { adviceDialect, comment, explainPerDialect, notOurPlatform, syslogRange } from './lib/evidence';
import { docsUrl, Rule } from './types';

const id = 'config-not-saved';
const KEYS = new Set(['PKI-4-NOCONFIGAUTOSAVE', 'SMART_LIC-4-CONFIG_NOT_SAVED']);

/** `write memory` / `wr` / `copy running-config startup-config` typed at a prompt (a console capture). */
const SAVE_ECHO = /^\S{1,63}#\s*(?:wr(?:ite)?(?:\s+mem(?:ory)?)?|copy\s+run(?:ning-config)?\s+start(?:up-config)?)\s*$/i;

/** The last save typed after `from` and answered `[OK]` within a few lines, or -1. */
function lastSaveByHand(model: DeviceModel, from: number): number {
  const lines = model.lines;
  let last = -1;
  for (let i = from + 1; i < lines.count; i++) {
    const s = lines.line(i);
    if (s.indexOf('#') < 0 || !SAVE_ECHO.test(s)) continue;
    for (let j = i + 1; j < Math.min(lines.count, i + 6); j++) {
      // IOS-XE answers [OK]; NX-OS prints a progress bar, then "Copy complete."
      if (/^\s*(?:\[OK\]|Copy complete\.?)\s*$/i.test(lines.line(j))) {
        last = j;
        break;
      }
    }
  }
  return last;
}

/** Does the text show a registration (or trust installation)? Only then may the message speak of one. */
function registrationInText(model: DeviceModel): boolean {
  return model.show.syslog.some((s) => (s.facility === 'SMART_LIC' && (s.mnemonic === 'AGENT_REG_SUCCESS' || s.mnemonic === 'TRUST_INSTALL_SUCCESS')) || s.key === 'CALL_HOME-6-SCH_REGISTRATION_IN_PROGRESS')
    || model.show.registrations.some((r) => r.initialRegistration?.result === 'SUCCEEDED');
}

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
    explanationFor: explainPerDialect(
      [
        'Registering generates a key and licensing state in the running configuration. If it is not saved, the licence state can be lost on a',
        'reload or failover. These messages are part of every successful registration, and saving is not logged, so this is only a reminder.',
      ],
      ['Save it: `write memory`.'],
      ['Save it: `copy running-config startup-config`.'],
    ),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const out: Finding[] = [];
    // `%PKI-4-NOCONFIGAUTOSAVE` is IOS-XE's; `%SMART_LIC-4-CONFIG_NOT_SAVED` alone does not say which platform printed it.
    const dialect = adviceDialect(model);
    const save = dialect === 'nxos' ? '"copy running-config startup-config"' : dialect === 'ios' ? '"write memory"' : '"write memory" (NX-OS: "copy running-config startup-config")';
    const remedy = dialect === 'nxos' ? [comment(t('exec mode:')), 'copy running-config startup-config'] : dialect === 'ios' ? [comment(t('exec mode:')), 'write memory']
      : [comment(t('exec mode, IOS-XE:')), 'write memory', '! NX-OS:', 'copy running-config startup-config'];
    let unsaved = model.show.syslog.filter((s) => KEYS.has(s.key));
    // A console capture may show the save typed by hand after the messages: those before it are history.
    if (unsaved.length) {
      const saved = lastSaveByHand(model, unsaved[0].line);
      if (saved >= 0) unsaved = unsaved.filter((s) => s.line > saved);
    }
    for (const { items } of ongoingEpisodes(model, unsaved, 'saved', () => '')) {
      const s = items[0];
      const note = repetitionNote(model.lines, items, '');
      const params = { mnemonic: `%${s.key}`, note, save };
      const cause = registrationInText(model) ? 'registration' : s.facility === 'PKI' ? 'pki' : 'licensing';
      out.push({
        ruleId: id, severity: 'info', range: syslogRange(s), fixes: [], remedy,
        related: occurrencesRelated(items, syslogRange, t('configuration not saved'), MAX_RELATED),
        message: cause === 'registration'
          ? (note ? t('{mnemonic}: registration changed the configuration, not saved ({note}): {save} or a reload loses it.', params)
            : t('{mnemonic}: registration changed the configuration, not saved: {save} or a reload loses it.', params))
          : cause === 'pki'
            ? (note ? t('{mnemonic}: PKI changed the configuration (a key or certificate), not saved ({note}): {save} or a reload loses it.', params)
              : t('{mnemonic}: PKI changed the configuration (a key or certificate), not saved: {save} or a reload loses it.', params))
            : (note ? t('{mnemonic}: Smart Licensing changed the configuration, not saved ({note}): {save} or a reload loses it.', params)
              : t('{mnemonic}: Smart Licensing changed the configuration, not saved: {save} or a reload loses it.', params)),
      });
    }
    return out;
  },
};
