// Reading a file as device text: UTF-8 (invalid bytes become U+FFFD, positions stay right),
// UTF-16 with a byte order mark, and a UTF-8 BOM kept aside so positions match what editors show.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { looksBinary } from './engine';
import { spliceFixedLines } from './spliceFix';

/** Above this the CLI refuses a file rather than risk the machine's memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

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
  if (replaced > 0 && replaced !== countBytes(body, REPLACEMENT)) return { text, bom, original: body };
  return { text, bom };
}

export function decode(buf: Buffer): DeviceText {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.toString('utf16le', 2), bom: 'utf16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le'), bom: 'utf16be' };
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return fromUtf8(buf.subarray(3), 'utf8');
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

function readHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

export function readDeviceText(path: string): DeviceText {
  const st = statSync(path);
  // A pipe named on the command line (/dev/stdin, a FIFO, bash's <(…)) has no size: read it to its end.
  // /dev/stdin is read through descriptor 0: when standard input is a socket (as a parent process
  // may hand it), opening /dev/stdin by name fails with ENXIO.
  if (!st.isFile()) return decode(readFileSync(path === '/dev/stdin' ? 0 : path));
  const size = st.size;
  if (size > HEAD_BYTES) {
    // Binary data (an image, a core file, a sparse file of NULs) is told from its head: reading and
    // holding the rest would be work for one "not device text" notice.
    const head = decode(readHead(path, HEAD_BYTES));
    if (looksBinary(head.text)) return { ...head, binary: true };
  }
  const mib = (n: number) => (n / 1048576).toFixed(0);
  if (size > MAX_FILE_BYTES) {
    throw new Error(`${mib(size)} MiB, above the ${MAX_FILE_BYTES / 1048576} MiB this linter reads; split the capture (for example by show-tech section) and lint the parts`);
  }
  // Refuse, with the way out, rather than run out of memory half-way.
  const heap = getHeapStatistics();
  const available = heap.heap_size_limit - heap.used_heap_size;
  const need = size * HEAP_PER_FILE_BYTE;
  if (need > available) {
    throw new Error(`${mib(size)} MiB: linting it needs about ${mib(need)} MiB of memory and this Node.js process may use ${mib(available)} MiB more: split the capture, or allow more with NODE_OPTIONS=--max-old-space-size=${Math.ceil((need + heap.used_heap_size) / 1048576 / 256) * 256}`);
  }
  return decode(readFileSync(path));
}

/** Standard input to its end (`cisco-license-lint -`). */
export function readStdinText(): DeviceText {
  return decode(readFileSync(0));
}
