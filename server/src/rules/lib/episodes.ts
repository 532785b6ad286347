// Logs are a sequence, not a bag of lines (issue 13). A failure that a later message ends is history
// (evidence.ts `recovered`, one table of ending messages per failure kind); what is left is one
// ongoing condition per kind and reason, reported once — on its first occurrence, with the count, the
// time span and the other occurrences as related locations — rather than once per line.
import { t } from '../../l10n';
import { LogRecord } from '../../model/show';
import { DeviceModel } from '../../model/types';
import { TextLines } from '../../parse/lines';
import { Finding, MAX_RELATED, Range, RelatedLocation } from '../../types';
import { recovered, Recovery, syslogRange } from './evidence';

/** What an occurrence needs: where it is, when (full date when known), and in which log. */
export interface Occurrence {
  line: number;
  ms?: number;
  sectionIndex: number;
}

export interface Episode<T extends Occurrence> {
  /** The occurrences not ended by a later message, oldest first; the finding sits on the first. */
  items: T[];
}

/**
 * Groups the failures that no later message ends, by `key` (the failure's kind and reason): each
 * group is one ongoing condition. Ended failures are dropped, whatever their number.
 */
export function ongoingEpisodes<T extends Occurrence>(model: DeviceModel, failures: T[], kind: Recovery, key: (f: T) => string): Episode<T>[] {
  const groups = new Map<string, T[]>();
  for (const f of failures) {
    if (recovered(model, f, kind)) continue;
    const k = key(f);
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  return [...groups.values()].map((items) => ({ items }));
}

/** A syslog stamp without its `*`/`.` marker, split into its day (`Mar  4`, may be empty) and `hh:mm:ss`. */
function stampOf(lines: TextLines, line: number, stampStart: number, stampEnd: number): { day: string; time: string } | undefined {
  if (stampStart < 0 || stampEnd <= stampStart) return undefined;
  const stamp = lines.line(line).slice(stampStart, stampEnd).replace(/^[*.]/, '').trim();
  const m = /\d{1,2}:\d{2}:\d{2}/.exec(stamp);
  if (!m) return stamp ? { day: '', time: stamp } : undefined;
  return { day: stamp.slice(0, m.index).replace(/\s+/g, ' ').trim(), time: m[0] };
}

/**
 * The count and span of a repeated condition, for its message: `7 times, 15:48:02 to 15:54:10, never
 * restored` (with the days when they differ). Empty for a single occurrence.
 */
export function repetitionNote(
  lines: TextLines, items: Array<Occurrence & { stampStart?: number; stampEnd?: number }>, never: NeverWord = 'restored',
  count = items.length, unit: 'times' | 'messages' = 'times',
): string {
  if (items.length < 2) return '';
  const first = items[0];
  const last = items[items.length - 1];
  const a = stampOf(lines, first.line, first.stampStart ?? -1, first.stampEnd ?? -1);
  const b = stampOf(lines, last.line, last.stampStart ?? -1, last.stampEnd ?? -1);
  let from = '';
  let to = '';
  if (a && b) [from, to] = a.day !== b.day ? [`${a.day} ${a.time}`.trim(), `${b.day} ${b.time}`.trim()] : [a.time, b.time];
  const p = { count, time: from, from, to };
  const span = !from ? 'none' : from === to ? 'at' : 'range';
  // Whole phrases, one key each, so a translation can order count, span and ending as its language does.
  if (unit === 'messages') {
    if (span === 'none') return t('{count} messages, never set', p);
    return span === 'at' ? t('{count} messages at {time}, never set', p) : t('{count} messages, {from} to {to}, never set', p);
  }
  if (never === 'restored') {
    if (span === 'none') return t('{count} times, never restored', p);
    return span === 'at' ? t('{count} times at {time}, never restored', p) : t('{count} times, {from} to {to}, never restored', p);
  }
  if (never === 'set') {
    if (span === 'none') return t('{count} times, never set', p);
    return span === 'at' ? t('{count} times at {time}, never set', p) : t('{count} times, {from} to {to}, never set', p);
  }
  if (span === 'none') return t('{count} times', p);
  return span === 'at' ? t('{count} times at {time}', p) : t('{count} times, {from} to {to}', p);
}

/** How a repetition note ends: `never restored`, `never set` (a clock), or nothing (the message says it). */
export type NeverWord = 'restored' | 'set' | '';

/** The other occurrences of a condition, as related locations (at most MAX_RELATED with the rest). */
export function occurrencesRelated<T extends Occurrence>(items: T[], rangeOf: (t: T) => Range, message: string, room = MAX_RELATED): RelatedLocation[] {
  return items.slice(1, 1 + Math.max(0, room)).map((t) => ({ range: rangeOf(t), message }));
}

/**
 * One finding per ongoing condition among these log records: `make` writes it for the first
 * occurrence (with the repetition note, empty for a single one); the other occurrences are added
 * first among its related locations.
 */
export function reportOngoing<T extends LogRecord>(
  model: DeviceModel, records: T[], kind: Recovery, key: (r: T) => string, make: (first: T, note: string) => Finding, never: NeverWord = 'restored',
): Finding[] {
  return ongoingEpisodes(model, records, kind, key).map(({ items }) => {
    const f = make(items[0], repetitionNote(model.lines, items, never));
    f.related = [...occurrencesRelated(items, syslogRange, t('the same message again')), ...(f.related ?? [])].slice(0, MAX_RELATED);
    return f;
  });
}
