// Real captures through the CLI (issue 13): a console capture across a reload holds a few NUL bytes and
// is still device text, in a folder run too; a real binary next to it is still skipped with a notice.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const CAPTURE = join(__dirname, '..', 'precision', 'p04-console-reload-with-nuls.txt');

describe('cli reads real captures', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built (run npm run build)' }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-reader-'));
    writeFileSync(join(dir, 'console.log'), readFileSync(CAPTURE));
    writeFileSync(join(dir, 'crashinfo.log'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(200).fill(0)]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a capture with NULs in a folder run is linted, and its COMM_FAILED found once; the ELF file is skipped with a notice', () => {
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', dir], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const files = JSON.parse(r.stdout).files as Array<{ path: string; findings: Array<{ ruleId: string; range: { start: { line: number; character: number } } }> }>;
    const capture = files.find((f) => f.path.endsWith('console.log'))!;
    assert.deepEqual(capture.findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.character]), [['slp-communication-failure', 36, 21]]);
    assert.ok(!files.some((f) => f.path.endsWith('crashinfo.log')), 'binary data is not reported in a folder run');
    assert.match(r.stderr, /crashinfo\.log/);
  });
});
