// Draws images/icon.png (128×128): config lines on a Cisco-blue tile, one of them flagged.
// Written out by hand (zlib + CRC) so the icon is reproducible without an image tool:
// `node scripts/package-icon.mjs` rewrites it byte for byte.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZE = 128;
const BLUE = [4, 159, 217];
const WHITE = [255, 255, 255];
const RED = [224, 49, 49];

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

// Each bar is a config line: [indent, y, length]; the fourth is the flagged `http://` line.
const bars = [[22, 30, 60], [30, 46, 50], [38, 62, 44], [38, 78, 62], [22, 94, 36]];
const FLAGGED = 3;

function pixel(x, y) {
  if (!insideRoundedRect(x, y, 4, 4, 123, 123, 22)) return [0, 0, 0, 0];
  for (const [i, [x0, y0, len]] of bars.entries()) {
    if (insideRoundedRect(x, y, x0, y0, x0 + len, y0 + 8, 4)) return [...(i === FLAGGED ? RED : WHITE), 255];
    // the squiggle under the flagged line
    if (i === FLAGGED && y >= y0 + 11 && y <= y0 + 14 && x >= x0 && x <= x0 + len) {
      const wave = y0 + 12.5 + 1.5 * Math.sin((x - x0) / 2.2);
      if (Math.abs(y - wave) <= 1.2) return [...RED, 255];
    }
  }
  return [...BLUE, 255];
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const p = pixel(x + 0.5, y + 0.5);
    raw.set(p, y * (SIZE * 4 + 1) + 1 + x * 4);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync('images', { recursive: true });
writeFileSync('images/icon.png', png);
console.log(`images/icon.png: ${png.length} bytes`);
