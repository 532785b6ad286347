// Is there a NUL or another stray control character anywhere in a text (sniff.ts stripControl)? The
// answer is almost always no, and finding that out was one regular-expression pass over every
// character: about 10 ms of a 10 MiB lint, the largest single cost on most config shapes (issue 16).
//
// Here the text is copied into a small WebAssembly memory, 256 Ki characters at a time, a byte per
// character, and a SIMD loop looks at 64 bytes a turn: about 1.5 ms for 10 MiB. ASCII is copied by
// TextEncoder.encodeInto (a straight copy). A piece holding anything else is copied as UTF-16 (Node's
// Buffer.write, a straight copy of V8's two-byte strings) and narrowed in the module to a byte per
// code unit, every unit above 0xff becoming 0xff: the stray characters, CR and LF are all below 0x80
// and keep their bytes, nothing else becomes one of them, and a byte's address is its character's
// offset in the text. The module is these fixed bytes, built below, never code from the text. Where
// WebAssembly cannot be instantiated (a memory limit, an embedder that refuses it), or a text outside
// ASCII meets a runtime without Buffer, the regular expression answers.
//
// The same module indexes the lines of a text for TextLines (parse/lines.ts): a JavaScript loop
// calling indexOf once a line took 4 to 10 ms for a 10 MiB config, 8 to 23 ms on the first, cold run
// (the more lines, the more), and twice that for a config saved with CR LF or holding one character
// outside Latin-1 (a description in another script makes V8's string two-byte). The SIMD loop writes
// each line feed's line end (one less after a CR) and the offset after it into two areas of the
// memory, and JavaScript copies both out whole: no JavaScript runs per line. It counts the CRs and
// the CR LF pairs too: a CR that is not before a LF (a classic Mac line end) leaves the text to the
// JavaScript walk.

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
// The instructions every function below is made of: local.get / local.set / local.tee of local i,
// and i32.const / i64.const n.
const get = (i: number) => [0x20, i];
const set = (i: number) => [0x21, i];
const tee = (i: number) => [0x22, i];
const i32 = (n: number) => [0x41, ...sleb(n)];
const i64 = (n: number) => [0x42, ...sleb(n)];

/**
 * scan(p, end): the address of the first 64 bytes of [p, end) that hold a stray control byte, or end
 * when none does; (end - p) a multiple of 64.
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
    ...simd(0x53), 0x04, 0x40, ...get(0), 0x0f, 0x0b, // v128.any_true: return p
    ...get(0), ...i32(64), 0x6a, ...set(0),
    0x0c, 0, 0x0b, 0x0b, // br loop; end; end
    ...get(1), 0x0b, // end
  ];
  const lines = linesBody();
  const narrow = narrowBody();
  const section = (id: number, bytes: number[]) => [id, ...uleb(bytes.length), ...bytes];
  const name = (s: string) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // types: (i32, i32) -> i32; (i32 x4) -> i32; (i32 x3) -> nothing
    ...section(1, [3, 0x60, 2, 0x7f, 0x7f, 1, 0x7f, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 1, 0x7f, 0x60, 3, 0x7f, 0x7f, 0x7f, 0]),
    ...section(3, [3, 0, 1, 2]), // scan, lines, narrow
    ...section(5, [1, 0, ...uleb(PAGES)]), // memory, PAGES pages
    ...section(7, [4, ...name('mem'), 2, 0, ...name('scan'), 0, 0, ...name('lines'), 0, 1, ...name('narrow'), 0, 2]),
    ...section(10, [3, ...uleb(body.length), ...body, ...uleb(lines.length), ...lines, ...uleb(narrow.length), ...narrow]),
  ]);
}

/**
 * narrow(src, dst, end): the UTF-16 code units at src become bytes at dst (16 a turn, until dst
 * reaches end): min(unit, 0xff) by i16x8.min_u, then i8x16.narrow_i16x8_u, which would make a unit of
 * 0x8000 or more (a negative i16 to it) a 0, a NUL, without the min.
 */
function narrowBody(): number[] {
  // Locals: 0 src, 1 dst, 2 end (i32 parameters); v128: 3 splat(0xff).
  const unitsAt = (offset: number) => [...get(0), ...simd(0x00), 4, ...uleb(offset), ...get(3), ...simd(0x97)]; // i16x8.min_u(v128.load, 0xff)
  return [
    1, 1, 0x7b, // one v128 local
    ...i32(0xff), ...simd(0x10), ...set(3), // i16x8.splat(0xff)
    0x02, 0x40, 0x03, 0x40, // block, loop
    ...get(1), ...get(2), 0x4f, 0x0d, 1, // dst >= end (i32.ge_u): out
    ...get(1), ...unitsAt(0), ...unitsAt(16), ...simd(0x66), ...simd(0x0b), 4, 0, // v128.store(dst, i8x16.narrow_i16x8_u(…))
    ...get(0), ...i32(32), 0x6a, ...set(0),
    ...get(1), ...i32(16), 0x6a, ...set(1),
    0x0c, 0, 0x0b, 0x0b, // br loop; end; end
    0x0b,
  ];
}

/**
 * lines(p, end, out, base) -> count, (end - p) a multiple of 64: for each line feed in [p, end), in
 * order, stores where its line's content ends in the text (base + its address, less one after a CR)
 * at out + 4k and where the next line starts (one past the line feed) at out + 4k + STARTS_GAP; and
 * at COUNTS the CRs of [p, end) and the line feeds right after a CR (the byte at p - 1 included, so a
 * pair split between two copies counts). Per 64 bytes: the four i8x16.bitmask(v == '\n') make a
 * 64-bit mask with a bit per line feed, whose lowest bit is taken (ctz) and cleared (m & (m - 1))
 * once per line feed; the CR mask is made alike, and (cr << 1 | carry) & lf are the pairs. The first
 * FIRST line feeds are taken without looking at how many there are (64 bytes of a config mostly hold
 * one to three): a branch per line feed, as often mispredicted as not, made the loop twice as slow.
 * What is written past the count (ctz of 0 is 64) is overwritten by the next turn or never read; the
 * areas have room for it.
 */
function linesBody(): number[] {
  // Locals: 0 p, 1 end, 2 out, 3 base (i32 parameters); i32: 4 q (where the next pair goes),
  // 5 offset, 6 base + p, 7 count in these 64 bytes; i64: 8 mask; v128: 9 splat('\n'), 10 splat('\r');
  // i64: 11 CR mask, 12 carry (a CR in the byte before these 64); i32: 13 CRs, 14 CR LF pairs;
  // v128: 15 the 16 bytes being looked at.
  const add = 0x6a;
  const sub = 0x6b;
  const popcount = [0x7b, 0xa7]; // i32.wrap_i64(i64.popcnt(…))
  // The masks of the 16 bytes at p + offset: line feeds or-ed into local 8, CRs into local 11 (v128.load
  // once into local 15; i64.extend_i32_u(i8x16.bitmask(i8x16.eq(v, splat))) << offset, i64.shl, i64.or).
  const masksAt = (offset: number) => {
    const mask = (splat: number, into: number) => [
      ...get(15), ...get(splat), ...simd(0x23), ...simd(0x64), 0xad,
      ...(offset ? [...i64(offset), 0x86, ...get(into), 0x84] : []), ...set(into),
    ];
    return [...get(0), ...simd(0x00), 4, ...uleb(offset), ...set(15), ...mask(9, 8), ...mask(10, 11)];
  };
  // Is the byte before `address` (on the stack) a CR: 1 or 0.
  const crBefore = [...i32(1), sub, 0x2d, 0, 0, ...i32(13), 0x46]; // i32.load8_u(address - 1) == 13
  // Stores the pair for the mask's lowest line feed at q + at and clears its bit; `cr`: the line's end
  // is one less after a CR (the byte before the line feed looked at).
  const take = (at: number, cr: boolean) => [
    ...get(4), ...get(6), ...get(8), 0x7a, 0xa7, add, ...tee(5), // offset = base + p + i32.wrap_i64(i64.ctz(mask))
    ...(cr ? [...get(5), ...get(3), sub, ...crBefore, sub] : []), // the line's end: less one after a CR
    0x36, 2, ...uleb(at), // i32.store align=4 offset=at
    ...get(4), ...get(5), ...i32(1), add,
    0x36, 2, ...uleb(STARTS_GAP + at), // i32.store align=4 offset=STARTS_GAP+at: the next line's start
    ...get(8), ...get(8), ...i64(1), 0x7d, 0x83, ...set(8), // mask &= mask - 1 (i64.sub, i64.and)
  ];
  // The line feeds of these 64 bytes: FIRST taken at once, the rest (if any) one a turn.
  const takeAll = (cr: boolean) => {
    const first: number[] = [];
    for (let k = 0; k < FIRST; k++) first.push(...take(4 * k, cr));
    return [
      ...first,
      ...get(7), ...i32(FIRST), 0x4b, 0x04, 0x40, // count > FIRST (i32.gt_u): if
      ...get(4), ...i32(4 * FIRST), add, ...set(4),
      0x02, 0x40, 0x03, 0x40, // block, loop (a line feed a turn)
      ...get(8), 0x50, 0x0d, 1, // mask == 0 (i64.eqz): out
      ...take(0, cr),
      ...get(4), ...i32(4), add, ...set(4),
      0x0c, 0, 0x0b, 0x0b, // br loop; end; end
      ...get(4), ...get(7), ...i32(2), 0x74, sub, ...set(4), // q -= 4 * count: back where the turn began
      0x0b, // end if
    ];
  };
  return [
    7, 4, 0x7f, 1, 0x7e, 1, 0x7b, 1, 0x7b, 2, 0x7e, 2, 0x7f, 1, 0x7b, // four i32 locals, an i64, two v128, two i64, two i32, a v128
    ...i32(10), ...simd(0x0f), ...set(9), // i8x16.splat('\n')
    ...i32(13), ...simd(0x0f), ...set(10), // i8x16.splat('\r')
    ...get(0), ...crBefore, 0xad, ...set(12), // carry = the byte before p is a CR (i64.extend_i32_u)
    ...get(2), ...set(4),
    0x02, 0x40, 0x03, 0x40, // block, loop (64 bytes a turn)
    ...get(0), ...get(1), 0x4f, 0x0d, 1, // p >= end (i32.ge_u): out
    ...masksAt(0), ...masksAt(16), ...masksAt(32), ...masksAt(48),
    ...get(8), ...popcount, ...set(7), // count = popcount(mask)
    ...get(3), ...get(0), add, ...set(6),
    // No CR in these 64 bytes nor just before them (nearly every turn, or none): no line end to move.
    ...get(11), ...get(12), 0x84, 0x50, 0x04, 0x40, // (cr | carry) == 0 (i64.eqz): if
    ...takeAll(false),
    0x05, // else
    ...get(13), ...get(11), ...popcount, add, ...set(13), // CRs += popcount(cr)
    ...get(14), ...get(8), ...get(11), ...i64(1), 0x86, ...get(12), 0x84, 0x83, ...popcount, add, ...set(14), // pairs += popcount(lf & (cr << 1 | carry))
    ...takeAll(true),
    0x0b, // end if
    ...get(11), ...i64(63), 0x88, ...set(12), // carry = cr >> 63 (i64.shr_u)
    ...get(4), ...get(7), ...i32(2), 0x74, add, ...set(4), // q += 4 * count (i32.shl)
    ...get(0), ...i32(64), add, ...set(0),
    0x0c, 0, 0x0b, 0x0b, // br loop; end; end
    ...i32(COUNTS), ...get(13), 0x36, 2, 0, // i32.store(COUNTS, CRs)
    ...i32(COUNTS), ...get(14), 0x36, 2, 4, // i32.store(COUNTS + 4, pairs)
    ...get(4), ...get(2), sub, ...i32(2), 0x76, // (q - out) >> 2 (i32.shr_u): the count
    0x0b,
  ];
}

/** Characters copied at a time, a byte each once in the memory. */
const STEP = 1 << 18;
/** Where a piece is copied: the byte before it holds the piece's previous character when that is a CR. */
const INPUT = 64;
/** Where a piece outside ASCII is copied as UTF-16 before narrow() makes it bytes at INPUT. */
const STAGE = INPUT + STEP + 128;
/** Where lines() leaves its counts: the CRs, then the CR LF pairs. */
const COUNTS = STAGE + 2 * STEP + 64;
/** The line ends lines() writes, then (STARTS_GAP on) the line starts: room for one of each per byte of a piece (and a few written past the count). */
const ENDS_AT = COUNTS + 64;
/** Line feeds stored before the count is looked at, in every 64 bytes (see linesBody). */
const FIRST = 3;
const STARTS_GAP = 4 * (STEP + 64);
const PAGES = Math.ceil((ENDS_AT + 2 * STARTS_GAP) / 65536);

/** Node's Buffer, as far as it is used here: a view of the memory that UTF-16 is written into. */
interface BufferApi {
  from(buffer: ArrayBuffer): { write(text: string, offset: number, length: number, encoding: 'utf16le'): number };
}

interface Scanner {
  bytes: Uint8Array;
  /** Where an ASCII piece is copied (INPUT on). */
  input: Uint8Array;
  /** Writes a piece as UTF-16 at STAGE; undefined without Node's Buffer. */
  writeUtf16: ((piece: string) => number) | undefined;
  counts: Int32Array;
  scan: (p: number, end: number) => number;
  lines: (p: number, end: number, out: number, base: number) => number;
  narrow: (src: number, dst: number, end: number) => void;
  /** The two areas lines() writes: line ends and the starts after them. */
  ends: Int32Array;
  starts: Int32Array;
}

/** The little of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { mem: { buffer: ArrayBuffer }; scan: Scanner['scan']; lines: Scanner['lines']; narrow: Scanner['narrow'] } };
}

let scanner: Scanner | null | undefined;
const encoder = new TextEncoder();

function getScanner(): Scanner | null {
  if (scanner === undefined) {
    try {
      const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
      if (!wasm) throw new Error('no WebAssembly');
      const { mem, scan, lines, narrow } = new wasm.Instance(new wasm.Module(moduleBytes())).exports;
      const nodeBuffer = (globalThis as unknown as { Buffer?: BufferApi }).Buffer;
      const view = typeof nodeBuffer?.from === 'function' ? nodeBuffer.from(mem.buffer) : undefined;
      scanner = {
        bytes: new Uint8Array(mem.buffer),
        input: new Uint8Array(mem.buffer, INPUT, STEP),
        writeUtf16: view && ((piece) => view.write(piece, STAGE, 2 * STEP, 'utf16le')),
        counts: new Int32Array(mem.buffer, COUNTS, 2),
        scan,
        lines,
        narrow,
        ends: new Int32Array(mem.buffer, ENDS_AT, STEP),
        starts: new Int32Array(mem.buffer, ENDS_AT + STARTS_GAP, STEP),
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
export function hasStrayControlChar(text: string, chunk = STEP): boolean {
  const s = text.length >= SMALL ? getScanner() : null;
  const found = s && scanPieces(s, text, chunk, 'first', false);
  return found ? found.stray : !CLEAN.test(text);
}

/** The WebAssembly scan is in use (tests: the regular expression must not answer in its place unseen). */
export function strayScanUsesWasm(): boolean {
  return getScanner() !== null;
}

/** Where each line starts and where its content ends, as TextLines keeps them. */
export interface LineIndex {
  starts: Int32Array;
  ends: Int32Array;
  /** Lines ending in CR LF (the others but the last end in LF). */
  crlf: number;
}

/**
 * The lines of a text ending in LF or CR LF, or null when the text is small, holds a CR not before a
 * LF, holds a character outside ASCII where Node's Buffer is missing, or WebAssembly is: the caller's
 * JavaScript walk answers then. `chunk`: characters copied at a time (tests).
 */
export function lineFeedIndex(text: string, chunk = STEP): LineIndex | null {
  const s = text.length >= SMALL ? getScanner() : null;
  return (s && scanPieces(s, text, chunk, 'none', true)?.lines) ?? null;
}

/** What one copy of a text into the module tells: its stray control characters, and the line index. */
export interface TextScan {
  stray: boolean;
  /** lineFeedIndex()'s answer for this text (stray characters and all), null where it gives none. */
  lines: LineIndex | null;
  /** strayRuns()'s answer; absent where the regular expression answered `stray`. */
  runs?: StrayRuns;
}

/**
 * hasStrayControlChar(), strayRuns() and lineFeedIndex() from one copy of the text (lint() asks for
 * the stray characters and the lines of every text: copying 10 MiB into the module is about 0.6 ms,
 * half of what either costs). Same answers.
 */
export function scanText(text: string): TextScan {
  const s = text.length >= SMALL ? getScanner() : null;
  return (s && scanPieces(s, text, STEP, 'all', true)) || { stray: !CLEAN.test(text), lines: null };
}

/** How a text is being copied: `wide` once a piece was outside ASCII (later ones go straight to UTF-16). */
interface Copying {
  wide: boolean;
}

/**
 * Copies a piece of a text into the memory at INPUT, a byte a character, padded with spaces (neither
 * stray nor a line end) to whole turns: the padded length, or -1 when the piece is outside ASCII and
 * there is no Buffer to copy it with.
 */
function copyPiece(s: Scanner, piece: string, copying: Copying): number {
  const n = piece.length;
  // Once a piece is outside ASCII, the text is most likely a two-byte string: later pieces go
  // straight to UTF-16 rather than being encoded twice.
  if (!copying.wide) {
    const { read, written } = encoder.encodeInto(piece, s.input);
    copying.wide = read !== n || written !== n;
  }
  if (copying.wide) {
    if (!s.writeUtf16) return -1;
    s.writeUtf16(piece);
    s.narrow(STAGE, INPUT, INPUT + ((n + 15) & ~15));
  }
  const padded = (n + 63) & ~63;
  s.bytes.fill(32, INPUT + n, INPUT + padded);
  return padded;
}

/** A piece of `text` to copy: the text itself when it is all of it. */
function pieceAt(text: string, at: number, step: number): string {
  return at === 0 && text.length <= step ? text : text.slice(at, at + step);
}

/** Runs of stray characters: start and end offsets, two numbers a run; `ascii` when the text was seen to be all ASCII. */
export interface StrayRuns {
  runs: number[];
  ascii: boolean;
}

const STRAY_RUN = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]+/g;

/**
 * Where the text's stray control characters are (what sniff.ts stripControl takes out), as runs: start
 * and end offsets, two numbers a run, ascending; a run ends where a character that is not stray
 * follows. The module skips 64 characters at a time where there are none; the few turns that hold one
 * are read here. `chunk`: characters copied at a time (tests).
 */
export function strayRuns(text: string, chunk = STEP): StrayRuns {
  const s = text.length >= SMALL ? getScanner() : null;
  const found = s && scanPieces(s, text, chunk, 'all', false);
  if (found?.runs) return found.runs;
  // No module, a small text, or one outside ASCII without Buffer: the regular expression.
  const runs: number[] = [];
  STRAY_RUN.lastIndex = 0;
  for (let m = STRAY_RUN.exec(text); m; m = STRAY_RUN.exec(text)) runs.push(m.index, m.index + m[0].length);
  return { runs, ascii: false };
}

/** Adds the runs of stray bytes in [INPUT, end) to `runs` (offsets in the text: the piece starts at `at`). */
function readRuns(s: Scanner, end: number, at: number, runs: number[]): void {
  const bytes = s.bytes;
  for (let p = s.scan(INPUT, end); p < end; p = s.scan(p, end)) {
    // A run goes on from the previous turn or piece when it ended right where this one starts.
    const turnEnd = p + 64;
    for (let k = p; k < turnEnd; k++) {
      if (!isStrayByte(bytes[k])) continue;
      const offset = at + k - INPUT;
      let last = k + 1;
      while (last < turnEnd && isStrayByte(bytes[last])) last++;
      if (runs.length > 0 && runs[runs.length - 1] === offset) runs[runs.length - 1] = at + last - INPUT;
      else runs.push(offset, at + last - INPUT);
      k = last;
    }
    p = turnEnd;
  }
}

/**
 * Copies `text` into the module `step` characters at a time; looks for stray control characters
 * (`first`: stops at one; `all`: their runs), and indexes the lines when `indexing`. Null when a piece
 * is outside ASCII and there is no Buffer to copy it with.
 */
function scanPieces(s: Scanner, text: string, step: number, stray: 'none' | 'first' | 'all', indexing: boolean): TextScan | null {
  const { bytes, scan, lines, counts } = s;
  step = Math.max(1, Math.min(step, STEP));
  let starts = new Int32Array(0);
  let ends = starts;
  let count = 0;
  let crs = 0;
  let pairs = 0;
  const runs: number[] = [];
  const copying = { wide: false };
  for (let at = 0; at < text.length; at += step) {
    const n = Math.min(step, text.length - at);
    const padded = copyPiece(s, pieceAt(text, at, step), copying);
    if (padded < 0) return null;
    if (stray === 'first' && scan(INPUT, INPUT + padded) < INPUT + padded) return { stray: true, lines: null };
    if (stray === 'all') readRuns(s, INPUT + padded, at, runs);
    if (!indexing) continue;
    bytes[INPUT - 1] = at > 0 && text.charCodeAt(at - 1) === 13 ? 13 : 0;
    const found = lines(INPUT, INPUT + padded, ENDS_AT, at - INPUT);
    crs += counts[0];
    pairs += counts[1];
    if (count + found + 1 > starts.length) {
      // Sized from the line feeds seen so far, with an eighth to spare, so it seldom grows twice.
      const size = Math.max(count + found + 1, Math.ceil(((count + found + 1) * text.length) / (at + n) * 1.125) + 64);
      const grownStarts = new Int32Array(size);
      const grownEnds = new Int32Array(size);
      grownStarts.set(starts.subarray(0, count + 1));
      grownEnds.set(ends.subarray(0, count));
      starts = grownStarts;
      ends = grownEnds;
    }
    ends.set(s.ends.subarray(0, found), count);
    starts.set(s.starts.subarray(0, found), count + 1);
    count += found;
  }
  const found = stray === 'all' ? { runs: { runs, ascii: !copying.wide } } : {};
  // A CR that is not before a LF ends a line of its own: the walk reads those.
  if (!indexing || crs !== pairs) return { stray: runs.length > 0, lines: null, ...found };
  ends[count] = text.length;
  return { stray: runs.length > 0, lines: { starts: starts.slice(0, count + 1), ends: ends.slice(0, count + 1), crlf: pairs }, ...found };
}
