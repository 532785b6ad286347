// The capture's own clock (SPEC §2: dates are compared with the output's own time, never with the
// linting machine's). Devices print it as `show clock` (`*08:16:02.117 UTC Mon Jan 7 2019`), as the
// `Time source is NTP, 15:09:55.102 UTC Wed Nov 10 2021` header some outputs carry, as NX-OS
// `!Time: Wed Jun 22 16:16:28 2022`, and as `Current time:` in `show license tech support`.
// A leading `*` means the clock is not authoritative (`.`: it was, but its NTP peer is gone).
import { parseDeviceDate } from './dates';

export type ClockSource = 'show clock' | 'time source' | 'nx !Time' | 'current time';

export interface ClockReading {
  line: number;
  ms: number;
  starred: boolean;
  /** Columns of the time (with its `*`/`.` marker). */
  start: number;
  end: number;
  source: ClockSource;
}

// `[*.]hh:mm:ss[.ms] <zone> … <year>`, read as two linear expressions: the single
// /^…\s+\S+.*\b\d{4}\s*$/ backtracked over every split of `\S+` and `.*`, quadratic on a long
// line (a 1 MiB token after the time took minutes; issue 12.4).
const SHOW_CLOCK_HEAD = /^\s*[*.]?\d{1,2}:\d\d:\d\d(?:\.\d+)?\s+\S/;
const SPACE = /\s/;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;

function isShowClock(s: string): boolean {
  const head = SHOW_CLOCK_HEAD.exec(s);
  if (!head) return false;
  // Then `\b\d{4}\s*$`, from the end: the year starts after the zone's first character.
  let e = s.length;
  while (e > 0 && SPACE.test(s[e - 1])) e--;
  const y = e - 4;
  if (y < head[0].length) return false;
  for (let i = y; i < e; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return !isWordChar(s.charCodeAt(y - 1));
}

/** A `show clock` line or a `Time source is …` / `No time source, …` header, or undefined. */
export function parseClockLine(s: string, line: number): ClockReading | undefined {
  const c = s.charCodeAt(0);
  // `*`, `.`, a digit, a space, `T`ime source, `N`o time source, `C`urrent time, `!Time:`.
  if (c === 84 /* T */ || c === 78 /* N */) {
    if (!s.startsWith('Time source is') && !s.startsWith('No time source')) return undefined;
    const comma = s.indexOf(',');
    if (comma < 0) return undefined;
    return fromTime(s, line, comma + 1, 'time source');
  }
  if (c === 67 /* C */) {
    if (!s.startsWith('Current time:')) return undefined;
    const d = parseDeviceDate(s, 13);
    return d && d.hasYear ? { line, ms: d.ms, starred: false, start: d.start, end: d.end, source: 'current time' } : undefined;
  }
  if (c === 33 /* ! */) {
    if (!s.startsWith('!Time:')) return undefined;
    const d = parseDeviceDate(s, 6);
    return d && d.hasYear ? { line, ms: d.ms, starred: false, start: d.start, end: d.end, source: 'nx !Time' } : undefined;
  }
  if (c === 42 || c === 46 || c === 32 || (c >= 48 && c <= 57)) {
    if (!mayBeShowClock(s) || !isShowClock(s)) return undefined;
    return fromTime(s, line, 0, 'show clock');
  }
  return undefined;
}

/**
 * False when a show clock line cannot start here: after spaces or tabs and an optional `*`/`.`, it needs one or
 * two digits and a colon. Most lines starting with a space or a digit (interface counters, process
 * tables) fail here without running the expression; other whitespace is left to it.
 */
function mayBeShowClock(s: string): boolean {
  let i = 0;
  let c = s.charCodeAt(0);
  while (c === 32 || c === 9) c = s.charCodeAt(++i);
  if (c === 42 || c === 46) c = s.charCodeAt(++i);
  if (c >= 48 && c <= 57) {
    c = s.charCodeAt(++i);
    if (c >= 48 && c <= 57) c = s.charCodeAt(++i);
    return c === 58;
  }
  return (c >= 10 && c <= 13) || c >= 128;
}

function fromTime(s: string, line: number, from: number, source: ClockSource): ClockReading | undefined {
  let i = from;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  const marker = s.charCodeAt(i);
  const starred = marker === 42;
  const start = marker === 42 || marker === 46 ? i : -1;
  const d = parseDeviceDate(s, start >= 0 ? i + 1 : i);
  if (!d || !d.hasYear) return undefined;
  return { line, ms: d.ms, starred, start: start >= 0 ? start : d.start, end: d.end, source };
}
