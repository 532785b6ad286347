// End to end in a real VS Code workbench (code-server 4.100.3 = VS Code 1.100.3, Debian's
// chromium through playwright-core), with the packaged .vsix installed: what a user sees.
//   1. the Problems panel lists the http-destination error with its rule id, linked to the packaged page;
//   2. hovering the URL fits one screen: the message once, what the device does, one link, the line to type;
//   3. that link opens the rule page in the Markdown preview with nothing fetched from the internet;
//   4. the quick fix (Ctrl+.) rewrites the line; 5. saving writes a file where only that line changed;
//   6. under call-home of a device routing globally, completion offers no "vrf"; in a profile, its commands;
//   7. setup.cfg keeps VS Code's Properties mode, a device config in a .cfg becomes Cisco Config;
//   8. a snippet's <email> left unfilled is reported; 9. two active licensing profiles link each other and
//      offer keep this one / keep the other; 10. a typo in ciscoLicenseLint.rules is reported;
//   11. a show-tech shows its sections in the Outline view.
// Then a second workbench with --locale de (issue 18): 14. the Problems panel and the hover say what the
//   server says for locale 'de' (German as far as l10n/bundle.l10n.de.json translates it), the language
//   client sent "locale": "de" at initialize; 15. the palette lists the commands under package.nls.de.json's
//   titles, and Lint All Files sums up in the client bundle's words.
// Each step saves a screenshot in test-results/e2e/ (the README's come from there, quantised with pngquant).
//
// Tools: scripts/e2e-setup.mjs installs code-server into a cache folder outside node_modules
// (~1 min, once per machine); chromium comes from apt (.ci/run, as root). Without them the suite
// skips with one line saying why, unless CISCO_LICENSE_LINT_E2E=required (CI as root), where a
// missing tool is a failure. CISCO_LICENSE_LINT_E2E=skip skips it on purpose.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it, TestContext } from 'node:test';
import type { Route } from 'playwright-core';
import { rulesById } from '../../../server/src/rules';
import { LspClient, SERVER } from '../../lsp/client';
import { e2eTools } from './tools';
import { CodeServerSession, plain } from './workbench';

const ROOT = join(__dirname, '..', '..', '..');
const SHOTS = join(ROOT, 'test-results', 'e2e');
const MODE = process.env.CISCO_LICENSE_LINT_E2E ?? '';
const CONFIG_NAME = 'acc-sw-11-running-config.cfg';
const SHOW_TECH_NAME = 'acc-sw-91-show-tech.txt';
const HTTP_URL = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';
const HTTPS_URL = HTTP_URL.replace('http://', 'https://');
const STEP_TIMEOUT = 90_000;
const WORKSPACE_NAME = 'network-configs';
// Issue 15.1: a .cfg that is not Cisco keeps its mode; one that is device text is detected.
const SETUP_CFG_NAME = 'setup.cfg';
const SETUP_CFG = '[metadata]\nname = netops-tools\nversion = 1.0.3\n\n[options]\n# packages to install\npackages = find:\n';
const DETECTED_NAME = 'edge-rtr-2.cfg';
const TWO_PROFILES_NAME = 'acc-sw-21-running-config.cfg';
const NEW_SWITCH_NAME = 'acc-sw-30-running-config.cfg';

describe('VS Code end to end (code-server + chromium)', { timeout: 12 * 60_000 }, () => {
  let skip: string | undefined;
  let session: CodeServerSession | undefined;
  let scratch = '';
  let workspace = '';
  let outlineSupported = false;
  let sectionSymbols: string[] = [];
  const original = readFileSync(join(ROOT, 'examples', 'iosxe-classic-http-destination.cfg'), 'utf8');
  const urlLine = original.split('\n').findIndex((l) => l.includes(`destination address http ${HTTP_URL}`));

  before(async () => {
    const ready = prepare('cisco-license-lint-e2e-');
    if ('skip' in ready) {
      skip = ready.skip;
      return;
    }
    const { found } = ready;
    ({ scratch, workspace } = ready);
    copyFileSync(join(ROOT, 'examples', 'iosxe-classic-http-destination.cfg'), join(workspace, CONFIG_NAME));
    copyFileSync(join(ROOT, 'examples', 'show-tech-license-with-running-config.txt'), join(workspace, SHOW_TECH_NAME));
    writeFileSync(join(workspace, SETUP_CFG_NAME), SETUP_CFG);
    copyFileSync(join(ROOT, 'examples', 'iosxe-classic-http-destination.cfg'), join(workspace, DETECTED_NAME));
    copyFileSync(join(ROOT, 'examples', 'iosxe-two-active-profiles.cfg'), join(workspace, TWO_PROFILES_NAME));
    writeFileSync(join(workspace, NEW_SWITCH_NAME), 'version 17.9\nhostname ACC-SW-30\n!\n\n!\nend\n');

    const vsix = join(scratch, 'cisco-license-lint.vsix');
    const pack = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--staging', '--out', vsix], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(pack.status, 0, `packaging failed:\n${pack.stdout}${pack.stderr}`);

    // The Outline needs document symbols from the server; ask it what it offers, and for the sections.
    const lsp = new LspClient();
    try {
      const init = await lsp.initialize();
      outlineSupported = !!init.capabilities.documentSymbolProvider;
      if (outlineSupported) {
        const uri = pathToFileURL(join(workspace, SHOW_TECH_NAME)).href;
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cisco-show', version: 1, text: readFileSync(join(workspace, SHOW_TECH_NAME), 'utf8') } });
        const symbols = await lsp.request('textDocument/documentSymbol', { textDocument: { uri } });
        sectionSymbols = (symbols ?? []).map((s: { name: string }) => s.name).filter((n: string) => /^show /.test(n));
      }
    } finally {
      lsp.kill();
    }

    session = await CodeServerSession.start({
      codeServer: found.codeServer, chromium: found.chromium, vsix, workspace, scratch: join(scratch, 'code-server'),
      log: (s) => process.stderr.write(`# code-server e2e: ${s}\n`),
    });
    await session.page.screenshot({ path: join(SHOTS, '01-workbench.png') });
  });

  after(() => closeSession(session, scratch));
  const ready = (t: TestContext) => readySession(t, skip, session);

  it('lists the http-destination error with its rule id in the Problems panel', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    await s.openFromExplorer(CONFIG_NAME);
    await s.waitForErrors((n) => n >= 1);
    await s.page.locator('[id="status.problems"]').first().click();
    const row = s.page.locator('.markers-panel .monaco-list-row', { hasText: 'http-destination' }).first();
    await row.waitFor({ timeout: 15_000 });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Call-home profile "CiscoTAC-1" sends over HTTP, which Cisco's cloud \(tools\.cisco\.com\) refuses/);
    assert.match(text, /cisco-license-lint/);
    assert.match(text, /http-destination/);
    assert.match(text, new RegExp(`\\[Ln ${urlLine + 1}, Col \\d+\\]`));
    assert.equal(await row.locator('.marker-icon.error').count(), 1, 'shown as an error');
    // The rule id opens the packaged page (issue 15.6), not an address on the internet.
    assert.match(await row.locator('a.monaco-link').first().getAttribute('href') ?? '', /^command:cisco-license-lint\.openRuleDocs\?.*http-destination/, 'the rule id links to its page');
    await s.page.screenshot({ path: join(SHOTS, '02-problems.png') });
  });

  /** Hovers the http:// URL of the config and returns the visible hover. */
  const hoverUrl = (s: CodeServerSession) => hoverConfigUrl(s, original, urlLine, 'Rule documentation');

  it('hovers the URL on one screen: the message once, what the device does, the line to type, one link (issue 15.2)', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    // The editor at its usual height: the Problems panel the previous step opened is closed.
    if (await s.page.locator('.part.panel .markers-panel').first().isVisible()) await s.page.keyboard.press('Control+j');
    const hover = await hoverUrl(s);
    const shown = plain(await hover.innerText());
    // What the device does: the explanation's first sentence (the rule page has the rest).
    const explanation = plain(rulesById.get('http-destination')!.meta.explanation.split('. ')[0]);
    assert.ok(shown.includes('httpdestination'), 'names the rule');
    assert.ok(shown.includes(explanation), `the explanation (${explanation}) in ${shown.slice(0, 400)}`);
    const message = plain('sends over HTTP, which Cisco');
    assert.equal(shown.split(message).length - 1, 1, `the message once in ${shown.slice(0, 600)}`);
    assert.equal(await hover.locator('a', { hasText: 'Rule documentation' }).count(), 1, 'one Rule documentation link');
    assert.ok(shown.includes(plain(`destination address http ${HTTPS_URL}`)), 'the line to type');
    // One screen: nothing inside the hover scrolls, and the hover is inside the window.
    const overflowing = await hover.evaluate((el) => {
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { overflowY: string } }).getComputedStyle;
      return [el, ...el.querySelectorAll('*')].filter((e) => e.scrollHeight > e.clientHeight + 2 && style(e).overflowY !== 'visible')
        .map((e) => `${e.tagName}.${e.className} ${e.clientHeight}/${e.scrollHeight}`);
    });
    await s.page.screenshot({ path: join(SHOTS, '03-hover.png') });
    assert.deepEqual(overflowing, [], 'no scrolling inside the hover');
    const box = (await hover.boundingBox())!;
    const viewport = s.page.viewportSize()!;
    assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `the hover (${box.height}px) fits the window`);
    await s.page.screenshot({ path: join(SHOTS, '03-hover.png') });
  });

  it('opens the rule page offline in the Markdown preview from the hover link (issue 15.6)', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    // Anything the page would fetch beyond the loopback code-server is refused, as on a jump host.
    const external: string[] = [];
    const offline = (u: URL) => /^(https?|wss?):$/.test(u.protocol) && u.hostname !== '127.0.0.1';
    const refuse = (route: Route) => {
      external.push(route.request().url());
      return route.abort();
    };
    await s.page.context().route(offline, refuse);
    try {
      const hover = await hoverUrl(s);
      await hover.locator('a', { hasText: 'Rule documentation' }).click();
      await s.page.locator('.tabs-container .tab', { hasText: 'Preview http-destination.md' }).first().waitFor({ timeout: 20_000 });
      const until = Date.now() + 20_000;
      let heading = false;
      while (!heading && Date.now() < until) {
        for (const frame of s.page.frames()) {
          const h1 = await frame.locator('h1', { hasText: 'http-destination' }).count().catch(() => 0);
          if (h1 > 0) heading = true;
        }
        if (!heading) await s.page.waitForTimeout(250);
      }
      assert.ok(heading, 'the page is rendered in the preview');
      await s.page.waitForTimeout(300);
      await s.page.screenshot({ path: join(SHOTS, '08-rule-docs-offline.png') });
      assert.deepEqual(external.filter((u) => /docs\/rules|github/.test(u)), [], 'nothing fetched from the internet for the page');
    } finally {
      await s.page.context().unroute(offline, refuse).catch(() => undefined);
    }
    await s.page.keyboard.press('Control+w');
    await s.page.locator('.tabs-container .tab.active', { hasText: CONFIG_NAME }).waitFor({ timeout: 10_000 });
  });

  it('rewrites the line with the quick fix (Ctrl+.)', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    const column = original.split('\n')[urlLine].indexOf(HTTP_URL) + 1;
    await s.goTo(urlLine + 1, column + 5);
    await s.page.keyboard.press('Control+.');
    const fix = s.page.locator('.action-widget .monaco-list-row', { hasText: `Use ${HTTPS_URL}` }).first();
    await fix.waitFor({ timeout: 15_000 });
    assert.ok(await s.page.locator('.action-widget .monaco-list-row', { hasText: 'Disable http-destination for this line' }).first().isVisible());
    await s.page.screenshot({ path: join(SHOTS, '04-quick-fix.png') });
    // The menu blocks the pointer until it moves (VS Code's guard against stray clicks): move, then click.
    const box = await fix.boundingBox();
    assert.ok(box);
    await s.page.mouse.move(box.x + 30, box.y + box.height / 2, { steps: 3 });
    await fix.click();
    await s.viewLine(`destination address http ${HTTPS_URL}`).waitFor({ timeout: 15_000 });
    await s.waitForErrors((n) => n === 0);
    await s.page.screenshot({ path: join(SHOTS, '05-fixed.png') });
  });

  it('saves a file where only that line changed', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    const file = join(workspace, CONFIG_NAME);
    await s.page.keyboard.press('Control+s');
    const until = Date.now() + 15_000;
    while (readFileSync(file, 'utf8') === original && Date.now() < until) await s.page.waitForTimeout(100);
    const saved = readFileSync(file, 'utf8');
    const before = original.split('\n');
    const afterSave = saved.split('\n');
    assert.equal(afterSave.length, before.length, 'same number of lines');
    const changed = before.map((l, i) => (l === afterSave[i] ? -1 : i)).filter((i) => i >= 0);
    assert.deepEqual(changed, [urlLine]);
    assert.equal(afterSave[urlLine], before[urlLine].replace(HTTP_URL, HTTPS_URL));
    await s.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('completes under call-home only what the config supports: no "vrf Mgmt-vrf" when licensing routes globally (issue 15.4)', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    const emailLine = original.split('\n').findIndex((l) => l.startsWith(' contact-email-addr'));
    assert.ok(emailLine > 0);
    await s.goTo(emailLine + 1, 2);
    await s.page.keyboard.press('End');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Control+Space');
    const rows = s.page.locator('.suggest-widget .monaco-list-row');
    await rows.filter({ hasText: 'source-interface' }).first().waitFor({ timeout: 15_000 });
    const labels = (await rows.allInnerTexts()).map((x) => x.replace(/\s+/g, ' '));
    assert.ok(!labels.some((l) => /\bvrf\b/.test(l)), `no VRF under call-home: ${labels.join(' | ')}`);
    await s.page.screenshot({ path: join(SHOTS, '10-completion-global-route.png') });
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Control+z');
    await s.page.keyboard.press('Escape');
  });

  it('completes the commands of a call-home profile, documented', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    const activeLine = original.split('\n').findIndex((l, i) => i > urlLine - 4 && l.trim() === 'active');
    assert.ok(activeLine > 0, 'the profile has an active line');
    await s.goTo(activeLine + 1, 9);
    await s.page.keyboard.press('End');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.type('rep', { delay: 50 });
    const suggest = s.page.locator('.suggest-widget .monaco-list-row', { hasText: 'reporting smart-licensing-data' }).first();
    await suggest.waitFor({ timeout: 15_000 });
    // The details pane shows the same documentation as hover (Ctrl+Space toggles it).
    const details = s.page.locator('.suggest-details-container .suggest-details');
    if (!(await details.isVisible())) await s.page.keyboard.press('Control+Space');
    await details.filter({ hasText: 'reporting smart-licensing-data' }).first().waitFor({ timeout: 10_000 });
    await s.page.screenshot({ path: join(SHOTS, '06-completion.png') });
    await s.page.keyboard.press('Enter');
    await s.viewLine('  reporting smart-licensing-data').waitFor({ timeout: 10_000 });
    // Leave the saved file as it was.
    await s.page.keyboard.press('Control+z');
    await s.page.keyboard.press('Control+z');
    await s.page.keyboard.press('Escape');
  });

  it('leaves a .cfg that is not Cisco in its own mode, and detects one that is device text (issue 15.1)', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    const mode = s.page.locator('[id="status.editor.mode"]').first();
    await s.openFromExplorer(SETUP_CFG_NAME);
    await s.page.waitForTimeout(1500); // room for a (wrong) switch to happen
    assert.equal((await mode.innerText()).trim(), 'Properties', 'setup.cfg keeps VS Code\'s Properties mode');
    await s.page.screenshot({ path: join(SHOTS, '09-setup-cfg-properties.png') });
    await s.openFromExplorer(DETECTED_NAME);
    await mode.filter({ hasText: 'Cisco Config' }).waitFor({ timeout: 15_000 });
    await s.waitForErrors((n) => n >= 1);
  });

  it('reports the <email> a snippet leaves when a person tabs out early (issue 15.5)', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    await s.openFromExplorer(NEW_SWITCH_NAME);
    await s.goTo(4, 1);
    await s.page.keyboard.type('direct', { delay: 50 });
    const row = s.page.locator('.suggest-widget .monaco-list-row', { hasText: 'call-home direct cloud' }).first();
    await row.waitFor({ timeout: 15_000 });
    await s.page.keyboard.press('Enter');
    await s.viewLine('contact-email-addr <email>').waitFor({ timeout: 10_000 });
    await s.page.keyboard.press('Escape');
    if (!(await s.page.locator('.markers-panel').first().isVisible())) await s.page.locator('[id="status.problems"]').first().click();
    await s.page.locator('.markers-panel .monaco-list-row', { hasText: 'placeholder-in-config' }).first().waitFor({ timeout: 15_000 });
    await s.page.screenshot({ path: join(SHOTS, '11-placeholder-left.png') });
    await s.page.keyboard.press('Control+z');
  });

  it('links each active licensing profile to the other and offers keep this one / keep the other (issue 15.7)', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    await s.openFromExplorer(TWO_PROFILES_NAME);
    if (!(await s.page.locator('.markers-panel').first().isVisible())) await s.page.locator('[id="status.problems"]').first().click();
    await s.page.locator('.markers-panel .monaco-list-row', { hasText: '"SSM-OnPrem" is also active for licensing' }).first().waitFor({ timeout: 15_000 });
    await s.page.locator('.markers-panel .monaco-list-row', { hasText: '"CiscoTAC-1" is also active for licensing' }).first().waitFor({ timeout: 15_000 });
    const text = readFileSync(join(ROOT, 'examples', 'iosxe-two-active-profiles.cfg'), 'utf8').split('\n');
    await s.goTo(text.indexOf(' profile "CiscoTAC-1"') + 1, 5);
    await s.page.keyboard.press('Control+.');
    await s.page.locator('.action-widget .monaco-list-row', { hasText: 'Keep "CiscoTAC-1" for licensing (this one)' }).first().waitFor({ timeout: 15_000 });
    await s.page.locator('.action-widget .monaco-list-row', { hasText: 'Keep "SSM-OnPrem" for licensing (the other)' }).first().waitFor({ timeout: 15_000 });
    await s.page.screenshot({ path: join(SHOTS, '12-related-profiles.png') });
    await s.page.keyboard.press('Escape');
  });

  it('reports a typo in ciscoLicenseLint.rules as the settings file\'s typo is (issue 15.8)', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    // Workspace settings, as a team would commit them: .vscode/settings.json.
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    const settingsFile = join(workspace, '.vscode', 'settings.json');
    writeFileSync(settingsFile, JSON.stringify({ 'ciscoLicenseLint.rules': { 'http-destinaton': 'off' } }, null, 2));
    try {
      const toast = s.page.locator('.notification-toast', { hasText: '"rules.http-destinaton" is not a known rule id' }).first();
      await toast.waitFor({ timeout: 20_000 });
      assert.match(await toast.innerText(), /cisco-license-lint: user or workspace settings \(ciscoLicenseLint\)/);
      await s.page.waitForTimeout(800); // the toast slides in
      await s.page.screenshot({ path: join(SHOTS, '13-settings-typo.png') });
    } finally {
      rmSync(join(workspace, '.vscode'), { recursive: true, force: true });
    }
  });

  it('shows the show-tech sections in the Outline view', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    if (!outlineSupported) {
      t.skip('the server does not advertise documentSymbolProvider yet');
      return;
    }
    assert.ok(sectionSymbols.length >= 3, `the server names the sections: ${sectionSymbols.join(', ')}`);
    await s.openFromExplorer(SHOW_TECH_NAME);
    // Room for the Outline: fold the file list, hide the bottom panel.
    await s.page.keyboard.press('Control+j');
    const folders = s.page.locator('.pane-header', { hasText: new RegExp(`^${WORKSPACE_NAME}`, 'i') }).first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const header = s.page.locator('.pane-header', { hasText: /^Outline/i }).first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const outline = s.page.locator('.pane', { has: s.page.locator('.pane-header', { hasText: /^Outline/i }) }).first();
    for (const name of sectionSymbols) {
      await outline.locator('.monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15_000 });
    }
    // A click on a section moves the editor there, as the Outline is used.
    const target = sectionSymbols.find((n) => /license/.test(n)) ?? sectionSymbols[sectionSymbols.length - 1];
    await outline.locator('.monaco-list-row', { hasText: target }).first().click();
    await s.viewLine(target).waitFor({ timeout: 10_000 });
    await s.page.screenshot({ path: join(SHOTS, '07-outline.png') });
  });
});

/**
 * What the server says about a file when the editor's language is `locale` (issue 18): the message of
 * a rule's diagnostic, and the hover's Markdown at a position.
 */
async function serverSays(file: string, locale: string, rule: string, at: { line: number; character: number }): Promise<{ message: string; hover: string }> {
  const lsp = new LspClient();
  try {
    await lsp.initialize(undefined, locale);
    const uri = pathToFileURL(file).href;
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cisco-config', version: 1, text: readFileSync(file, 'utf8') } });
    const p = await lsp.waitFor('textDocument/publishDiagnostics', (x) => x.uri === uri, 20_000);
    const message = p.diagnostics.find((d: { code: string }) => String(d.code) === rule)?.message ?? '';
    const hover = await lsp.request('textDocument/hover', { textDocument: { uri }, position: at }, 20_000);
    const contents = hover?.contents;
    return { message, hover: typeof contents === 'string' ? contents : Array.isArray(contents) ? contents.map((c: { value?: string }) => c.value ?? String(c)).join('\n') : contents?.value ?? '' };
  } finally {
    await lsp.shutdown().catch(() => lsp.kill());
  }
}

/** Whether a bundle translates the message `english` is an instance of: its key, `{name}` matching anything, has a different text. */
function bundleTranslates(bundle: Record<string, string>, english: string): boolean {
  return Object.entries(bundle).some(([key, text]) => text !== key
    && new RegExp(`^${key.split(/\{\w+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 's').test(english));
}

// Issue 18: code-server with --locale de. VS Code's own texts stay English (the stand-in language pack
// has no translations, see useLocale in workbench.ts), the extension's are German: command titles
// from package.nls.de.json, its own messages from l10n/bundle.l10n.de.json, and the server's, which
// gets 'de' from the language client at initialize.
describe('VS Code end to end in German (code-server --locale de)', { timeout: 6 * 60_000 }, () => {
  let skip: string | undefined;
  let session: CodeServerSession | undefined;
  let scratch = '';
  let userData = '';
  const german: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.de.json'), 'utf8'));
  const nlsDe: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.nls.de.json'), 'utf8'));
  const original = readFileSync(join(ROOT, 'examples', 'iosxe-classic-http-destination.cfg'), 'utf8');
  const urlLine = original.split('\n').findIndex((l) => l.includes(`destination address http ${HTTP_URL}`));
  let english = '';
  let deutsch = '';
  let hoverProse = '';
  let hoverTranslated = false;

  before(async () => {
    const ready = prepare('cisco-license-lint-e2e-de-');
    if ('skip' in ready) {
      skip = ready.skip;
      return;
    }
    const { found, workspace } = ready;
    scratch = ready.scratch;
    copyFileSync(join(ROOT, 'examples', 'iosxe-classic-http-destination.cfg'), join(workspace, CONFIG_NAME));

    // What the server says about the file in English and in German: the German text is the bundle's
    // (English where l10n/bundle.l10n.de.json does not translate the message yet).
    const at = { line: urlLine, character: original.split('\n')[urlLine].indexOf(HTTP_URL) + 4 };
    const en = await serverSays(join(workspace, CONFIG_NAME), 'en', 'http-destination', at);
    const de = await serverSays(join(workspace, CONFIG_NAME), 'de', 'http-destination', at);
    english = en.message;
    deutsch = de.message;
    assert.ok(english && deutsch, 'the server reports http-destination');
    // The hover's longest line of prose (no link, no code block): compared with what the hover renders.
    const prose = de.hover.split('\n').filter((l) => !l.includes('](') && !/^\s*(```|\s{4})/.test(l) && !l.includes(HTTP_URL));
    hoverProse = prose.reduce((a, b) => (plain(b).length > plain(a).length ? b : a), '');
    hoverTranslated = de.hover !== en.hover;

    const vsix = join(scratch, 'cisco-license-lint.vsix');
    const pack = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--staging', '--out', vsix], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(pack.status, 0, `packaging failed:\n${pack.stdout}${pack.stderr}`);
    userData = join(scratch, 'code-server', 'user-data');
    session = await CodeServerSession.start({
      codeServer: found.codeServer, chromium: found.chromium, vsix, workspace, scratch: join(scratch, 'code-server'), locale: 'de',
      // The language client logs the initialize request with its params (the locale among them): its
      // output channel at log level trace, and the trace setting verbose.
      settings: { 'ciscoLicenseLint.trace.server': 'verbose' }, logLevel: 'cisco-license-lint.cisco-license-lint:trace',
      log: (s) => process.stderr.write(`# code-server e2e (de): ${s}\n`),
    });
  });

  after(() => closeSession(session, scratch));
  const ready = (t: TestContext) => readySession(t, skip, session);

  it("shows the server's German message in the Problems panel and the hover (issue 18)", { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    // Every message is translated (test/unit/l10n.test.ts): the server says it in German.
    assert.ok(bundleTranslates(german, english), `l10n/bundle.l10n.de.json translates "${english}"`);
    assert.notEqual(deutsch, english, 'the server says the message in German');
    await s.openFromExplorer(CONFIG_NAME);
    await s.waitForErrors((n) => n >= 1);
    await s.page.locator('[id="status.problems"]').first().click();
    const row = s.page.locator('.markers-panel .monaco-list-row', { hasText: 'http-destination' }).first();
    await row.waitFor({ timeout: 15_000 });
    assert.ok((await row.innerText()).replace(/\s+/g, ' ').includes(deutsch.replace(/\s+/g, ' ')), `the Problems panel shows ${deutsch}`);
    // The hover on the URL: the same message, with the rule's explanation.
    const hover = await hoverConfigUrl(s, original, urlLine, 'http-destination');
    const shown = plain(await hover.innerText());
    assert.ok(shown.includes(plain(deutsch)), `the hover shows ${deutsch}`);
    assert.ok(plain(hoverProse).length > 20 && shown.includes(plain(hoverProse)), `the hover shows the server's ${hoverProse}`);
    assert.ok(hoverTranslated, 'the hover explains in German');
    await s.page.screenshot({ path: join(SHOTS, '14-locale-de.png') });
    // The language client sent the editor's language: its trace of the initialize request (written
    // by the extension host into the output channel's log file) holds "locale": "de".
    const logs = readdirRecursive(join(userData, 'logs')).filter((f) => /Cisco License Lint\.log$/.test(f));
    const initialize = logs.map((f) => readFileSync(f, 'utf8')).find((text) => text.includes("Sending request 'initialize"));
    assert.ok(initialize, `the language client's trace among ${logs.map((f) => `${f}:\n${readFileSync(f, 'utf8').slice(0, 1500)}`).join('\n') || 'no log files'}`);
    assert.match(initialize, /"locale": "de"/);
  });

  it('titles its commands from package.nls.de.json and sums up Lint All Files from l10n/bundle.l10n.de.json', { timeout: STEP_TIMEOUT }, async (t) => {
    const s = ready(t);
    if (!s) return;
    await s.page.keyboard.press('Escape');
    // The palette lists the extension's commands under their German titles (VS Code's own stay English).
    await s.page.keyboard.press('F1');
    const input = s.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill('>Cisco License Lint');
    const rows = s.page.locator('.quick-input-list .monaco-list-row');
    for (const key of ['command.lintWorkspace.title', 'command.openRuleDocs.title']) {
      await rows.filter({ hasText: `Cisco License Lint: ${nlsDe[key]}` }).first().waitFor({ timeout: 10_000 });
    }
    await s.page.screenshot({ path: join(SHOTS, '15-locale-de-commands.png') });
    await rows.filter({ hasText: nlsDe['command.lintWorkspace.title'] }).first().click();
    // The summary as the client's bundle words it: counts are any.
    const key = 'Cisco License Lint: {problems} in {files} ({linted} linted from disk).';
    const template = german[key];
    assert.ok(template && template !== key, `l10n/bundle.l10n.de.json translates "${key}"`);
    const pattern = new RegExp(template.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+'));
    const toast = s.page.locator('.notification-toast', { hasText: pattern }).first();
    await toast.waitFor({ timeout: 30_000 });
  });
});

function readdirRecursive(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? readdirRecursive(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The workbench a step runs in; a skip, with the reason, when the suite could not start one. */
function readySession(t: TestContext, skip: string | undefined, session: CodeServerSession | undefined): CodeServerSession | undefined {
  if (skip) {
    t.skip(skip);
    return undefined;
  }
  assert.ok(session, 'the workbench started');
  return session;
}

async function closeSession(session: CodeServerSession | undefined, scratch: string | undefined): Promise<void> {
  await session?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

/**
 * What a suite needs before its workbench starts: the tools (code-server, Chromium) and an empty
 * workspace in a scratch folder; or why it is skipped (a missing tool fails it when the run requires it).
 */
function prepare(scratchPrefix: string): { skip: string } | { found: Exclude<ReturnType<typeof e2eTools>, { missing: string }>; scratch: string; workspace: string } {
  if (MODE === 'skip') return { skip: 'CISCO_LICENSE_LINT_E2E=skip' };
  if (!existsSync(SERVER)) return { skip: 'dist/ is not built (run npm run build)' };
  const found = e2eTools();
  if ('missing' in found) {
    if (MODE === 'required') throw new Error(`code-server end-to-end suite required, but: ${found.missing}`);
    process.stderr.write(`# code-server end-to-end suite skipped: ${found.missing}\n`);
    return { skip: found.missing };
  }
  const scratch = mkdtempSync(join(tmpdir(), scratchPrefix));
  const workspace = join(scratch, WORKSPACE_NAME);
  mkdirSync(workspace);
  mkdirSync(SHOTS, { recursive: true });
  return { found, scratch, workspace };
}

/** Moves the mouse onto the config's http:// URL (line `urlLine`) and returns the hover holding `hoverText`, once shown. */
async function hoverConfigUrl(s: CodeServerSession, original: string, urlLine: number, hoverText: string) {
  const column = original.split('\n')[urlLine].indexOf(HTTP_URL) + 1;
  await s.goTo(urlLine + 1, column + 5);
  const url = s.page.locator('.editor-instance .monaco-editor .view-line span span', { hasText: 'http://tools.cisco.com' }).first();
  const box = await url.boundingBox();
  assert.ok(box, 'the URL is on screen');
  await s.page.mouse.move(box.x + 40, box.y + box.height / 2);
  const hover = s.page.locator('.monaco-hover:visible', { hasText: hoverText }).first();
  await hover.waitFor({ timeout: 15_000 });
  await s.page.waitForTimeout(400); // fade-in, for the screenshot
  return hover;
}
