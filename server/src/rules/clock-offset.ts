// clock-offset: Smart Licensing needs correct time (XE scenario 3; caveats: "By default the system
// clock is not trusted. Clock calendar-valid is required."). CSSM refuses a device date beyond its
// tolerance, and PKI refuses certificates that are "not yet valid" by the device's clock: errors.
// `%PKI-2-NON_AUTHORITATIVE_CLOCK` (PKI cannot start without an authoritative time source) is a
// warning. A leading `*` on the text's clock only says the clock is not authoritative: the SLP seed's
// switch ran so and still installed its trust code, so it is a hint on SLP and info otherwise.
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { epochInText, formatDate, formatSpan, DAY_MS } from '../parse/dates';
import { Finding, MAX_RELATED, Range, range, Severity } from '../types';
import { ongoingEpisodes, occurrencesRelated, repetitionNote } from './lib/episodes';
import { adviceDialect, explainPerDialect, notOurPlatform, recovered, remedyFor, syslogRange } from './lib/evidence';
import { parseSyslogLine } from '../parse/syslog';
import { docsUrl, Rule } from './types';

const id = 'clock-offset';

function isTolerance(text: string): boolean {
  return /offset beyond the allowed tolerance/i.test(text);
}

function toleranceFinding(model: DeviceModel, text: string, at: Range): Finding {
  const epoch = epochInText(text);
  const c = model.show.clock;
  const d = epoch && c ? Math.abs(epoch.ms - c.ms) : undefined;
  const saw = { date: epoch ? formatDate(epoch.ms) : '', span: d !== undefined ? formatSpan(d) : '' };
  const message = !epoch
    ? t("The device clock is beyond CSSM's tolerance (CSSM refused the device date): set the time by NTP and register again.")
    : d === undefined
      ? t("The device clock is beyond CSSM's tolerance (CSSM saw {date}): set the time by NTP and register again.", saw)
      : d < DAY_MS
        ? t("The device clock is beyond CSSM's tolerance (CSSM saw {date}, the capture's own time: the clock is wrong): set the time by NTP and register again.", saw)
        : t("The device clock is beyond CSSM's tolerance (CSSM saw {date}, {span} from the capture's clock): set the time by NTP and register again.", saw);
  // The clock readings and a "not yet valid" certificate (the real date is later) are related locations.
  const related = relatedClock(model);
  const notYet = model.show.syslog.find((s) => s.key === 'PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID');
  const validity = notYet ? /starts on\s+(\S+)/i.exec(notYet.text)?.[1] : undefined;
  if (notYet && related.length < MAX_RELATED) related.push({ range: syslogRange(notYet), message: validity
    ? t('a certificate valid from {date} is "not yet valid": the real date is later', { date: validity })
    : t('a certificate valid from a later date is "not yet valid": the real date is later') });
  return {
    ruleId: id, severity: 'error', range: at, fixes: [], remedy: remedyFor(model, 3), related,
    message,
  };
}

/**
 * What to do about a clock that is not authoritative, from what the text shows: a `*` says the clock
 * is not authoritative, not why. When the same text's config has a time source or `clock
 * calendar-valid`, name it rather than advise adding it.
 */
function timeSourceAdvice(model: DeviceModel): { advice: string; remedy?: string[] } {
  const c = model.config;
  const ntp = c.ntpSources[0];
  const dialect = adviceDialect(model);
  if (dialect === 'nxos') {
    // NX-OS has no "clock calendar-valid": NTP is the way.
    if (ntp) return { advice: t('The config has "{command}": check that it synchronises ("show ntp peer-status").', { command: ntp.text }) };
    return { advice: t('Check the NTP servers ("show ntp peer-status").'), remedy: remedyFor(model, 3) };
  }
  if (ntp) return { advice: t('The config has "{command}": check that it synchronises ("show ntp associations").', { command: ntp.text }) };
  if (c.clockCalendarValid) return { advice: t('The config has "clock calendar-valid": check the calendar ("show calendar") or add an NTP server.') };
  if (model.scope.isFull || model.scope.hasClockLines) return { advice: t('This config has no NTP server and no "clock calendar-valid": configure NTP, or set the clock and mark the calendar valid.'), remedy: remedyFor(model, 3) };
  if (dialect === 'ios') return { advice: t('Check the time source ("show ntp associations"), or set the clock and mark the calendar valid.'), remedy: remedyFor(model, 3) };
  return { advice: t('Check the time source (NTP; on IOS-XE without it, "clock calendar-valid").'), remedy: remedyFor(model, 3) };
}

function relatedClock(model: DeviceModel) {
  return model.show.clocks.slice(0, MAX_RELATED).map((c) => ({ range: range(c.line, c.start, c.end), message: c.starred ? t('clock ({source}): * = not authoritative', { source: c.source }) : t('clock ({source})', { source: c.source }) }));
}

export const clockOffset: Rule = {
  id,
  meta: {
    description: 'The device clock is wrong or not authoritative, which breaks registration and certificate checks.',
    defaultSeverity: 'error',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      'Registration and every certificate check depend on the time. A clock too far from CSSM\'s fails with *The device date \'…\' is offset beyond',
      'the allowed tolerance limit* (the number is the device time in epoch milliseconds, scenario 3); PKI logs `%PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID`',
      'when a certificate starts after the device\'s "now", and `%PKI-2-NON_AUTHORITATIVE_CLOCK` when no authoritative time source exists. A leading',
      '`*` on `show clock` or log stamps marks a clock that is not authoritative. Use NTP, or set the clock and mark it valid:',
      '',
      '```cisco',
      'ntp server 192.0.2.123',
      '! or, after "clock set":',
      'clock calendar-valid',
      '```',
    ].join('\n'),
    explanationFor: explainPerDialect(
      [
        'Registration and every certificate check depend on the time. A clock too far from CSSM\'s fails with *The device date \'…\' is offset beyond',
        'the allowed tolerance limit* (the number is the device time in epoch milliseconds); PKI logs `%PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID`',
        'when a certificate starts after the device\'s "now". A leading `*` on `show clock` or log stamps marks a clock that is not authoritative.',
      ],
      ['Use NTP, or set the clock and mark it valid:', '', '```cisco', 'ntp server 192.0.2.123', '! or, after "clock set":', 'clock calendar-valid', '```'],
      ['Use NTP, through the VRF that reaches the server:', '', '```cisco', 'ntp server 192.0.2.123 use-vrf management', '```'],
    ),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const out: Finding[] = [];
    const show = model.show;
    for (const r of [...show.registrations, ...show.authorizations]) {
      for (const reason of r.failureReasons) if (isTolerance(reason.value)) out.push(toleranceFinding(model, reason.value, reason.range));
    }
    for (const s of show.syslog) {
      if (s.key === 'SMART_LIC-3-AGENT_REG_FAILED' && isTolerance(s.text)) out.push(toleranceFinding(model, s.text, syslogRange(s)));
      else if (s.key === 'PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID') {
        const starts = /starts on\s+(\S+)/i.exec(s.text)?.[1];
        out.push({
          ruleId: id, severity: 'error', range: syslogRange(s), fixes: [], remedy: remedyFor(model, 3), related: relatedClock(model),
          message: starts
            ? t('A certificate is "not yet valid" by the device clock (valid from {date}): the clock is behind; set the time by NTP.', { date: starts })
            : t('A certificate is "not yet valid" by the device clock: the clock is behind; set the time by NTP.'),
        });
      }
    }
    // PKI's non-authoritative-clock messages until `%PKI-6-AUTHORITATIVE_CLOCK` says the clock was set:
    // after it they are history; before it, one ongoing condition however often logged.
    const nonAuth = show.syslog.filter((s) => s.key === 'PKI-2-NON_AUTHORITATIVE_CLOCK');
    /** Logs whose ongoing PKI complaint already says the clock is not authoritative. */
    const complained = new Set<number>();
    for (const { items } of ongoingEpisodes(model, nonAuth, 'clock', () => '')) {
      for (const x of items) complained.add(x.sectionIndex);
      const note = repetitionNote(model.lines, items, 'set');
      const { advice, remedy } = timeSourceAdvice(model);
      out.push({
        ruleId: id, severity: 'warning', range: syslogRange(items[0]), fixes: [], remedy,
        related: [...occurrencesRelated(items, syslogRange, t('the same message again')), ...relatedClock(model)].slice(0, MAX_RELATED),
        message: `${note
          ? t('PKI cannot start until the clock is authoritative (logged {note}), so licensing certificates go unchecked.', { note })
          : t('PKI cannot start until the clock is authoritative, so licensing certificates go unchecked.')} ${advice}`,
      });
    }
    // `*`: not authoritative. A hint on SLP (the SLP seed's switch installed its trust code so), info otherwise.
    const severity: Severity = model.mode === 'slp' ? 'hint' : 'info';
    const { advice, remedy } = timeSourceAdvice(model);
    // Clock readings in text order: a `*` reading is history once a later one has no `*`; the `*`
    // readings left are one condition, reported on the first (the others related).
    const starred = show.clocks.filter((c) => c.starred).sort((a, b) => a.line - b.line);
    const lastStarred = starred.length ? starred[starred.length - 1].line : -1;
    // (Only `show clock` and `Time source is …` print the marker: an NX `!Time:` or `Current time:` shows nothing either way.)
    const clockSetLater = show.clocks.some((c) => !c.starred && c.line > lastStarred && (c.source === 'show clock' || c.source === 'time source'))
      || show.syslog.some((r) => r.key === 'PKI-6-AUTHORITATIVE_CLOCK' && r.line > lastStarred);
    const clockReported = starred.length > 0 && !clockSetLater;
    if (clockReported) {
      const c = starred[0];
      out.push({
        ruleId: id, severity, range: range(c.line, c.start, c.end), fixes: [], remedy,
        related: starred.slice(1, MAX_RELATED + 1).map((x) => ({ range: range(x.line, x.start, x.end), message: t('clock marked * again') })),
        message: `${starred.length === 1
          ? t('The "*" on this clock marks it not authoritative; licensing needs correct time.')
          : starred.length === 2
            ? t('The "*" on this clock (and 1 later reading) marks it not authoritative; licensing needs correct time.')
            : t('The "*" on this clock (and {count} later readings) marks it not authoritative; licensing needs correct time.', { count: starred.length - 1 })} ${advice}`,
      });
    }
    for (const log of show.logs) {
      // One condition, one finding: PKI's own complaint in this log, or the clock reading, says it already.
      if (log.firstStarredLine < 0 || complained.has(log.sectionIndex) || clockReported) continue;
      // The clock was set later in this log (`%PKI-6-AUTHORITATIVE_CLOCK`, or stamps without the `*`): history.
      if (log.authoritativeAfterStarLine > log.lastStarredLine) continue;
      if (recovered(model, { line: log.lastStarredLine, sectionIndex: log.sectionIndex }, 'clock')) continue;
      const line = model.lines.line(log.firstStarredLine);
      const r = parseSyslogLine(line, log.firstStarredLine, true);
      if (!r || r.stampStart < 0) continue;
      let span = '';
      if (log.starred > 1) {
        const last = parseSyslogLine(model.lines.line(log.lastStarredLine), log.lastStarredLine, true);
        span = last ? repetitionNote(model.lines, [{ ...r, sectionIndex: log.sectionIndex }, { ...last, sectionIndex: log.sectionIndex }], 'set', log.starred, 'messages') : '';
      }
      out.push({
        ruleId: id, severity, range: range(r.line, r.stampStart, r.stampEnd), fixes: [], remedy,
        message: `${span
          ? t('Log stamps start with "*" ({note}): the clock was not authoritative when they were logged.', { note: span })
          : t('Log stamps start with "*": the clock was not authoritative when they were logged.')} ${advice}`,
      });
    }
    return out;
  },
};
