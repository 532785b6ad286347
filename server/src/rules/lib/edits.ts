// Text edits the fixes are made of. Each touches only the line it means to change and writes
// inserted lines with the file's own line ending, so a CRLF config stays CRLF.
import { ConfigNode, Word } from '../../parse/config';
import { TextLines } from '../../parse/lines';
import { TextEdit, range } from '../../types';

export function replaceWord(line: number, word: Word, newText: string): TextEdit {
  return { range: range(line, word.start, word.end), newText };
}

/** Replaces a command's text, keeping its indentation. */
export function replaceCommand(node: ConfigNode, newText: string): TextEdit {
  return { range: range(node.line, node.indent, node.end), newText };
}

/** Inserts a whole line after `line`. */
export function insertLineAfter(lines: TextLines, line: number, text: string): TextEdit {
  const eol = lines.eolOf(line);
  if (eol === '') {
    // Last line of a file without a final line ending: start a new line after its content.
    const len = lines.length(line);
    return { range: range(line, len, len), newText: lines.eol + text };
  }
  return { range: range(line + 1, 0, 0), newText: text + lines.eol };
}

/** Inserts a whole line before `line`. */
export function insertLineBefore(lines: TextLines, line: number, text: string): TextEdit {
  return { range: range(line, 0, 0), newText: text + lines.eol };
}

/**
 * Indentation of a block's children: what its first child uses, else one step (IOS 1, NX-OS 2) deeper.
 * A block read flat (it stands at its parent's column: a paste that lost its indentation) takes its
 * commands at that column too; an indented line there would be read as a sibling of the block.
 */
export function childIndent(node: ConfigNode, step = 1): string {
  const first = node.children[0];
  if (first) return ' '.repeat(first.indent);
  if (node.parent && node.parent.indent >= node.indent) return ' '.repeat(node.indent);
  return ' '.repeat(node.indent + step);
}

/** A sub-command's indentation as written: a line inserted just before it copies this to stay its sibling. */
export function indentOf(lines: TextLines, node: ConfigNode): string {
  return lines.line(node.line).slice(0, node.indent).replace(/^\uFEFF/, '');
}

/**
 * Indentation for a line appended after a block's last line: its last sub-command's, so the new line
 * is a sub-command of the block even when the block's indentation is uneven (hand-typed scripts).
 */
export function appendedChildIndent(lines: TextLines, node: ConfigNode, step = 1): string {
  const children = node.children;
  return children.length ? indentOf(lines, children[children.length - 1]) : childIndent(node, step);
}
