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
  const section = (id: number, bytes: number[]) => [id, ...uleb(bytes.length), ...bytes];
  const name = (s: string) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f]), // type (i32, i32) -> i32
    ...section(3, [1, 0]),
    ...section(5, [1, 0, PAGES]), // memory, PAGES pages
    ...section(7, [2, ...name('mem'), 2, 0, ...name('scan'), 0, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

/** Characters copied at a time: their UTF-8 takes at most 3 bytes each. */
const CHUNK = 1 << 20;
const PAGES = Math.ceil((3 * CHUNK) / 65536);

interface Scanner {
  bytes: Uint8Array;
  scan: (p: number, end: number) => number;
}

/** The little of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { mem: { buffer: ArrayBuffer }; scan: Scanner['scan'] } };
}

let scanner: Scanner | null | undefined;
const encoder = new TextEncoder();

function getScanner(): Scanner | null {
  if (scanner === undefined) {
    try {
      const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
      if (!wasm) throw new Error('no WebAssembly');
      const { mem, scan } = new wasm.Instance(new wasm.Module(moduleBytes())).exports;
      scanner = { bytes: new Uint8Array(mem.buffer), scan };
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
    const { written } = encoder.encodeInto(at === 0 && text.length <= step ? text : text.slice(at, at + step), bytes);
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
