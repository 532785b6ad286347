import { TextLines } from './parse/lines';
import { hasStrayControlChar, strayRuns, TextScan } from './strayScan';

// Plain-text and log documents are linted only when their first kilobytes look like Cisco device
// text (SPEC §7): a README or an application log must not light up with licensing findings.

const SIGNALS = [
  /^version \d+\.\d+/m,
  /^hostname \S+$/m,
  /^(?:Building configuration|Current configuration\s*:|!Command: show)/m,
  /^\S{1,63}[#>]\s*sh(?:ow)?\s+\S/m,
  /^-{6,} show .+ -{6,}\s*$/m,
  /%[A-Z][A-Z0-9_]*-\d-[A-Z0-9_]+:/,
  /^(?:call-home|callhome|service call-home|license smart \S+)/m,
  /^\s*(?:Smart Licensing (?:Status|is ENABLED|Using Policy)|Profile Name:|Registration:|License Authorization:)/m,
  /^interface (?:GigabitEthernet|TenGigabitEthernet|Vlan|Ethernet|mgmt|Loopback|FastEthernet)\S*/m,
];

export function looksLikeDeviceText(text: string): boolean {
  // NULs a console capture carries at line starts (after a reload), or a pager's prompt erased by
  // backspaces, must not hide `^hostname`: the head is read as stripControl reads the whole.
  const raw = text.slice(0, 16384);
  const head = stripControl(raw)?.text ?? raw;
  let hits = 0;
  for (const re of SIGNALS) if (re.test(head)) hits++;
  return hits >= 1;
}

// Binary data or text, told as `file`, git and ripgrep tell it: a known magic number, or a head that is
// mostly not text. A console capture across a reload holds a few NULs (ROMMON, a terminal server's
// padding) among printable lines: that is still text, and a single NUL must not hide its findings.

/**
 * Magic numbers of formats people keep next to configs: images, archives, executables, databases.
 * Written as bytes; a high byte also matches U+FFFD, what it became if the file was decoded as UTF-8.
 */
const MAGIC: RegExp[] = [
  '\x89PNG\r\n\x1a\n', 'GIF87a', 'GIF89a', '\xff\xd8\xff', '%PDF-', 'PK\x03\x04', '\x1f\x8b\x08', 'BZh', '\xfd7zXZ\x00',
  "7z\xbc\xaf'\x1c", 'Rar!\x1a\x07', '\x7fELF', '\xca\xfe\xba\xbe', '\xcf\xfa\xed\xfe', '\xce\xfa\xed\xfe',
  'SQLite format 3\x00', '(\xb5/\xfd', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1',
].map((bytes) => new RegExp(`^${[...bytes].map((ch) => {
  const hex = `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
  return ch.charCodeAt(0) >= 0x80 ? `[${hex}\\ufffd]` : hex;
}).join('')}`));

/** How much of the head may be NULs, other control bytes or undecodable bytes before it is binary. */
const NON_TEXT_SHARE = 0.1;

/** True for C0 control characters other than tab, line feed, carriage return, form feed and escape, and for DEL. */
function isStrayControl(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 127;
}

/**
 * A character looksBinary counts against the text (isStrayControl, or U+FFFD), but a backspace: a
 * capture through the pager holds twenty on every page (` --More-- ` erased), and binary data has
 * plenty of the other control bytes without it.
 */
const NON_TEXT = /[\x00-\x07\x0b\x0e-\x1a\x1c-\x1f\x7f\ufffd]/;

/**
 * Binary data rather than device text: a known magic number (read as bytes: the text may have been
 * decoded as UTF-8, where high bytes became U+FFFD, or as Latin-1), or more than a tenth of the first
 * 8 Ki characters NULs, stray control characters (backspaces aside) or undecodable bytes.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  if (n === 0) return false;
  if (MAGIC.some((re) => re.test(text))) return true;
  // Device text has none of them, usually: one regular-expression search of the head says so.
  if (!NON_TEXT.test(n < text.length ? text.slice(0, n) : text)) return false;
  let nonText = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((isStrayControl(c) && c !== 8) || c === 0xfffd) nonText++;
  }
  return nonText / n > NON_TEXT_SHARE;
}

/** Where NULs and stray control characters were taken out of a text, to put positions back. */
export interface ControlStrip {
  /** The text without them: what the parsers read. Line breaks are kept, so line numbers do not move. */
  text: string;
  /** Per line, the original columns of the characters taken out, ascending. */
  removed: Map<number, number[]>;
}


/** Does the text hold a NUL or another stray control character (what stripControl takes out)? */
export function hasStrayControl(text: string): boolean {
  return hasStrayControlChar(text);
}

/**
 * Takes NULs and stray control characters out of a text that is otherwise device text (a console
 * capture across a reload, a pager's backspaces): they are nothing to the device's own parser either.
 * A backspace also takes out the character before it on its line that is still there, as the
 * operator's screen showed the capture: the pager's ` --More-- ` erased by backspaces, spaces and
 * backspaces, or a typed `\b \b`, leaves the next command at column 0, where it stood (left in, it made
 * ` --More--           ip name-server …` an indented line: no name server, a false alarm).
 * Undefined when there are none, the common case, which then costs one scan. Where they are comes
 * from the WebAssembly scan (strayScan.ts) and their lines from the line index: a JavaScript loop over
 * every character cost 45 ms for a 10 MiB config holding one BEL, four times the rest of its lint.
 * `scan`: what scanText() told of this very text (lint() has it), so the text is not read again.
 */
export function stripControl(text: string, scan?: TextScan): ControlStrip | undefined {
  const { runs, ascii } = scan?.runs ?? strayRuns(text);
  if (runs.length === 0) return undefined;
  // Line numbers as the parsers will count them (LF, CR LF, a lone CR): stray characters are never
  // line breaks, and nothing is taken out across one, so lines do not move.
  const lines = new TextLines(text, undefined, scan?.lines);
  // What is taken out: start and end offsets, two numbers a cut, ascending and apart.
  const cuts: number[] = [];
  let line = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const i = runs[r];
    let end = runs[r + 1];
    if (lines.ends[line] < i) line = lines.lineAt(i);
    const lineStart = lines.starts[line] + (line === 0 ? lines.bomLength : 0);
    let erase = 0;
    for (let k = i; k < end; k++) if (text.charCodeAt(k) === 8) erase++;
    let start = i;
    for (;;) {
      // A cut that ends where this one starts becomes part of it (characters it took are not erased twice).
      if (cuts.length > 0 && cuts[cuts.length - 1] === start && start > lineStart) {
        start = cuts[cuts.length - 2];
        cuts.length -= 2;
        continue;
      }
      if (erase === 0 || start <= lineStart) break;
      start--;
      erase--;
    }
    // A line between a CR and an LF keeps its last character: emptied, it would join the two line
    // breaks into one (`\r\0\0\n` is two lines, as the editor counts them).
    if (text.charCodeAt(start - 1) === 13 && text.charCodeAt(end) === 10) end--;
    if (end > start) cuts.push(start, end);
  }
  const removed = new Map<number, number[]>();
  const kept: number[] = [];
  let from = 0;
  line = 0;
  for (let c = 0; c < cuts.length; c += 2) {
    const start = cuts[c];
    const end = cuts[c + 1];
    kept.push(from, start);
    from = end;
    if (lines.ends[line] < start) line = lines.lineAt(start);
    const lineStart = lines.starts[line];
    let cols = removed.get(line);
    if (!cols) removed.set(line, (cols = []));
    for (let k = start; k < end; k++) cols.push(k - lineStart);
  }
  kept.push(from, text.length);
  return { text: joinParts(text, kept, ascii), removed };
}

/** Node's Buffer, as far as joinParts uses it. */
interface BufferApi {
  allocUnsafe(size: number): { write(text: string, offset: number, encoding: 'latin1'): number; toString(encoding: 'latin1', start: number, end: number): string };
}
const NodeBuffer = (globalThis as unknown as { Buffer?: BufferApi }).Buffer;

/**
 * The parts of `text` (start and end offsets) joined into one string. An ASCII text's parts are copied
 * into one buffer, a byte each, and read back as Latin-1: Array.join of 17,800 parts of a 10 MiB
 * capture (a pager's backspaces on every page) took 13 ms, the buffer 4.
 */
function joinParts(text: string, parts: number[], ascii: boolean): string {
  if (ascii && NodeBuffer && parts.length > 8) {
    let size = 0;
    for (let p = 0; p < parts.length; p += 2) size += parts[p + 1] - parts[p];
    const buffer = NodeBuffer.allocUnsafe(size);
    let at = 0;
    for (let p = 0; p < parts.length; p += 2) if (parts[p + 1] > parts[p]) at += buffer.write(text.slice(parts[p], parts[p + 1]), at, 'latin1');
    return buffer.toString('latin1', 0, at);
  }
  const pieces: string[] = [];
  for (let p = 0; p < parts.length; p += 2) pieces.push(text.slice(parts[p], parts[p + 1]));
  return pieces.join('');
}

/**
 * A position in the stripped text as a position in the original. `end` positions stay before the
 * characters taken out right after them, so a range never swallows them.
 */
export function unstripPosition(strip: ControlStrip, line: number, character: number, end = false): number {
  const cols = strip.removed.get(line);
  if (!cols) return character;
  let col = character;
  for (const r of cols) {
    if (r < col || (!end && r === col)) col++;
    else break;
  }
  return col;
}
