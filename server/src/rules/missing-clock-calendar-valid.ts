// missing-clock-calendar-valid: Smart Licensing needs a trusted clock. Without NTP/PTP the
// hardware calendar is not authoritative unless `clock calendar-valid` says so (XE scenario 3:
// "offset beyond the allowed tolerance limit", %PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID).
import { DeviceModel } from '../model/types';
import { ConfigNode } from '../parse/config';
import { t } from '../l10n';
import { Finding, Severity, range } from '../types';
import { insertLineAfter, insertLineBefore } from './lib/edits';
import { docsUrl, Rule } from './types';

const id = 'missing-clock-calendar-valid';

function licensingAnchor(model: DeviceModel): ConfigNode | undefined {
  const c = model.config;
  if (c.callHome && model.callHomeCarriesLicensing !== 'no') return c.callHome.node;
  return c.licenseSmart.nodes[0];
}

export const missingClockCalendarValid: Rule = {
  id,
  meta: {
    description: 'Smart Licensing is configured but the clock has neither an NTP/PTP source nor clock calendar-valid.',
    defaultSeverity: 'warning',
    fixable: 'safe',
    group: 'headline',
    docsUrl: docsUrl(id),
    explanation: [
      'By default the system clock is not trusted. Registration and the certificates it creates depend on the time: a clock that',
      "is off fails with *The device date … is offset beyond the allowed tolerance limit* (scenario 3) and PKI refuses certificates",
      'that are *not yet valid*. Use NTP (or PTP); when the clock is set by hand, mark the calendar authoritative.',
      '',
      '```cisco',
      'ntp server 192.0.2.123',
      '! or, with the clock set by hand:',
      'clock calendar-valid',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const c = model.config;
    // NX-OS has no such command; IOS-XR is not a platform of SPEC §1 (and has no `clock calendar-valid`).
    if (model.dialect === 'nxos' || model.iosXr || !model.scope.hasConfig) return [];
    if (c.clockCalendarValid || c.ntpSources.length > 0) return [];
    // A fragment without any clock or NTP line says nothing about the device's time source.
    if (!model.scope.isFull && !model.scope.hasClockLines) return [];
    const anchor = licensingAnchor(model);
    if (!anchor) return [];
    const severity: Severity = model.mode === 'classic' ? 'warning' : 'info';
    const lastClock = c.clockNodes.filter((n) => n.text.startsWith('clock ')).pop();
    const edit = lastClock
      ? insertLineAfter(model.lines, lastClock.lastLine, 'clock calendar-valid')
      : c.hostname
        ? insertLineAfter(model.lines, c.hostname.node.lastLine, 'clock calendar-valid')
        : insertLineBefore(model.lines, anchor.line, 'clock calendar-valid');
    return [{
      ruleId: id, severity, range: range(anchor.line, anchor.indent, anchor.end),
      message: t('The clock has no NTP/PTP source and no "clock calendar-valid", so Smart Licensing does not trust it and a wrong time fails registration: add one.'),
      fixes: [{ title: t('Add "{command}"', { command: 'clock calendar-valid' }), safe: true, edits: [edit] }],
    }];
  },
};
