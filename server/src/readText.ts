// Reading a file as device text: UTF-8 (invalid bytes become U+FFFD, positions stay right),
// UTF-16 with a byte order mark, and a UTF-8 BOM kept aside so positions match what editors show.
import { readFileSync, statSync } from 'node:fs';

/** Above this the CLI refuses a file rather than risk the machine's memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface DeviceText {
  text: string;
  /** The byte order mark the file had, to write it back on --fix. */
  bom: '' | 'utf8' | 'utf16le' | 'utf16be';
}

export function decode(buf: Buffer): DeviceText {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.toString('utf16le', 2), bom: 'utf16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le'), bom: 'utf16be' };
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.toString('utf8', 3), bom: 'utf8' };
  return { text: buf.toString('utf8'), bom: '' };
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

export function readDeviceText(path: string): DeviceText {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    throw new Error(`${path} is ${(size / 1048576).toFixed(0)} MiB, above the ${MAX_FILE_BYTES / 1048576} MiB this linter reads; split the capture (for example by show-tech section) and lint the parts`);
  }
  return decode(readFileSync(path));
}
