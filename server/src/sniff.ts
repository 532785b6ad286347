import { hasStrayControlChar } from './strayScan';

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
  // NULs a console capture carries at line starts (after a reload) must not hide `^hostname`.
  const head = text.slice(0, 16384).replace(/[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]/g, '');
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

/** A character looksBinary counts against the text (isStrayControl, or U+FFFD). */
const NON_TEXT = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f\ufffd]/;

/**
 * Binary data rather than device text: a known magic number (read as bytes: the text may have been
 * decoded as UTF-8, where high bytes became U+FFFD, or as Latin-1), or more than a tenth of the first
 * 8 Ki characters NULs, stray control characters or undecodable bytes.
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
    if (isStrayControl(c) || c === 0xfffd) nonText++;
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


/**
 * Takes NULs and stray control characters out of a text that is otherwise device text (a console
 * capture across a reload): they are nothing to the device's own parser either. Undefined when there
 * are none, the common case, which then costs one scan.
 */
/** Does the text hold a NUL or another stray control character (what stripControl takes out)? */
export function hasStrayControl(text: string): boolean {
  return hasStrayControlChar(text);
}

export function stripControl(text: string): ControlStrip | undefined {
  if (!hasStrayControlChar(text)) return undefined;
  const removed = new Map<number, number[]>();
  let out = '';
  let line = 0;
  let lineStart = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 13 && text.charCodeAt(i + 1) !== 10) {
      // A lone CR ends a line for the line splitter as well.
      line++;
      lineStart = i + 1;
    } else if (isStrayControl(c)) {
      // A run of them at once. Between a CR and an LF the last one stays: taking them all out would
      // join two line breaks into one (`\r\0\0\n` is two lines, as the editor counts them).
      let j = i + 1;
      while (j < text.length && isStrayControl(text.charCodeAt(j))) j++;
      const end = text.charCodeAt(i - 1) === 13 && text.charCodeAt(j) === 10 ? j - 1 : j;
      if (end > i) {
        out += text.slice(from, i);
        from = end;
        let cols = removed.get(line);
        if (!cols) removed.set(line, (cols = []));
        for (let k = i; k < end; k++) cols.push(k - lineStart);
      }
      i = j - 1;
    }
  }
  out += text.slice(from);
  return { text: out, removed };
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
