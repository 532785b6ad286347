// Ranges over config nodes and section lines, shared by the outline, folding and definitions.
import { ConfigNode } from '../parse/config';
import { TextLines } from '../parse/lines';
import { Section } from '../parse/sections';
import { Range } from '../types';

/** The whole block: from the command's first character to the end of its last sub-command. */
export function blockRange(lines: TextLines, node: ConfigNode): Range {
  return {
    start: { line: node.line, character: node.indent },
    end: { line: node.lastLine, character: lines.length(node.lastLine) },
  };
}

/** The command's own line, without indentation. */
export function commandRange(node: ConfigNode): Range {
  return { start: { line: node.line, character: node.indent }, end: { line: node.line, character: node.end } };
}

/** Columns on the command's line, e.g. the name after `interface `. */
export function columnsRange(node: ConfigNode, start: number, end: number): Range {
  return { start: { line: node.line, character: start }, end: { line: node.line, character: end } };
}

/** Column where the text after the command's first `skip` words begins, or -1 when there is none. */
export function columnAfterWords(node: ConfigNode, skip: number): number {
  const t = node.text;
  let i = 0;
  for (let k = 0; k <= skip; k++) {
    while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
    if (i >= t.length) return -1;
    if (k === skip) break;
    while (i < t.length && t.charCodeAt(i) !== 32 && t.charCodeAt(i) !== 9) i++;
  }
  return node.indent + i;
}

/** The line a section opens on: its prompt or banner, or its first line for a bare paste. */
export function sectionFirstLine(section: Section): number {
  return section.headerLine >= 0 ? section.headerLine : section.startLine;
}

/** The section's last line that holds text (trailing blank lines belong to no one). */
export function sectionLastLine(lines: TextLines, section: Section): number {
  const first = sectionFirstLine(section);
  let last = Math.min(section.endLine, lines.count) - 1;
  while (last > first && isBlank(lines, last)) last--;
  return Math.max(first, last);
}

export function isBlank(lines: TextLines, i: number): boolean {
  const text = lines.text;
  for (let p = lines.starts[i], e = lines.ends[i]; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
  }
  return true;
}

/** The line's content without leading and trailing blanks, as a range. */
export function trimmedLineRange(lines: TextLines, i: number): Range {
  const text = lines.text;
  let s = lines.starts[i];
  let e = lines.ends[i];
  const base = s;
  while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9 || text.charCodeAt(s) === 0xfeff)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return { start: { line: i, character: s - base }, end: { line: i, character: e - base } };
}
