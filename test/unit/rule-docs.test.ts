// Issue 15.6: rule pages open offline in VS Code; the public address stays for SARIF and the CLI,
// with a configurable base. The client's link rewriting and the choice "Open Rule Documentation" makes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { localizeRuleLinks, ruleDocsCommand, ruleIdOfPage, ruleIdsAt, visibleProblems } from '../../client/src/ruleDocs';
import { lint } from '../../server/src/engine';
import { hoverAt } from '../../server/src/hover';
import { rulesById } from '../../server/src/rules';
import { docsBase, PUBLIC_DOCS_BASE } from '../../server/src/rules/types';

const ROOT = join(__dirname, '..', '..');
const diag = (id: string, line: number, severity: number, source = 'cisco-license-lint') =>
  ({ source, severity, code: { value: id }, range: { start: { line }, end: { line } } });

describe('rule pages offline (issue 15.6)', () => {
  it('every rule page address names a page that exists in docs/rules (which the .vsix ships)', () => {
    for (const [id, rule] of rulesById) {
      assert.equal(ruleIdOfPage(rule.meta.docsUrl), id);
      assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${id}.md`)), id);
    }
  });

  it('turns hover links to rule pages into the command that opens the packaged page, and nothing else', () => {
    const result = lint('call-home\n profile "CiscoTAC-1"\n  active\n  destination transport-method http\n  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService\n');
    const hover = hoverAt(result, { line: 4, character: 30 })!;
    const local = localizeRuleLinks(hover);
    assert.match(local, /\[Rule documentation\]\(command:cisco-license-lint\.openRuleDocs\?%5B%22http-destination%22%5D\)/);
    assert.doesNotMatch(local, /https:\/\/github\.com/);
    assert.equal(JSON.parse(decodeURIComponent(ruleDocsCommand('missing-vrf').split('?')[1]))[0], 'missing-vrf');
    const other = 'see [Cisco](https://www.cisco.com/c/en/us/support/docs/licensing/smart.html) and [x](https://example.com/docs/rules/a b.md)';
    assert.equal(localizeRuleLinks(other), other);
    assert.equal(ruleIdOfPage('https://intranet.example/lint/docs/rules/../../etc.md'), undefined);
  });

  it('"Open Rule Documentation" offers the visible findings at the cursor, never a hint', () => {
    const ds = [diag('sla-trustpoint-crl', 5, 3), diag('missing-vrf', 9, 1), diag('http-destination', 12, 0), diag('http-destination', 14, 0), diag('x', 5, 0, 'other-linter')];
    assert.deepEqual(ruleIdsAt(ds, 9, 'cisco-license-lint'), ['missing-vrf']);
    // Line 5 has only a hint of ours (drawn as dots): the file's visible findings are offered instead.
    assert.deepEqual(ruleIdsAt(ds, 5, 'cisco-license-lint'), ['missing-vrf', 'http-destination']);
    assert.deepEqual(ruleIdsAt([diag('sla-trustpoint-crl', 5, 3)], 5, 'cisco-license-lint'), []);
    assert.deepEqual(ruleIdsAt([{ ...diag('a', 1, 0), code: '../../x' }], 1, 'cisco-license-lint'), []);
  });

  it('the public base is configurable for SARIF and the CLI (CISCO_LICENSE_LINT_DOCS_URL)', () => {
    assert.equal(docsBase({}), PUBLIC_DOCS_BASE);
    assert.equal(docsBase({ CISCO_LICENSE_LINT_DOCS_URL: 'https://intranet.example/lint/docs/rules' }), 'https://intranet.example/lint/docs/rules/');
    assert.equal(docsBase({ CISCO_LICENSE_LINT_DOCS_URL: '  ' }), PUBLIC_DOCS_BASE);
    const cli = join(ROOT, 'dist', 'cli.js');
    const sarif = spawnSync(process.execPath, [cli, '--format', 'sarif', join(ROOT, 'examples', 'iosxe-classic-http-destination.cfg')], {
      encoding: 'utf8', env: { ...process.env, CISCO_LICENSE_LINT_DOCS_URL: 'https://intranet.example/lint/rules' },
    });
    const rules = JSON.parse(sarif.stdout).runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    assert.ok(rules.length > 0);
    for (const r of rules) assert.equal(r.helpUri, `https://intranet.example/lint/rules/${r.id}.md`);
  });
});

describe('"Lint All Files" counts what the Problems panel lists (issue 15.8)', () => {
  it('counts this tool\'s errors, warnings and infos, not hints and not other sources', () => {
    const files = [
      [diag('http-destination', 1, 0), diag('missing-vrf', 2, 1), diag('sla-trustpoint-crl', 3, 3)],
      [diag('sla-trustpoint-crl', 3, 3)],
      [diag('evaluation-mode', 4, 2), diag('x', 1, 0, 'other-linter')],
      [],
    ];
    assert.deepEqual(visibleProblems(files, 'cisco-license-lint'), { problems: 3, files: 2 });
  });
});
