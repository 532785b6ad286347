// --fix on a file that is not valid UTF-8 (issue 20.1): the text the rules read shows each stray byte
// as U+FFFD, and encoding that text back would replace every Latin-1 or Windows-1252 byte of the file
// (`Accès réservé – Zürich` in a banner) with EF BF BD, far from any fix. Instead the lines a fix
// leaves alone are written as their original bytes, and only the lines it adds or changes are
// encoded. A fix that would rewrite a line holding such bytes is refused: its bytes cannot be kept.
import { diffLines, splitLinesKeepEnds } from './unifiedDiff';

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
  if (oldBytes.length !== oldLines.length) return { refused: 'its line endings could not be matched to its bytes' };
  const out: Buffer[] = [];
  let i = 0;
  for (const { op, line } of diffLines(oldLines, splitLinesKeepEnds(after))) {
    if (op === ' ') out.push(oldBytes[i++]);
    else if (op === '+') out.push(Buffer.from(line, 'utf8'));
    else {
      if (!oldBytes[i].equals(Buffer.from(oldLines[i], 'utf8'))) return { refused: `line ${i + 1} holds bytes that are not UTF-8 (Latin-1 or Windows-1252?) and a fix would rewrite it` };
      i++;
    }
  }
  return { bytes: Buffer.concat(out) };
}
