// Issue 18 with issue 15.3: a translated finding still fits the Problems panel. Translations run
// longer than English (German by about a seventh); over every example, each message in each shipped
// language stays within 1.5 times its English text, and says something other than the English.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { LOCALES, setLocale } from '../../server/src/l10n';

const DIR = join(__dirname, '..', '..', 'examples');
const files = readdirSync(DIR).filter((f) => /\.(cfg|txt)$/.test(f));
const messagesOf = (file: string) => lint(readFileSync(join(DIR, file), 'utf8')).findings.map((f) => f.message);

describe('translated messages fit the Problems panel', () => {
  after(() => setLocale('en'));
  setLocale('en');
  const english = new Map(files.map((f) => [f, messagesOf(f)]));

  for (const locale of LOCALES) {
    it(`${locale}: within 1.5 times the English, and translated`, () => {
      setLocale(locale);
      let count = 0;
      for (const file of files) {
        const en = english.get(file)!;
        const translated = messagesOf(file);
        assert.equal(translated.length, en.length, `${file}: the same findings`);
        translated.forEach((m, i) => {
          count++;
          assert.ok(m.length <= 1.5 * en[i].length, `${locale} ${file}: ${m.length} characters for ${en[i].length} in English: ${m}`);
          assert.notEqual(m, en[i], `${locale} ${file}: left in English`);
        });
      }
      assert.ok(count >= 50, `${count} messages`);
      setLocale('en');
    });
  }
});
