// Issue 18: the message catalogue. Every message the CLI passes to t() is in the English bundle
// l10n/bundle.l10n.json, and every locale's bundle holds exactly the same keys with the same
// placeholders; locale tags from editors and POSIX environments map onto the shipped locales.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogue, englishBundle, pageWithSummaries, rulePages, ruleSummaries } from '../../scripts/l10n';
import { bundle as loadBundle, LOCALES, localeFromEnv, markdownBlocks, negotiateLocale, placeholders, pseudo, t, tidyJoins, tmd, VERBATIM } from '../../server/src/l10n';

const ROOT = join(__dirname, '..', '..');
const english: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8'));

/** The verbatim spans of a message (placeholders, code, quoted text, URLs), counted. */
function verbatimSpans(message: string): string[] {
  return [...message.matchAll(VERBATIM)].map((m) => m[0].replace(/\s+/g, ' ')).sort();
}

describe('l10n catalogue', () => {
  it('l10n/bundle.l10n.json is the catalogue of the sources (npm run l10n), every key a string literal', () => {
    const problems: string[] = [];
    const keys = [...catalogue(problems).keys()];
    assert.deepEqual(problems, []);
    assert.ok(keys.length >= 300, `only ${keys.length} messages found`);
    assert.equal(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8'), englishBundle(keys), 'run npm run l10n');
  });

  for (const locale of LOCALES) {
    it(`${locale}: the same keys as English, each with the same placeholders, none left English`, () => {
      const bundle: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'l10n', `bundle.l10n.${locale}.json`), 'utf8'));
      assert.deepEqual(Object.keys(bundle).sort(), Object.keys(english).sort());
      for (const [k, v] of Object.entries(bundle)) {
        assert.deepEqual(placeholders(v), placeholders(k), `${locale}: ${k} -> ${v}`);
        // Commands, device output and URLs are never translated: each span of the key is in the translation.
        const spans = verbatimSpans(v);
        for (const span of verbatimSpans(k)) {
          const at = spans.indexOf(span);
          assert.ok(at >= 0, `${locale}: ${JSON.stringify(span)} is missing from the translation of ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
          spans.splice(at, 1);
        }
        assert.ok(v.trim() !== '', `${locale}: empty translation of ${k}`);
      }
      assert.deepEqual(loadBundle(locale), bundle);
    });
  }

  it('negotiates editor and POSIX locale tags', () => {
    const cases: [string | undefined, string][] = [
      ['de', 'de'], ['de-AT', 'de'], ['de_DE.UTF-8', 'de'], ['nl-BE', 'nl'], ['nl_NL@euro', 'nl'],
      ['pt', 'pt-br'], ['pt-BR', 'pt-br'], ['pt_PT.UTF-8', 'pt-br'], ['zh', 'zh-cn'], ['zh-Hans', 'zh-cn'],
      ['zh-CN', 'zh-cn'], ['zh_CN.GB18030', 'zh-cn'], ['zh-TW', 'en'], ['zh-Hant-HK', 'en'], ['en-US', 'en'],
      ['fr', 'en'], ['C', 'en'], ['POSIX', 'en'], ['C.UTF-8', 'en'], ['', 'en'], [undefined, 'en'], ['qps-ploc', 'qps-ploc'],
    ];
    for (const [tag, want] of cases) assert.equal(negotiateLocale(tag), want, String(tag));
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG; empty values do not count', () => {
    assert.equal(localeFromEnv({ LC_ALL: 'de_DE.UTF-8', LANG: 'nl_NL.UTF-8' }), 'de');
    assert.equal(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'pt_BR.UTF-8', LANG: 'nl_NL.UTF-8' }), 'pt-br');
    assert.equal(localeFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.equal(localeFromEnv({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' }), 'en');
    assert.equal(localeFromEnv({}), 'en');
  });

  it('fills placeholders; English is the key itself; the pseudo-locale wraps the whole message', () => {
    assert.equal(t('{count} files', { count: 3 }, 'en'), '3 files');
    assert.equal(t('{count} files', { count: 3 }, 'de'), '3 Dateien');
    // The pseudo-locale accents what the catalogue holds and leaves verbatim spans alone.
    assert.equal(t('{count} files', { count: 3 }, 'qps-ploc'), '⟦3 ƒíĺéš⟧');
    assert.equal(t('not in any bundle {x}', { x: 1 }, 'qps-ploc'), 'not in any bundle 1');
    assert.equal(pseudo('Add `clock calendar-valid` to "CiscoTAC-1" at https://a.example/x {n}'), '⟦Áđđ `clock calendar-valid` ţó "CiscoTAC-1" áţ https://a.example/x {n}⟧');
    assert.equal(t('not in any bundle {x}', { x: 1 }, 'nl'), 'not in any bundle 1');
  });
});

describe('package.nls', () => {
  const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const used = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]).sort();
  const nls: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));

  it("package.nls.json holds exactly the %key% package.json uses", () => {
    assert.ok(used.length >= 6, used.join());
    assert.deepEqual(Object.keys(nls).sort(), [...new Set(used)]);
  });

  for (const locale of LOCALES) {
    it(`package.nls.${locale}.json: the same keys, the same inline code, translated`, () => {
      const bundle: Record<string, string> = JSON.parse(readFileSync(join(ROOT, `package.nls.${locale}.json`), 'utf8'));
      assert.deepEqual(Object.keys(bundle).sort(), Object.keys(nls).sort());
      const code = (s: string) => [...s.matchAll(/`[^`]*`/g)].map((m) => m[0]).sort();
      for (const [k, v] of Object.entries(bundle)) {
        // Settings, rule ids and values a user types stay as they are.
        assert.deepEqual(code(v), code(nls[k]), `${locale}: ${k}`);
        if (!/\.alias$/.test(k)) assert.notEqual(v, nls[k], `${locale}: ${k} left in English`);
      }
    });
  }
});

describe('Markdown by blocks', () => {
  const doc = ['First paragraph,', 'two lines.', '', '```cisco', 'clock calendar-valid', '```', '', '- a list', '- of two'].join('\n');

  it('cuts prose, code and blank lines so that joining them gives the text back', () => {
    const blocks = markdownBlocks(doc);
    assert.equal(blocks.map((b) => b.text).join('\n'), doc);
    assert.deepEqual(blocks.filter((b) => b.translatable).map((b) => b.text), ['First paragraph,\ntwo lines.', '- a list\n- of two']);
  });

  it('translates prose blocks and leaves fenced code alone', () => {
    assert.equal(tmd(doc, 'en'), doc);
    // Not in the catalogue: stays English even in the pseudo-locale.
    assert.equal(tmd(doc, 'qps-ploc'), doc);
    const known = Object.keys(english).find((k) => k.includes('\n') && !k.includes('```'))!;
    const pseudoDoc = tmd(`${known}\n\n\`\`\`cisco\nservice call-home\n\`\`\``, 'qps-ploc');
    assert.ok(pseudoDoc.startsWith('⟦') && pseudoDoc.endsWith('⟧\n\n```cisco\nservice call-home\n```'), pseudoDoc);
  });
});

describe('rule pages: a translated summary per language at the top', () => {
  const summaries = ruleSummaries();

  it('every page has a one-paragraph summary in every shipped language, keeping its commands', () => {
    for (const locale of LOCALES) {
      const ids = Object.keys(summaries[locale]).sort();
      assert.deepEqual(ids, rulePages(), `${locale}: l10n/rule-summaries.${locale}.json covers exactly the pages of docs/rules`);
      for (const [id, text] of Object.entries(summaries[locale])) {
        assert.ok(text.trim().length >= 40 && !/\n\s*\n/.test(text), `${locale} ${id}: one paragraph`);
        assert.ok(/\p{L}/u.test(text.replace(VERBATIM, '')), `${locale} ${id}: prose`);
      }
    }
  });

  it('the pages hold the summaries as written by npm run l10n, under the title', () => {
    for (const id of rulePages()) {
      const page = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
      assert.equal(page, pageWithSummaries(page, id, summaries), `docs/rules/${id}.md: run npm run l10n`);
      assert.equal(page.split('\n')[0], `# ${id}`);
    }
  });

  it('writing the summaries twice changes nothing, and replaces older ones', () => {
    const page = '# x\n\nWhat it does.\n';
    const once = pageWithSummaries(page, 'x', { de: { x: 'Eins.' }, nl: {}, 'pt-br': {}, 'zh-cn': { x: '一。' } });
    assert.equal(once, '# x\n\n<!-- l10n-summaries: written by `npm run l10n` from l10n/rule-summaries.<locale>.json -->\n> **Deutsch:** Eins.\n>\n> **简体中文:** 一。\n<!-- /l10n-summaries -->\n\nWhat it does.\n');
    assert.equal(pageWithSummaries(once, 'x', { de: { x: 'Eins.' }, nl: {}, 'pt-br': {}, 'zh-cn': { x: '一。' } }), once);
    assert.equal(pageWithSummaries(once, 'x', { de: { x: 'Zwei.' }, nl: {}, 'pt-br': {}, 'zh-cn': {} }).split('Eins').length, 1);
    assert.equal(pageWithSummaries(once, 'x', { de: {}, nl: {}, 'pt-br': {}, 'zh-cn': {} }), page);
  });
});

describe('sentences joined in a message', () => {
  it('Chinese takes no space after its full-width punctuation; other languages keep theirs', () => {
    assert.equal(tidyJoins('时钟不是权威时间源。 请检查时间源。 在第 3 行确认。', 'zh-cn'), '时钟不是权威时间源。请检查时间源。在第 3 行确认。');
    assert.equal(tidyJoins('失败原因："Fail to send out Call Home HTTP message."： 检查 DNS', 'zh-cn'), '失败原因："Fail to send out Call Home HTTP message."：检查 DNS');
    assert.equal(tidyJoins('Die Uhr ist falsch. Prüfen Sie NTP.', 'de'), 'Die Uhr ist falsch. Prüfen Sie NTP.');
    assert.equal(tidyJoins('A: b. C', 'en'), 'A: b. C');
  });
});
