// evaluation-mode: an unregistered device running on its evaluation period (XE, NX "Evaluation
// (Unidentified) State"). 90 days of *use* per device, counted across reboots and never reset; no
// enforcement when it ends. So it is information — a warning when it has ended on a device nobody
// registered, or when less than 14 days remain. `REGISTERED/EVAL EXPIRED` is a registered device
// whose unused evaluation ran out: nothing to do (SPEC §6).
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { Finding, Severity } from '../types';
import { comment, notOurPlatform } from './lib/evidence';
import { docsUrl, Rule } from './types';

const id = 'evaluation-mode';
const SOON_SECONDS = 14 * 86400;

function registerRemedy(model: DeviceModel): string[] {
  return model.mode === 'slp'
    ? [comment(t('Smart Licensing Using Policy: report usage instead (exec mode):')), 'license smart trust idtoken <TOKEN> all force']
    : [comment(t('exec mode, with a token from your Virtual Account:')), 'license smart register idtoken <TOKEN>'];
}

const isEvalMode = (s: string) => /^EVAL(?:UATION)? MODE\b/.test(s);
const isEvalExpired = (s: string) => /^EVAL(?:UATION)? (?:EXPIRED|EXPIRY)\b/.test(s);

export const evaluationMode: Rule = {
  id,
  meta: {
    description: 'The device is unregistered and uses (or has used up) its evaluation period.',
    defaultSeverity: 'info',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      'Evaluation is the state of a device nobody has registered: all features work, and the device does not contact Cisco. The period is 90 days',
      'of *use* (not calendar days), one per device, kept across reboots and never reset. When it ends the state is `EVAL EXPIRED`, still with no',
      'functional impact. Register the device (`license smart register idtoken <TOKEN>`) to leave it. `REGISTERED/EVAL EXPIRED` is a registered',
      'device whose unused evaluation ended: not a finding.',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const out: Finding[] = [];
    const show = model.show;
    const registered = show.registrations.some((r) => r.status?.state === 'REGISTERED') || show.versionStatus.some((v) => v.registration === 'REGISTERED');
    let statusShown = false;
    for (const a of show.authorizations) {
      const st = a.status;
      if (!st) continue;
      statusShown = true;
      if (isEvalMode(st.state)) {
        const left = a.evaluationRemaining?.seconds;
        const severity: Severity = left !== undefined && left < SOON_SECONDS ? 'warning' : 'info';
        const range = severity === 'warning' && a.evaluationRemaining ? a.evaluationRemaining.range : st.range;
        out.push({
          ruleId: id, severity, range, fixes: [], remedy: registerRemedy(model),
          message: a.evaluationRemaining
            ? t('Not registered: the device runs on its evaluation period ({left} of use left), 90 days that never reset. Register it.', { left: a.evaluationRemaining.value })
            : t('Not registered: the device runs on its evaluation period, 90 days that never reset. Register it.'),
        });
      } else if (isEvalExpired(st.state) && !registered) {
        out.push({
          ruleId: id, severity: 'warning', range: st.range, fixes: [], remedy: registerRemedy(model),
          message: t('The evaluation period has ended on a device that is not registered: nothing is enforced today, but the device is unlicensed; register it.'),
        });
      }
    }
    for (const v of show.versionStatus) {
      statusShown = true;
      if (v.registration === 'REGISTERED') continue;
      if (isEvalExpired(v.authorization)) {
        out.push({
          ruleId: id, severity: 'warning', range: v.field.range, fixes: [], remedy: registerRemedy(model),
          message: t('Smart Licensing status {status}: the evaluation period has ended and the device is not registered; register it.', { status: v.field.value }),
        });
      } else if (isEvalMode(v.authorization)) {
        out.push({ ruleId: id, severity: 'info', range: v.field.range, fixes: [], remedy: registerRemedy(model), message: t('Smart Licensing status {status}: the device runs on its evaluation period; register it.', { status: v.field.value }) });
      }
    }
    // `%SMART_LIC-3-EVAL_EXPIRED` (ref): the evaluation ended on a device that is not registered.
    if (!registered) {
      for (const s of show.syslog) {
        if (s.facility !== 'SMART_LIC' || !/^EVAL_(?:EXPIRED|WILL_EXPIRE_WARNING)$/.test(s.mnemonic)) continue;
        out.push({
          ruleId: id, severity: 'warning', range: { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.keyEnd } }, fixes: [], remedy: registerRemedy(model),
          message: s.mnemonic === 'EVAL_EXPIRED'
            ? t('{mnemonic}: the evaluation period has ended on a device that is not registered; register it.', { mnemonic: `%${s.key}` })
            : t('{mnemonic}: the evaluation period is about to end on a device that is not registered; register it.', { mnemonic: `%${s.key}` }),
        });
      }
    }
    // A usage list alone (`show license usage`): its first EVAL MODE entry stands for the device.
    if (!statusShown && !registered) {
      const u = show.usage.find((x) => isEvalMode(x.status.value));
      if (u) out.push({ ruleId: id, severity: 'info', range: u.status.range, fixes: [], remedy: registerRemedy(model), message: t('Licences are in use under the evaluation period: the device is not registered.') });
    }
    return out;
  },
};
