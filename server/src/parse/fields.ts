// A value printed by a show command, with where it stands: rules put findings on it and hover finds
// it by position.
import { Range, range } from '../types';

export interface ShowFieldLike {
  value: string;
  line: number;
  /** Range of the value on its line. */
  range: Range;
}

/** The value of `s` from column `valueStart`, trailing blanks trimmed. */
export function fieldAt(line: number, s: string, valueStart: number, valueEnd = s.length): ShowFieldLike {
  let start = valueStart;
  while (start < valueEnd && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 9)) start++;
  let end = valueEnd;
  while (end > start && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return { value: s.slice(start, end), line, range: range(line, start, end) };
}
