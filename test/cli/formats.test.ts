// --format gitlab, junit and github through dist/cli.js, each read back by a real consumer: the
// GitLab Code Quality schema (ajv), a validating XML parser (fast-xml-parser), and a parser of the
// workflow-command syntax that undoes the runner's escaping. Messages carrying XML/JSON specials,
// command separators and control bytes from device text must come back intact.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
// The URL carries < > & " ' , : % ESC and a newline-looking %0A: every format's specials.
const URL = `http://tools.cisco.com/its/<a>&"'\u001b[2J,x:y%0A%25/DDCEService`;
const BAD = [
  'version 16.12', 'hostname C9300', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  `  destination address http ${URL}`, 'ip name-server 192.0.2.53', 'end', '',
].join('\n');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A workflow command line as the Actions runner reads it (ActionCommand.TryParseV2), escaping undone. */
function parseWorkflowCommand(line: string): { command: string; properties: Record<string, string>; message: string } | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = pair.slice(eq + 1).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    }
  }
  const message = line.slice(end + 2).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  return { command, properties, message };
}

describe('cli: --format gitlab, junit, github', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built' }, () => {
  let dir: string;
  let expected: { path: string; findings: { ruleId: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-formats-'));
    mkdirSync(join(dir, 'site a'));
    writeFileSync(join(dir, 'site a', 'sw,1:a.cfg'), BAD);
    writeFileSync(join(dir, 'clean.cfg'), BAD.replace(/http http:\/\/\S+/, 'http https://tools.cisco.com/its/service/oddce/services/DDCEService').replace('ip name-server', 'ntp server 192.0.2.1\nip name-server'));
    writeFileSync(join(dir, 'warn.cfg'), BAD.replace('tools.cisco.com', 'ssm.example.com'));
    expected = JSON.parse(cli(['--format', 'json', '.'], dir).stdout).files;
    assert.ok(expected.some((f) => f.findings.some((x) => x.message.includes('\u001b[2J'))), 'the message carries the hostile URL');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gitlab: valid against the Code Quality schema, one unique fingerprint per finding, severities mapped', () => {
    const r = cli(['--format', 'gitlab', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(__dirname, 'gitlab-code-quality.schema.json'), 'utf8')));
    assert.ok(validate(report as unknown), ajv.errorsText(validate.errors));
    const all = expected.flatMap((f) => f.findings.map((x) => ({ ...x, path: f.path })));
    assert.equal(report.length, all.length);
    assert.equal(new Set(report.map((i: { fingerprint: string }) => i.fingerprint)).size, report.length);
    for (const [i, f] of all.entries()) {
      assert.equal(report[i].description, f.message);
      assert.equal(report[i].check_name, f.ruleId);
      assert.equal(report[i].location.path, f.path.split('\\').join('/'));
      assert.equal(report[i].location.lines.begin, f.range.start.line + 1);
      assert.equal(report[i].severity, { error: 'major', warning: 'minor', info: 'info', hint: 'info' }[f.severity]);
    }
    assert.deepEqual(JSON.parse(cli(['--format', 'gitlab', 'clean.cfg'], dir).stdout), []);
  });

  it('junit: well-formed XML 1.0, a testsuite per file, a failure per failing finding, text intact', () => {
    const r = cli(['--format', 'junit', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(XMLValidator.validate(r.stdout), true);
    assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/, 'no character XML 1.0 forbids');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase', htmlEntities: true }).parse(r.stdout);
    const suites = doc.testsuites.testsuite;
    assert.deepEqual(suites.map((s: { name: string }) => s.name), expected.map((f) => f.path));
    let failures = 0;
    for (const [i, s] of suites.entries()) {
      const findings = expected[i].findings;
      assert.equal(s.testcase.length, Math.max(1, findings.length));
      for (const [j, f] of findings.entries()) {
        const tc = s.testcase[j];
        if (f.severity === 'error') {
          failures++;
          assert.equal(tc.failure.type, f.ruleId);
          // The ESC byte XML cannot hold is shown as \x1b; everything else comes back as it was.
          assert.equal(tc.failure.message, `error: ${f.message.replace(/\u001b/g, '\\x1b')}`);
          assert.ok(String(tc.failure['#text']).includes(f.message.replace(/\u001b/g, '\\x1b')));
        } else {
          assert.equal(tc.failure, undefined, 'below the failing severity: passes');
          assert.ok(String(tc['system-out']).includes(f.ruleId));
        }
      }
    }
    assert.ok(failures > 0);
    assert.equal(Number(doc.testsuites.failures), failures);
    // --fail-on warning turns the warnings into failures too.
    const strict = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(cli(['--format', 'junit', '--fail-on', 'warning', '.'], dir).stdout);
    assert.ok(Number(strict.testsuites.failures) > failures);
  });

  it('github: one workflow command per finding; the runner\'s parsing gives back file, position and message', () => {
    const r = cli(['--format', 'github', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.split('\n').filter(Boolean);
    const all = expected.flatMap((f) => f.findings.map((x) => ({ ...x, path: f.path })));
    assert.equal(lines.length, all.length);
    for (const [i, f] of all.entries()) {
      const c = parseWorkflowCommand(lines[i]);
      assert.ok(c, lines[i]);
      assert.equal(c.command, { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }[f.severity]);
      assert.equal(c.properties.file, f.path);
      assert.equal(Number(c.properties.line), f.range.start.line + 1);
      assert.equal(Number(c.properties.col), f.range.start.character + 1);
      assert.equal(Number(c.properties.endLine), f.range.end.line + 1);
      assert.equal(c.properties.title, f.ruleId);
      assert.equal(c.message, f.message.replace(/\u001b/g, '\\x1b'));
    }
    assert.ok(lines.some((l) => l.includes('file=site a/sw%2C1%3Aa.cfg,')), 'commas and colons in the file name are escaped');
    assert.ok(lines.some((l) => l.includes('%250A%2525')), 'a % in the message is escaped, so %0A stays text');
  });
});
