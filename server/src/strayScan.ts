// Is there a NUL or another stray control character anywhere in a text (sniff.ts stripControl)? The
// answer is almost always no, and finding that out was one regular-expression pass over every
// character: about 10 ms of a 10 MiB lint, the largest single cost on most config shapes (issue 16).
//
// Here the text is copied as UTF-8 into a small WebAssembly memory, 1 Mi characters at a time
// (TextEncoder.encodeInto: a straight copy for ASCII), and a SIMD loop looks at 64 bytes a turn:
// about 1.5 ms for 10 MiB. A stray character is ASCII, so it is the same byte in UTF-8, and no byte of
// a multi-byte sequence is below 0x80: the answer is the same as the regular expression's. The
// module is these fixed bytes, built below, never code from the text. Where WebAssembly cannot be
// instantiated (a memory limit, an embedder that refuses it) the regular expression answers.
//
// The same module indexes the line feeds of an ASCII text for TextLines (parse/lines.ts): a JavaScript
// loop calling indexOf once a line took 4 to 10 ms for a 10 MiB config, 8 to 23 ms on the first, cold
// run (the more lines, the more). The SIMD loop writes each line feed's offset, and the offset after
// it, into two areas of the memory, and JavaScript copies both out whole: no JavaScript runs per line,
// and TextLines takes 2.3 to 3.7 ms warm, 5 to 10.5 ms cold (its search for a CR included).

/** The regular expression's answer: no stray control character anywhere (see sniff.ts). */
const CLEAN = /^[^\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]*$/;

/** C0 controls other than tab, line feed, form feed, carriage return and escape; and DEL. */
function isStrayByte(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) || c === 127;
}

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
/** Signed LEB128, as i32.const reads its operand (64 is 0xc0 0x00, not 0x40). */
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
};
const simd = (op: number) => [0xfd, ...uleb(op)];

/**
 * scan(p, end): 1 when a byte in [p, end) is a stray control byte, else 0; (end - p) a multiple of 64.
 * Per 16 bytes v: swizzle(LOW, v) flags the stray bytes 0x00-0x0f, swizzle(HIGH, v ^ 0x10) those of
 * 0x10-0x1f (swizzle gives 0 for an index of 16 or more), v == 0x7f flags DEL.
 */
function moduleBytes(): Uint8Array {
  const low: number[] = [];
  const high: number[] = [];
  for (let i = 0; i < 16; i++) {
    low.push(isStrayByte(i) ? 0xff : 0);
    high.push(isStrayByte(i + 16) ? 0xff : 0);
  }
  // Locals: 0 p, 1 end (i32 parameters); v128: 2 LOW, 3 HIGH, 4 splat(0x7f), 5 v, 6 flags, 7 splat(0x10).
  const get = (i: number) => [0x20, i];
  const set = (i: number) => [0x21, i];
  const i32 = (n: number) => [0x41, ...sleb(n)];
  const flagsAt = (offset: number) => [
    ...get(0), ...simd(0x00), 4, ...uleb(offset), ...set(5), // v = v128.load offset=…
    ...get(2), ...get(5), ...simd(0x0e), // i8x16.swizzle(LOW, v)
    ...get(3), ...get(5), ...get(7), ...simd(0x51), ...simd(0x0e), ...simd(0x50), // | swizzle(HIGH, v ^ 0x10)
    ...get(5), ...get(4), ...simd(0x23), ...simd(0x50), // | (v == 0x7f)
  ];
  const body = [
    1, 6, 0x7b, // six v128 locals
    ...simd(0x0c), ...low, ...set(2),
    ...simd(0x0c), ...high, ...set(3),
    ...i32(0x7f), ...simd(0x0f), ...set(4),
    ...i32(0x10), ...simd(0x0f), ...set(7),
    0x02, 0x40, 0x03, 0x40, // block, loop
    ...get(0), ...get(1), 0x4f, 0x0d, 1, // p >= end: out
    ...flagsAt(0), ...set(6),
    ...flagsAt(16), ...get(6), ...simd(0x50), ...set(6),
    ...flagsAt(32), ...get(6), ...simd(0x50), ...set(6),
    ...flagsAt(48), ...get(6), ...simd(0x50),
    ...simd(0x53), 0x04, 0x40, ...i32(1), 0x0f, 0x0b, // v128.any_true: return 1
    ...get(0), ...i32(64), 0x6a, ...set(0),
    0x0c, 0, 0x0b, 0x0b, // br loop; end; end
    ...i32(0), 0x0b,
  ];
  const lines = linesBody();
  const section = (id: number, bytes: number[]) => [id, ...uleb(bytes.length), ...bytes];
  const name = (s: string) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [2, 0x60, 2, 0x7f, 0x7f, 1, 0x7f, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 1, 0x7f]), // types (i32, i32) -> i32, (i32 x4) -> i32
    ...section(3, [2, 0, 1]), // scan, lines
    ...section(5, [1, 0, ...uleb(PAGES)]), // memory, PAGES pages
    ...section(7, [3, ...name('mem'), 2, 0, ...name('scan'), 0, 0, ...name('lines'), 0, 1]),
    ...section(10, [2, ...uleb(body.length), ...body, ...uleb(lines.length), ...lines]),
  ]);
}

/**
 * lines(p, end, out, base) -> count, (end - p) a multiple of 64: for each line feed in [p, end), in
 * order, stores its offset in the text (base + its address) at out + 4k and that offset + 1 (where
 * the next line starts) at out + 4k + STARTS_GAP. Per 64 bytes: the four i8x16.bitmask(v == '\n')
 * make a 64-bit mask with a bit per line feed, whose lowest bit is taken (ctz) and cleared
 * (m & (m - 1)) once per line feed. The first FIRST are taken without looking at how many there
 * are (64 bytes of a config mostly hold one to three): a branch per line feed, as often mispredicted
 * as not, made the loop twice as slow. What is written past the count (ctz of 0 is 64) is
 * overwritten by the next turn or never read; the areas have room for it.
 */
function linesBody(): number[] {
  // Locals: 0 p, 1 end, 2 out, 3 base (i32 parameters); i32: 4 q (where the next pair goes),
  // 5 offset, 6 base + p, 7 count in these 64 bytes; i64: 8 mask; v128: 9 splat('\n').
  const get = (i: number) => [0x20, i];
  const set = (i: number) => [0x21, i];
  const tee = (i: number) => [0x22, i];
  const i32 = (n: number) => [0x41, ...sleb(n)];
  const i64 = (n: number) => [0x42, ...sleb(n)];
  const add = 0x6a;
  const maskAt = (offset: number) => [
    ...get(0), ...simd(0x00), 4, ...uleb(offset), // v128.load align=16 offset=…
    ...get(9), ...simd(0x23), ...simd(0x64), 0xad, // i64.extend_i32_u(i8x16.bitmask(i8x16.eq(v, '\n')))
    ...(offset ? [...i64(offset), 0x86] : []), // << offset (i64.shl)
  ];
  // Stores the pair for the mask's lowest line feed at q + at and clears its bit.
  const take = (at: number) => [
    ...get(4), ...get(6), ...get(8), 0x7a, 0xa7, add, ...tee(5), // offset = base + p + i32.wrap_i64(i64.ctz(mask))
    0x36, 2, ...uleb(at), // i32.store align=4 offset=at: the line's end
    ...get(4), ...get(5), ...i32(1), add,
    0x36, 2, ...uleb(STARTS_GAP + at), // i32.store align=4 offset=STARTS_GAP+at: the next line's start
    ...get(8), ...get(8), ...i64(1), 0x7d, 0x83, ...set(8), // mask &= mask - 1 (i64.sub, i64.and)
  ];
  const first: number[] = [];
  for (let k = 0; k < FIRST; k++) first.push(...take(4 * k));
  return [
    3, 4, 0x7f, 1, 0x7e, 1, 0x7b, // four i32 locals, one i64, one v128
    ...i32(10), ...simd(0x0f), ...set(9), // i8x16.splat('\n')
    ...get(2), ...set(4),
    0x02, 0x40, 0x03, 0x40, // block, loop (64 bytes a turn)
    ...get(0), ...get(1), 0x4f, 0x0d, 1, // p >= end (i32.ge_u): out
    ...maskAt(0), ...maskAt(16), 0x84, ...maskAt(32), 0x84, ...maskAt(48), 0x84, ...set(8), // joined (i64.or)
    ...get(8), 0x7b, 0xa7, ...set(7), // count = i32.wrap_i64(i64.popcnt(mask))
    ...get(3), ...get(0), add, ...set(6),
    ...first,
    ...get(7), ...i32(FIRST), 0x4b, 0x04, 0x40, // count > FIRST (i32.gt_u): if
    ...get(4), ...i32(4 * FIRST), add, ...set(4),
    0x02, 0x40, 0x03, 0x40, // block, loop (a line feed a turn)
    ...get(8), 0x50, 0x0d, 1, // mask == 0 (i64.eqz): out
    ...take(0),
    ...get(4), ...i32(4), add, ...set(4),
    0x0c, 0, 0x0b, 0x0b, // br loop; end; end
    ...get(4), ...get(7), ...i32(2), 0x74, 0x6b, ...set(4), // q -= 4 * count: back where the turn began
    0x0b, // end if
    ...get(4), ...get(7), ...i32(2), 0x74, add, ...set(4), // q += 4 * count (i32.shl)
    ...get(0), ...i32(64), add, ...set(0),
    0x0c, 0, 0x0b, 0x0b, // br loop; end; end
    ...get(4), ...get(2), 0x6b, ...i32(2), 0x76, // (q - out) >> 2 (i32.shr_u): the count
    0x0b,
  ];
}

/** Characters copied at a time: their UTF-8 takes at most 3 bytes each. */
const CHUNK = 1 << 20;
/** Characters copied at a time for the line index: ASCII only, a byte each. */
const LINE_CHUNK = 1 << 18;
/** The memory: the copied text, then the line ends and the line starts, room for one of each per byte of a chunk (and a few written past the count). */
const ENDS_AT = 3 * CHUNK;
/** Line feeds stored before the count is looked at, in every 64 bytes (see linesBody). */
const FIRST = 3;
const STARTS_GAP = 4 * (LINE_CHUNK + 64);
const PAGES = Math.ceil((ENDS_AT + 2 * STARTS_GAP) / 65536);

interface Scanner {
  bytes: Uint8Array;
  /** The part of the memory the text is copied into. */
  input: Uint8Array;
  scan: (p: number, end: number) => number;
  lines: (p: number, end: number, out: number, base: number) => number;
  /** The two areas lines() writes: line ends (its line feeds) and the starts after them. */
  ends: Int32Array;
  starts: Int32Array;
}

/** The little of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { mem: { buffer: ArrayBuffer }; scan: Scanner['scan']; lines: Scanner['lines'] } };
}

let scanner: Scanner | null | undefined;
const encoder = new TextEncoder();

function getScanner(): Scanner | null {
  if (scanner === undefined) {
    try {
      const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
      if (!wasm) throw new Error('no WebAssembly');
      const { mem, scan, lines } = new wasm.Instance(new wasm.Module(moduleBytes())).exports;
      scanner = {
        bytes: new Uint8Array(mem.buffer),
        input: new Uint8Array(mem.buffer, 0, ENDS_AT),
        scan,
        lines,
        ends: new Int32Array(mem.buffer, ENDS_AT, LINE_CHUNK),
        starts: new Int32Array(mem.buffer, ENDS_AT + STARTS_GAP, LINE_CHUNK),
      };
    } catch {
      scanner = null;
    }
  }
  return scanner;
}

/** Below this the regular expression is as quick and no module is made. */
const SMALL = 4096;

/** Does the text hold a NUL or another stray control character? `chunk`: characters copied at a time (tests). */
export function hasStrayControlChar(text: string, chunk = CHUNK): boolean {
  const s = text.length >= SMALL ? getScanner() : null;
  if (!s) return !CLEAN.test(text);
  const { bytes, scan } = s;
  const step = Math.min(chunk, CHUNK);
  for (let at = 0; at < text.length; at += step) {
    const { written } = encoder.encodeInto(at === 0 && text.length <= step ? text : text.slice(at, at + step), s.input);
    const whole = written - (written % 64);
    if (scan(0, whole)) return true;
    for (let i = whole; i < written; i++) if (isStrayByte(bytes[i])) return true;
  }
  return false;
}

/** The WebAssembly scan is in use (tests: the regular expression must not answer in its place unseen). */
export function strayScanUsesWasm(): boolean {
  return getScanner() !== null;
}

/** Where each line starts and where its content ends, as TextLines keeps them. */
export interface LineIndex {
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The lines of a text split at line feeds only (the caller has found no carriage return), or null when
 * the text is small, holds a character outside ASCII or WebAssembly is missing: the caller's JavaScript
 * walk answers then. `chunk`: characters copied at a time (tests).
 */
export function lineFeedIndex(text: string, chunk = LINE_CHUNK): LineIndex | null {
  const s = text.length >= SMALL ? getScanner() : null;
  if (!s) return null;
  return scanPieces(s, text, Math.max(1, Math.min(chunk, LINE_CHUNK)), false, true).lines;
}

/** What one copy of a text into the module tells: a stray control character, and the line index. */
export interface TextScan {
  stray: boolean;
  /** lineFeedIndex()'s answer, null where it gives none (CR, non-ASCII, small, no WebAssembly) or a stray character was found. */
  lines: LineIndex | null;
}

/**
 * hasStrayControlChar() and lineFeedIndex() from one copy of the text (lint() asks both of every
 * text: copying 10 MiB into the module is about 0.6 ms, half of what either costs). Same answers.
 */
export function scanText(text: string): TextScan {
  const s = text.length >= SMALL ? getScanner() : null;
  if (!s) return { stray: !CLEAN.test(text), lines: null };
  return scanPieces(s, text, LINE_CHUNK, true, text.indexOf('\r') < 0);
}

/**
 * Copies `text` into the module `step` characters at a time; looks for a stray control character
 * when `stray`, and indexes the line feeds while `indexing` (LF-only text) and every piece is ASCII.
 */
function scanPieces(s: Scanner, text: string, step: number, stray: boolean, indexing: boolean): TextScan {
  const { bytes, input, scan, lines } = s;
  let starts = new Int32Array(0);
  let ends = starts;
  let count = 0;
  for (let at = 0; at < text.length; at += step) {
    const piece = at === 0 && text.length <= step ? text : text.slice(at, at + step);
    const { read, written } = encoder.encodeInto(piece, input);
    if (stray) {
      const whole = written - (written % 64);
      if (scan(0, whole)) return { stray: true, lines: null };
      for (let i = whole; i < written; i++) if (isStrayByte(bytes[i])) return { stray: true, lines: null };
    }
    // Byte offsets are character offsets only while every character is one byte: ASCII.
    if (indexing && (read !== piece.length || written !== read)) indexing = false;
    if (!indexing) {
      if (stray) continue;
      break;
    }
    const padded = (written + 63) & ~63;
    bytes.fill(0, written, padded);
    const n = lines(0, padded, ENDS_AT, at);
    if (count + n + 1 > starts.length) {
      // Sized from the line feeds seen so far, with an eighth to spare, so it seldom grows twice.
      const size = Math.max(count + n + 1, Math.ceil(((count + n + 1) * text.length) / (at + piece.length) * 1.125) + 64);
      const grownStarts = new Int32Array(size);
      const grownEnds = new Int32Array(size);
      grownStarts.set(starts.subarray(0, count + 1));
      grownEnds.set(ends.subarray(0, count));
      starts = grownStarts;
      ends = grownEnds;
    }
    ends.set(s.ends.subarray(0, n), count);
    starts.set(s.starts.subarray(0, n), count + 1);
    count += n;
  }
  if (!indexing) return { stray: false, lines: null };
  ends[count] = text.length;
  return { stray: false, lines: { starts: starts.slice(0, count + 1), ends: ends.slice(0, count + 1) } };
}
