// readDeviceText reads a file one of three ways by its size (readText.ts): up to 8 MiB into a buffer
// kept from file to file, up to 32 MiB into one buffer of its own after its head was sniffed, above
// that by readFileSync. Whichever way, the text, the byte order mark, the bytes kept for a file that
// is not UTF-8, and the binary verdict must be those of decoding the whole file at once.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { decode, readDeviceText } from '../../server/src/readText';

const MiB = 1048576;
const LINE = 'interface GigabitEthernet1/0/1\n description uplink to core\n switchport mode trunk\n!\n';

/** About `size` bytes: `head`, then config lines, then `tail`. */
function file(size: number, head: Buffer | string, tail: Buffer | string = ''): Buffer {
  const h = Buffer.from(head as string);
  const t = Buffer.from(tail as string);
  const body = Buffer.from(LINE.repeat(Math.ceil((size - h.length - t.length) / LINE.length)));
  return Buffer.concat([h, body, t]);
}

describe('readDeviceText: every size reads as the whole file decodes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cll-read-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const variants: [string, (size: number) => Buffer][] = [
    ['plain ASCII', (n) => file(n, 'version 17.9\n')],
    ['UTF-8 beyond ASCII', (n) => file(n, 'version 17.9\n', 'banner motd ^C Zutritt verboten \u2013 \u00e9t\u00e9 \u{1F600} ^C\n')],
    ['Latin-1 bytes (not UTF-8)', (n) => file(n, 'version 17.9\n', Buffer.from([0x21, 0x20, 0xe9, 0x74, 0xe9, 0x0a]))],
    ['a UTF-8 byte order mark', (n) => file(n, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('version 17.9\n')]))],
  ];
  for (const size of [1 * MiB, 9 * MiB, 33 * MiB]) {
    for (const [name, make] of variants) {
      // The 33 MiB files cost a second or so each: two variants there cover its two decodings.
      if (size > 32 * MiB && name !== 'plain ASCII' && name !== 'Latin-1 bytes (not UTF-8)') continue;
      it(`${name}, ${size / MiB} MiB`, () => {
        const path = join(dir, 'f.cfg');
        writeFileSync(path, make(size));
        const want = decode(readFileSync(path));
        const got = readDeviceText(path);
        assert.equal(got.text.length, want.text.length);
        assert.ok(got.text === want.text, 'same text');
        assert.equal(got.bom, want.bom);
        assert.equal(got.binary, undefined);
        assert.equal(got.original !== undefined, want.original !== undefined, 'bytes kept only when not UTF-8');
        if (want.original) assert.ok(got.original!.equals(want.original));
      });
    }
  }

  it('binary data above 8 MiB is told from its head; the rest is never decoded', () => {
    const path = join(dir, 'core.bin');
    const bytes = Buffer.alloc(9 * MiB);
    for (let i = 0; i < bytes.length; i += 7) bytes[i] = (i * 31) & 0xff;
    writeFileSync(path, bytes);
    const got = readDeviceText(path);
    assert.equal(got.binary, true);
    assert.ok(got.text.length <= 64 * 1024);
  });
});
