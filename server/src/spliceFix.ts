// --fix on a file that is not valid UTF-8 (issue 20.1): the text the rules read shows each stray byte
// as U+FFFD, and encoding that text back would replace every Latin-1 or Windows-1252 byte of the file
// (`Accès réservé – Zürich` in a banner) with EF BF BD, far from any fix. Instead the lines a fix
// leaves alone are written as their original bytes, and only the lines it adds or changes are
// encoded. A fix that would rewrite a line holding such bytes is refused: its bytes cannot be kept.
import { diffArrays } from 'diff';
import { t } from './l10n';

/** Splits after each line ending (LF, CRLF or a lone CR), keeping it with its line. */
function splitLinesKeepEnds(text: string): string[] {
  const out: string[] = [];
  const re = /\r\n|\n|\r/g;
  let pos = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(text.slice(pos, m.index + m[0].length));
    pos = m.index + m[0].length;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

type Op = ' ' | '-' | '+';

/** The line edit script: common head and tail kept as they are, jsdiff for the few lines between. */
function lineScript(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = new Array<Op>(head).fill(' ');
  for (const c of diffArrays(a.slice(head, a.length - tail), b.slice(head, b.length - tail))) {
    const op: Op = c.added ? '+' : c.removed ? '-' : ' ';
    for (let k = 0; k < c.value.length; k++) ops.push(op);
  }
  for (let k = 0; k < tail; k++) ops.push(' ');
  return ops;
}

/** The original bytes split after each line ending (LF, CRLF or a lone CR), as splitLinesKeepEnds splits text. */
function splitBytesKeepEnds(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let pos = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 0x0a || b === 0x0d) {
      const end = b === 0x0d && buf[i + 1] === 0x0a ? i + 2 : i + 1;
      out.push(buf.subarray(pos, end));
      pos = end;
      i = end - 1;
    }
  }
  if (pos < buf.length) out.push(buf.subarray(pos));
  return out;
}

export type Spliced = { bytes: Buffer } | { refused: string };

/**
 * The file's new body: `before` (decoded from `original`) changed into `after`, kept lines as their
 * original bytes. `refused` names the first line whose non-UTF-8 bytes a fix would rewrite.
 */
export function spliceFixedLines(original: Buffer, before: string, after: string): Spliced {
  const oldLines = splitLinesKeepEnds(before);
  const oldBytes = splitBytesKeepEnds(original);
  // Stray bytes never hide a line ending (ASCII bytes are never part of an invalid sequence).
  if (oldBytes.length !== oldLines.length) return { refused: t('its line endings could not be matched to its bytes') };
  const newLines = splitLinesKeepEnds(after);
  const out: Buffer[] = [];
  let i = 0;
  let j = 0;
  for (const op of lineScript(oldLines, newLines)) {
    if (op === ' ') {
      out.push(oldBytes[i++]);
      j++;
    } else if (op === '+') out.push(Buffer.from(newLines[j++], 'utf8'));
    else {
      if (!oldBytes[i].equals(Buffer.from(oldLines[i], 'utf8'))) return { refused: t('line {line} holds bytes that are not UTF-8 (Latin-1 or Windows-1252?) and a fix would rewrite it', { line: i + 1 }) };
      i++;
    }
  }
  return { bytes: Buffer.concat(out) };
}
