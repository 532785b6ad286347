// communication-deadline: a date by which the device must have reached CSSM is near or past —
// `Communication Deadline` (authorisation, 90 days), `Registration Expires` (ID certificate, 1 year),
// SLP `Next ACK deadline` (usage report acknowledgement). Compared only with the capture's own clock
// (SPEC §2): `show clock`, a `Time source is` header, tech support's `Current time:`, NX-OS `!Time:`,
// or the latest log stamp. A text without a clock says nothing about "now": the rule stays silent.
import { msg, t } from '../l10n';
import { DeviceModel } from '../model/types';
import { DAY_MS, formatDate, formatSpan } from '../parse/dates';
import { Deadline } from '../parse/licenseStatus';
import { Finding, range } from '../types';
import { comment, notOurPlatform, transportOf } from './lib/evidence';
import { docsUrl, Rule } from './types';

const id = 'communication-deadline';
const WINDOW_MS = 14 * DAY_MS;

const WHAT: Record<Deadline['kind'], string> = {
  communication: msg('then authorisation expires'),
  registration: msg('then the ID certificate expires'),
  ack: msg('the usage report must be acknowledged by then'),
};

function remedy(model: DeviceModel, d: Deadline): string[] {
  if (d.kind === 'ack' && transportOf(model) === 'off') {
    // Offline (air-gapped) reporting: the usage goes out and the ACK comes back by file (ref).
    return [comment(t('exec mode: save usage, upload it to CSSM, then import the ACK file')), 'license smart save usage all file flash:usage.txt', 'license smart import flash:ack.txt'];
  }
  if (d.kind === 'ack') return [comment(t('exec mode, once CSSM (or CSLU) is reachable:')), 'license smart sync all'];
  if (d.kind === 'registration') return [comment(t('exec mode, once CSSM is reachable:')), 'license smart renew id'];
  return [comment(t('exec mode, once CSSM is reachable:')), 'license smart renew auth'];
}

export const communicationDeadline: Rule = {
  id,
  meta: {
    description: 'A communication deadline, registration expiry or ACK deadline is within 14 days of (or before) the capture\'s own clock.',
    defaultSeverity: 'warning',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      'Smart Licensing needs contact with CSSM at least every 90 days (`Communication Deadline:`; renewal every 30 days), and the ID certificate',
      'lasts a year (`Registration Expires:`; renewal tried after 6 months, then hourly). On SLP, `Next ACK deadline:` is when the last usage report',
      'must be acknowledged. The dates are compared with the clock printed in the same text (never the linter\'s clock); without one, nothing is said.',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const clock = model.show.clock;
    if (!clock) return [];
    const out: Finding[] = [];
    const clockLine = model.lines.line(clock.line);
    for (const d of model.show.deadlines) {
      if (!d.time?.hasYear) continue;
      const delta = d.time.ms - clock.ms;
      if (delta >= WINDOW_MS) continue;
      const params = { label: d.label, value: d.value, span: formatSpan(delta), date: formatDate(clock.ms), source: clock.source, what: t(WHAT[d.kind]) };
      out.push({
        ruleId: id, severity: 'warning', range: d.range, fixes: [], remedy: remedy(model, d),
        related: [{ range: range(clock.line, 0, clockLine.trimEnd().length), message: t("the capture's clock ({source}): {date}", params) }],
        message: delta < 0
          ? t("{label} {value} passed {span} before the capture's clock ({date}, {source}): {what}.", params)
          : t("{label} {value} is {span} after the capture's clock ({date}, {source}): {what}.", params),
      });
    }
    return out;
  },
};
