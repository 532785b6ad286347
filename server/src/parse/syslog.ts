// Syslog lines (SPEC §4): `%FACILITY-SEVERITY-MNEMONIC: text`, optionally after a sequence number
// and a timestamp whose leading `*` means the clock is not authoritative (`.` means it was, but
// lost its NTP peer): `*Jan 24 23:19:05.144: %SMART_LIC-6-TRUST_INSTALL_SUCCESS: …`,
// `000412: Mar 18 21:41:58.730 CST: %CALL_HOME-3-…`, NX-OS `2024 Apr 17 09:31:40 leaf6 %…`.
import { DeviceTime, parseDeviceDate } from './dates';

export interface SyslogRecord {
  line: number;
  /** Last line of the message (IOS continues long messages on indented lines). */
  endLine: number;
  facility: string;
  severity: number;
  mnemonic: string;
  /** `SMART_LIC-3-COMM_FAILED`: how docs and rules name it. */
  key: string;
  /** Column of the `%` and just past the mnemonic. */
  start: number;
  keyEnd: number;
  /** The message text (first line, plus continuation lines joined by a space). */
  text: string;
  textStart: number;
  time?: DeviceTime;
  /** A leading `*` on the timestamp: the clock was not authoritative when this was logged. */
  starred: boolean;
  /** Columns of the timestamp (with its `*`), when there is one. */
  stampStart: number;
  stampEnd: number;
}

const MNEMONIC = /%([A-Z][A-Z0-9_]*)-([0-7])-([A-Z][A-Z0-9_]*)\s*:\s*/y;

/**
 * The syslog record on a line, or undefined. Cheap rejection first: most lines hold no `%`.
 * `withTime` false skips reading the timestamp (a show-tech's log holds 10^5 messages the rules never
 * look at); `readStamp` reads it later for the few that matter.
 */
export function parseSyslogLine(s: string, line: number, withTime = true): SyslogRecord | undefined {
  let pct = s.indexOf('%');
  for (let tries = 0; pct >= 0 && tries < 3; tries++) {
    const c = s.charCodeAt(pct + 1);
    if (c >= 65 && c <= 90) {
      MNEMONIC.lastIndex = pct;
      const m = MNEMONIC.exec(s);
      if (m) return record(s, line, pct, m, withTime);
    }
    pct = s.indexOf('%', pct + 1);
  }
  return undefined;
}

function upper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function word(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Where a line's `%FACILITY-SEV-MNEMONIC:` starts and its facility, by a character scan (no regex,
 * no match array): logs are long, and most of their messages are not about licensing.
 */
export function syslogFacility(s: string): { facility: string; pct: number; starred: boolean } | undefined {
  const span = { pct: -1, end: -1 };
  if (!syslogFacilitySpan(s, span)) return undefined;
  return { facility: s.slice(span.pct + 1, span.end), pct: span.pct, starred: syslogStarred(s, span.pct) };
}

/**
 * syslogFacility without a string or an object per line (a show-tech's log has a hundred thousand):
 * fills `span` with the `%` (pct) and the end of the facility name after it, or returns false.
 */
export function syslogFacilitySpan(s: string, span: { pct: number; end: number }): boolean {
  let pct = s.indexOf('%');
  for (let tries = 0; pct >= 0 && tries < 3; tries++) {
    const end = facilityEndAt(s, pct, s.length);
    if (end >= 0) {
      span.pct = pct;
      span.end = end;
      return true;
    }
    pct = s.indexOf('%', pct + 1);
  }
  return false;
}

/**
 * The end of the facility name when `%FACILITY-SEV-MNEMONIC:` starts at `pct` and its colon comes
 * before `to`, else -1. Reads `s` in place, so a log line need not be cut out of its text to be
 * recognised (`to` is the line's end there).
 */
export function facilityEndAt(s: string, pct: number, to: number): number {
  let i = pct + 1;
  if (!upper(s.charCodeAt(i))) return -1;
  while (word(s.charCodeAt(i))) i++;
  const sev = s.charCodeAt(i + 1);
  if (!(s.charCodeAt(i) === 45 && sev >= 48 && sev <= 55 && s.charCodeAt(i + 2) === 45 && upper(s.charCodeAt(i + 3)))) return -1;
  let j = i + 3;
  while (word(s.charCodeAt(j))) j++;
  while (s.charCodeAt(j) === 32) j++;
  return s.charCodeAt(j) === 58 && j < to ? i : -1;
}

/**
 * Is the message at `pct` (a syslogFacilitySpan) stamped with a leading `*` (clock not authoritative)?
 * `from`: where its line starts in `s`, when `s` is the whole text (no string cut out for the line).
 */
export function syslogStarred(s: string, pct: number, from = 0): boolean {
  return pct > from && starBefore(s, from, pct);
}

/** `*` before the stamp (after an optional `000412: ` sequence number)? A character scan, no regex. */
function starBefore(s: string, from: number, pct: number): boolean {
  let i = from;
  while (i < pct && s.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < pct && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  if (j > i && s.charCodeAt(j) === 58) {
    i = j + 1;
    while (i < pct && s.charCodeAt(i) === 32) i++;
  }
  return s.charCodeAt(i) === 42;
}

/** Fills in the timestamp of a record parsed without it. */
export function readStamp(rec: SyslogRecord, s: string): void {
  if (rec.time || rec.stampStart >= 0) return;
  const full = record(s, rec.line, rec.start, null, true);
  rec.time = full.time;
  rec.stampStart = full.stampStart;
  rec.stampEnd = full.stampEnd;
}

function record(s: string, line: number, pct: number, m: RegExpExecArray | null, withTime: boolean): SyslogRecord {
  if (m === null) {
    MNEMONIC.lastIndex = pct;
    m = MNEMONIC.exec(s)!;
  }
  let stampStart = -1;
  let stampEnd = -1;
  let starred = false;
  let time: DeviceTime | undefined;
  const prefix = withTime ? s.slice(0, pct) : '';
  if (!withTime) starred = pct > 0 && starBefore(s, 0, pct);
  else if (prefix.trim() !== '') {
    time = parseDeviceDate(prefix);
    // The stamp starts at its `*`/`.` marker when there is one (after an optional sequence number).
    const marker = /^\s*(?:\d+:\s*)?([*.]?)/.exec(prefix);
    if (time) {
      stampStart = time.start;
      if (marker && marker[1] && prefix.lastIndexOf(marker[1], time.start) === time.start - 1) {
        stampStart = time.start - 1;
        starred = marker[1] === '*';
      }
      stampEnd = time.end;
    } else if (marker && marker[1] === '*') {
      // Uptime stamps (`*00:01:23:`, `*1w2d:`) carry the marker too.
      stampStart = prefix.indexOf('*');
      stampEnd = prefix.lastIndexOf(':') > stampStart ? prefix.lastIndexOf(':') : stampStart + 1;
      starred = true;
    }
  }
  const keyEnd = pct + 1 + m[1].length + 1 + m[2].length + 1 + m[3].length;
  return {
    line, endLine: line,
    facility: m[1], severity: +m[2], mnemonic: m[3], key: `${m[1]}-${m[2]}-${m[3]}`,
    start: pct, keyEnd,
    text: s.slice(pct + m[0].length).trimEnd(), textStart: pct + m[0].length,
    time, starred, stampStart, stampEnd,
  };
}

/** An indented line that continues the previous message (`   Reason : Failed to select socket…`). */
export function isContinuation(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c !== 32 && c !== 9) return false;
  const t = s.trim();
  return t !== '' && t.indexOf('%') < 0;
}
