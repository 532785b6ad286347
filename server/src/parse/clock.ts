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

const SHOW_CLOCK = /^(\s*)([*.]?)\d{1,2}:\d\d:\d\d(?:\.\d+)?\s+\S+.*\b\d{4}\s*$/;

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
    if (!mayBeShowClock(s) || !SHOW_CLOCK.test(s)) return undefined;
    return fromTime(s, line, 0, 'show clock');
  }
  return undefined;
}

/**
 * False when SHOW_CLOCK cannot match: after spaces or tabs and an optional `*`/`.`, it needs one or
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
