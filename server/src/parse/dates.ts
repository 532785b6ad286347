// Dates as devices print them. Every comparison the rules make is between two dates of the same
// text (SPEC §2: the output's own clock, never the linting machine's), so a date is read as the
// wall-clock time the device printed and its time zone is kept only as text: the zone is the
// device's own on both sides, and the thresholds (14 days, 90 days) dwarf any zone offset.
import { t } from '../l10n';

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

export const DAY_MS = 86_400_000;

export interface DeviceTime {
  /** Milliseconds since the epoch of the printed wall-clock time (year 2000 when none was printed). */
  ms: number;
  /** False for syslog stamps (`Jan 24 23:19:05.144`): the year must come from elsewhere in the text. */
  hasYear: boolean;
  /** Column range of the date in its line. */
  start: number;
  end: number;
}

function month(name: string): number {
  const m = MONTHS[name.slice(0, 3).toLowerCase()];
  return m === undefined ? -1 : m;
}

function build(year: number, mon: number, day: number, h: string, mi: string, s: string, frac: string | undefined): number {
  const ms = frac ? Math.round(Number('0.' + frac) * 1000) : 0;
  return Date.UTC(year, mon, day, +h, +mi, +s, ms);
}

// `2025-01-24 13:58:23.900 UTC`, `2023-01-24T23:19:05`.
const ISO = /(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?/;
// `Jul 26 09:24:09 2018 UTC`, `Jun 19 2024 10:02:10.331` (`service timestamps … year`), `Jan 24 23:19:05.144`.
const MON_DAY = /\b([A-Z][a-z]{2})\s+(\d{1,2})\s+(?:(\d{4})\s+)?(\d{1,2}):(\d\d):(\d\d)(?:\.(\d+))?(?:\s+(\d{4})\b)?/;
// `show clock`: `*08:16:02.117 UTC Mon Jan 7 2019`, `.05:30:30.132 UTC Fri Oct 22 2021`.
const CLOCK = /(\d{1,2}):(\d\d):(\d\d)(?:\.(\d+))?\s+\S+(?:\s+\S+)?\s+(?:[A-Z][a-z]{2}\s+)?([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{4})\b/;
// NX-OS syslog: `2024 Apr 17 09:31:40 leaf6 %…`.
const YEAR_FIRST = /\b(\d{4})\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{1,2}):(\d\d):(\d\d)(?:\.(\d+))?/;

/** The first date printed in `s` (from column `from`), in any of the forms devices use. */
export function parseDeviceDate(s: string, from = 0): DeviceTime | undefined {
  const t = from ? s.slice(from) : s;
  // Cheap rejection: every form holds a `hh:mm:ss`.
  if (t.indexOf(':') < 0) return undefined;
  let m = ISO.exec(t);
  if (m) {
    return { ms: build(+m[1], +m[2] - 1, +m[3], m[4], m[5], m[6], m[7]), hasYear: true, start: from + m.index, end: from + m.index + m[0].length };
  }
  m = YEAR_FIRST.exec(t);
  if (m && month(m[2]) >= 0) {
    return { ms: build(+m[1], month(m[2]), +m[3], m[4], m[5], m[6], m[7]), hasYear: true, start: from + m.index, end: from + m.index + m[0].length };
  }
  m = MON_DAY.exec(t);
  if (m && month(m[1]) >= 0) {
    const yearText = m[3] ?? m[8];
    const year = yearText ? +yearText : 2000;
    return { ms: build(year, month(m[1]), +m[2], m[4], m[5], m[6], m[7]), hasYear: !!yearText, start: from + m.index, end: from + m.index + m[0].length };
  }
  m = CLOCK.exec(t);
  if (m && month(m[5]) >= 0) {
    return { ms: build(+m[7], month(m[5]), +m[6], m[1], m[2], m[3], m[4]), hasYear: true, start: from + m.index, end: from + m.index + m[0].length };
  }
  return undefined;
}

/** A yearless date moved into `year` (syslog stamps; year 2000 is a leap year, so Feb 29 survives). */
export function inYear(ms: number, year: number): number {
  const d = new Date(ms);
  return Date.UTC(year, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

/**
 * The year a yearless stamp most likely belongs to: the one, among the years the text prints in
 * full dates, that puts the stamp nearest to one of those dates. Undefined when the text prints no
 * full date (then the stamp cannot be compared with anything). Build it once per text: logs run to
 * hundreds of thousands of stamps, so the dates are sorted and searched, and answers are memoised.
 */
export class YearGuesser {
  private readonly sorted: number[];
  private readonly years: number[];
  private readonly memo = new Map<number, number | undefined>();

  constructor(fullDates: number[]) {
    this.sorted = [...fullDates].sort((a, b) => a - b);
    const years = new Set<number>();
    for (const d of this.sorted) {
      const y = new Date(d).getUTCFullYear();
      years.add(y);
      years.add(y - 1);
    }
    this.years = [...years];
  }

  private nearest(t: number): number {
    const a = this.sorted;
    let lo = 0;
    let hi = a.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    let best = Math.abs(a[lo] - t);
    if (lo > 0) best = Math.min(best, Math.abs(a[lo - 1] - t));
    return best;
  }

  year(ms: number): number | undefined {
    if (this.sorted.length === 0) return undefined;
    if (this.memo.has(ms)) return this.memo.get(ms);
    let best: number | undefined;
    let bestDistance = Infinity;
    for (const y of this.years) {
      const d = this.nearest(inYear(ms, y));
      if (d < bestDistance) {
        bestDistance = d;
        best = y;
      }
    }
    this.memo.set(ms, best);
    return best;
  }
}

/** One-off form of YearGuesser. */
export function likelyYear(ms: number, fullDates: number[]): number | undefined {
  return new YearGuesser(fullDates).year(ms);
}

/** `{"timestamp":["The device date '1526135268653' is offset…"]}` (scenario 3): epoch milliseconds. */
export function epochInText(s: string): { ms: number; start: number; end: number } | undefined {
  const m = /'(\d{12,13})'/.exec(s) ?? /\b(\d{13})\b/.exec(s);
  if (!m) return undefined;
  const start = m.index + (m[0].startsWith("'") ? 1 : 0);
  return { ms: +m[1], start, end: start + m[1].length };
}

/** `2019-01-07 08:14:55 UTC` style text for messages (the device's zone is not known: say so). */
export function formatDate(ms: number, withYear = true): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  const date = withYear ? `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}` : `${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
  return `${date} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** `4 days`, `13 hours`: how far apart two dates are, for messages (in the current locale). */
export function formatSpan(ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= 14 * DAY_MS) return t('{days} days', { days: Math.floor(abs / DAY_MS) });
  if (abs >= 2 * DAY_MS) {
    const d = Math.floor(abs / DAY_MS);
    const h = Math.floor((abs - d * DAY_MS) / 3_600_000);
    if (!h) return t('{days} days', { days: d });
    return t(h === 1 ? '{days} days {hours} hour' : '{days} days {hours} hours', { days: d, hours: h });
  }
  const h = Math.floor(abs / 3_600_000);
  if (h >= 1) return t(h === 1 ? '{hours} hour' : '{hours} hours', { hours: h });
  const m = Math.max(1, Math.floor(abs / 60_000));
  return t(m === 1 ? '{minutes} minute' : '{minutes} minutes', { minutes: m });
}

/** `Evaluation Period Remaining: 65 days, 18 hours, 43 minutes, 0 seconds` -> seconds. */
export function parseDuration(s: string): number | undefined {
  let total = 0;
  let found = false;
  const re = /(\d+)\s*(day|hour|minute|second|week)s?/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    found = true;
    const n = +m[1];
    const unit = m[2].toLowerCase();
    total += unit === 'week' ? n * 604800 : unit === 'day' ? n * 86400 : unit === 'hour' ? n * 3600 : unit === 'minute' ? n * 60 : n;
  }
  return found ? total : undefined;
}
