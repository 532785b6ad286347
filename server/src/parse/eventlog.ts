// `show license eventlog` records (SPEC §4, SLP seed): a timestamp, an `SAEVT_*` event name and
// `key="value"` fields — `2025-01-24 15:17:46.341 UTC SAEVT_COMM_FAIL error="Connection timed out"`.
import { DeviceTime, parseDeviceDate } from './dates';

export interface EventRecord {
  line: number;
  /** `SAEVT_COMM_FAIL`. */
  name: string;
  /** Columns of the event name. */
  start: number;
  end: number;
  time?: DeviceTime;
  fields: Record<string, string>;
  /** Column range of each field's value (without the quotes), for findings on a field. */
  fieldRanges: Record<string, [number, number]>;
}

const FIELD = /([A-Za-z_][A-Za-z0-9_]*)="([^"]*)"/g;

/** The event on a line, or undefined (the caller has already seen `SAEVT_` on it). */
export function parseEventLine(s: string, line: number): EventRecord | undefined {
  const at = s.indexOf('SAEVT_');
  if (at < 0) return undefined;
  // The name must stand as a word: `SAEVT_X` inside someone's text is not an event.
  if (at > 0) {
    const p = s.charCodeAt(at - 1);
    if (p !== 32 && p !== 9) return undefined;
  }
  let end = at + 6;
  while (end < s.length) {
    const c = s.charCodeAt(end);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) end++;
    else break;
  }
  const rec: EventRecord = { line, name: s.slice(at, end), start: at, end, fields: {}, fieldRanges: {} };
  if (at > 0) rec.time = parseDeviceDate(s.slice(0, at));
  FIELD.lastIndex = end;
  let m: RegExpExecArray | null;
  while ((m = FIELD.exec(s))) {
    rec.fields[m[1]] = m[2];
    const vs = m.index + m[1].length + 2;
    rec.fieldRanges[m[1]] = [vs, vs + m[2].length];
  }
  return rec;
}
