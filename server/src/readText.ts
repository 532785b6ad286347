// Reading a file as device text: UTF-8 (invalid bytes become U+FFFD, positions stay right),
// UTF-16 with a byte order mark, and a UTF-8 BOM kept aside so positions match what editors show.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { looksBinary } from './engine';
import { t } from './l10n';
import { spliceFixedLines } from './spliceFix';

/** Above this the CLI refuses a file rather than risk the machine's memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Above this a file's head is read and sniffed before the rest (a large binary file is never read whole). */
const SNIFF_ABOVE_BYTES = 8 * 1024 * 1024;

let scratchBuffer: Buffer | undefined;
/** Where a read past a file's known end lands (nothing, unless the file grew meanwhile). */
let probe: Buffer | undefined;
/** A buffer of at least `size` bytes, reused from file to file (its first `size` bytes). */
function scratch(size: number): Buffer {
  if (!scratchBuffer || scratchBuffer.length < size) scratchBuffer = Buffer.allocUnsafe(Math.max(size, 256 * 1024));
  return scratchBuffer.subarray(0, size);
}

/**
 * Up to this size a large file is read into one buffer of its own, and plain ASCII becomes its string
 * by a straight copy: half the time of readFileSync's UTF-8 decoding (10 MiB: 12 ms against 25).
 * Above it, memory comes first (see below): at 50 MiB the buffer living on through the lint raised
 * the peak from 2.9 to 3.6 times the file.
 */
const ONE_BUFFER_MAX_BYTES = 32 * 1024 * 1024;

/** Enough of a file to tell binary data from device text (looksBinary reads the first 8 Ki characters). */
const HEAD_BYTES = 64 * 1024;

/**
 * Heap the CLI needs per byte of file, for the text, the model, the findings and the report. The
 * least heap that lints 20 MiB of each example repeated, in JSON (November 2026): a show-tech 5.5
 * bytes a byte, configs 8.8, an event log 7.2, dense failure logs (a finding with related lines
 * every few lines) 14 to 16.7; a 200 MB show-tech needs between 768 and 1024 MiB. Taking the worst
 * refuses some files a process could have linted, with the way out in the message, rather than let
 * V8 abort half-way ("JavaScript heap out of memory" cannot be caught).
 */
const HEAP_PER_FILE_BYTE = 17;

/** Files above this have their heap need checked before they are read (HEAP_PER_FILE_BYTE). */
const HEAP_CHECK_ABOVE_BYTES = 4 * 1024 * 1024;

export interface DeviceText {
  text: string;
  /** The byte order mark the file had, to write it back on --fix. */
  bom: '' | 'utf8' | 'utf16le' | 'utf16be';
  /** Binary data recognised from the file's head: `text` is that head only, the rest was never read. */
  binary?: boolean;
  /**
   * The file's bytes (after any BOM) when they are not valid UTF-8 (a Latin-1 or Windows-1252 banner):
   * `text` shows those bytes as U+FFFD, so --fix writes the original bytes of every line it keeps.
   */
  original?: Buffer;
}

/** How often `needle` occurs in `buf`. */
function countBytes(buf: Buffer, needle: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(needle); i >= 0; i = buf.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** U+FFFD as UTF-8. */
const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);

/** UTF-8 text, with the bytes kept aside when decoding replaced some of them. */
function fromUtf8(body: Buffer, bom: '' | 'utf8'): DeviceText {
  const text = body.toString('utf8');
  // Every U+FFFD that is not an EF BF BD of the file stands for bytes that were not UTF-8.
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  // A copy: the CLI reads a fleet's files into one reused buffer.
  if (replaced > 0 && replaced !== countBytes(body, REPLACEMENT)) return { text, bom, original: Buffer.from(body) };
  return { text, bom };
}

/**
 * `latin1ForAscii`: decode plain ASCII as Latin-1 (the same text, by a straight copy). Off for large
 * files: Node makes a large Latin-1 string outside the JavaScript heap, the heap stays small, the
 * collector runs late and the file's buffer outlives the decoding (a 200 MB capture peaked at
 * 485 MiB instead of 440).
 */
export function decode(buf: Buffer, latin1ForAscii = true): DeviceText {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.toString('utf16le', 2), bom: 'utf16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le'), bom: 'utf16be' };
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return fromUtf8(buf.subarray(3), 'utf8');
  // Plain ASCII (most configs and captures) decodes the same as Latin-1; isAscii is one vectorised pass.
  if (latin1ForAscii && isAscii(buf)) return { text: buf.toString('latin1'), bom: '' };
  return fromUtf8(buf, '');
}

/**
 * The bytes to write for `dt` fixed into `text`: the whole text encoded, or for a file that is not
 * valid UTF-8 its original bytes with only the changed lines replaced (spliceFix.ts).
 */
export function encodeFixed(dt: DeviceText, text: string): { bytes: Buffer } | { refused: string } {
  if (!dt.original) return { bytes: encode({ ...dt, text }) };
  const r = spliceFixedLines(dt.original, dt.text, text);
  if ('refused' in r) return r;
  return { bytes: dt.bom === 'utf8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), r.bytes]) : r.bytes };
}

export function encode(t: DeviceText): Buffer {
  if (t.bom === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t.text, 'utf16le')]);
  if (t.bom === 'utf16be') {
    const b = Buffer.from(t.text, 'utf16le');
    b.swap16();
    return Buffer.concat([Buffer.from([0xfe, 0xff]), b]);
  }
  const body = Buffer.from(t.text, 'utf8');
  return t.bom === 'utf8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** The whole file from its first byte, by positioned reads (to its end, should it have grown). */
function readFrom0(fd: number, size: number): Buffer {
  const parts = [Buffer.allocUnsafe(size)];
  let have = readFully(fd, parts[0], 0, size, 0);
  if (have < size) return parts[0].subarray(0, have);
  for (;;) {
    const chunk = Buffer.allocUnsafe(65536);
    const n = readFully(fd, chunk, 0, chunk.length, have);
    if (n === 0) break;
    parts.push(chunk.subarray(0, n));
    have += n;
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

/** The bytes begin with a UTF-8 or UTF-16 byte order mark (what decode() looks for). */
function hasByteOrderMark(head: Buffer): boolean {
  return (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) ||
    (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf);
}

/** Reads `length` bytes at `position` of an open file into `buf` at `offset`, to the end (short reads repeat). */
function readFully(fd: number, buf: Buffer, offset: number, length: number, position: number): number {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, offset + done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

/**
 * One open, one fstat and one pass over the bytes (issue 16: a fleet paid a stat and a separate read
 * of each file's head before reading it whole). The head is read first, into the buffer that will
 * hold the whole file, so binary data is still told from its head without reading the rest.
 */
export function readDeviceText(path: string): DeviceText {
  // /dev/stdin is read through descriptor 0: when standard input is a socket (as a parent process
  // may hand it), opening /dev/stdin by name fails with ENXIO.
  const fd = path === '/dev/stdin' ? 0 : openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    // A pipe named on the command line (/dev/stdin, a FIFO, bash's <(…)) has no size: read it to its end.
    if (!st.isFile()) return decode(readFileSync(fd));
    const size = st.size;
    // Files of a fleet's size are read into one buffer kept for the next file (a fresh buffer per
    // file was garbage for the collector); the text is a copy, so nothing keeps the buffer.
    const small = size <= SNIFF_ABOVE_BYTES;
    const oneBuffer = size <= ONE_BUFFER_MAX_BYTES;
    const buf = small ? scratch(size) : Buffer.allocUnsafe(oneBuffer ? size : HEAD_BYTES);
    let have = 0;
    // Up to a few MiB the whole file costs less to read than to open twice; lint() tells binary data
    // from the same first characters. Above, binary data is told from its head before the rest is read.
    if (!small && size > HEAD_BYTES) {
      // Binary data (an image, a core file, a sparse file of NULs) is told from its head: reading and
      // holding the rest would be work for one "not device text" notice.
      have = readFully(fd, buf, 0, HEAD_BYTES, 0);
      const head = decode(buf.subarray(0, have));
      if (looksBinary(head.text)) return { ...head, binary: true };
    }
    const mib = (n: number) => (n / 1048576).toFixed(0);
    if (size > MAX_FILE_BYTES) {
      throw new Error(t('{size} MiB, above the {limit} MiB this linter reads; split the capture (for example by show-tech section) and lint the parts', { size: mib(size), limit: MAX_FILE_BYTES / 1048576 }));
    }
    // Refuse, with the way out, rather than run out of memory half-way. node:v8 is loaded for files
    // above a few MiB only (loading it was most of a millisecond of every CLI start): below, a lint
    // needs under 70 MiB of heap, and Node's smallest default limit is ten times that.
    const heap = size > HEAP_CHECK_ABOVE_BYTES ? (require('node:v8') as typeof import('node:v8')).getHeapStatistics() : undefined;
    const available = heap ? heap.heap_size_limit - heap.used_heap_size : Infinity;
    const need = size * HEAP_PER_FILE_BYTE;
    if (heap && need > available) {
      throw new Error(t('{size} MiB: linting it needs about {need} MiB of memory and this Node.js process may use {available} MiB more: split the capture, or allow more with {setting}', {
        size: mib(size), need: mib(need), available: mib(available),
        setting: `NODE_OPTIONS=--max-old-space-size=${Math.ceil((need + heap.used_heap_size) / 1048576 / 256) * 256}`,
      }));
    }
    // Above ONE_BUFFER_MAX_BYTES a file is read whole by readFileSync (read by hand into one buffer with its
    // head, a 200 MB capture peaked at 481 MiB instead of 440: that buffer lived on through the lint).
    // Without a byte order mark it is read and decoded in one call (readFileSync with 'utf8'): the
    // bytes are freed as soon as the string is made, instead of living on until the collector finds
    // the Buffer, through the lint (a 200 MB capture peaked at 521 MiB). Text holding U+FFFD may have
    // had bytes that are not UTF-8: it is read again the other way, which keeps those bytes (rare).
    if (!oneBuffer) {
      if (!hasByteOrderMark(buf.subarray(0, have))) {
        const text = readFileSync(fd, 'utf8');
        if (text.indexOf('\uFFFD') < 0) return { text, bom: '' };
        // That read moved the file's position to its end: the bytes are read again from the start.
        return decode(readFrom0(fd, size), false);
      }
      return decode(readFileSync(fd), false);
    }
    have += readFully(fd, buf, have, size - have, have);
    // A file that grew while it was read is read to its end, as readFileSync would.
    if (have === size) {
      const more: Buffer[] = [];
      for (;;) {
        // The look past the end finds nothing but for a file that grew: it reads into one buffer
        // kept for it (a fresh 64 KiB per file was garbage for the collector on a fleet).
        probe ??= Buffer.allocUnsafe(65536);
        const n = readFully(fd, probe, 0, probe.length, have);
        if (n === 0) break;
        more.push(Buffer.from(probe.subarray(0, n)));
        have += n;
        if (n < probe.length) break;
      }
      if (more.length) return decode(Buffer.concat([buf, ...more]));
    }
    return decode(buf.subarray(0, have));
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** Standard input to its end (`cisco-license-lint -`). */
export function readStdinText(): DeviceText {
  return decode(readFileSync(0));
}
