// Messages of the server and the CLI in the user's language (issue 18). No VS Code types here: the
// CLI and the language server share it. Bundles are the files l10n/bundle.l10n.<locale>.json in the
// @vscode/l10n format (the client reads the same files through vscode.l10n): the key is the English
// message, `{name}` placeholders filled from `params`; a message missing from a bundle is shown in
// English. `npm run l10n` rebuilds the English bundle from the sources (scripts/l10n.ts).
// A bundle is read from disk the first time its locale is asked for (l10n/ ships beside dist/ in the
// .vsix and the npm package): the bundles together are larger than the engine, and an English run
// reads none of them.
//
// What is never translated (issue 18): rule ids, commands a user types, device output quoted in a
// message, URLs. Messages keep them in `backticks`, "double quotes" or {placeholders}, and the
// translations keep those spans byte for byte (test/unit/l10n.test.ts checks it).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const LOCALES = ['de', 'nl', 'pt-br', 'zh-cn'] as const;
export type Locale = 'en' | (typeof LOCALES)[number] | 'qps-ploc';

type Bundle = Record<string, string>;

/**
 * Where a bundle file is: l10n/ beside dist/ when bundled, at the repository root when the sources run
 * under tsx. (The .vsix ships only the translations, not the English catalogue.)
 */
function bundlePath(file: string): string | undefined {
  let dir = __dirname;
  for (let up = 0; up < 5; up++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'l10n', file))) return join(dir, 'l10n', file);
  }
  return undefined;
}

const loaded = new Map<string, Bundle>();

/**
 * The bundle of `locale` ('' = the English catalogue), read once. A missing or unreadable bundle (a
 * copy of dist/cli.js without l10n/) leaves the messages in English rather than failing the run.
 */
export function bundle(locale: (typeof LOCALES)[number] | ''): Bundle {
  let b = loaded.get(locale);
  if (!b) {
    const path = bundlePath(locale ? `bundle.l10n.${locale}.json` : 'bundle.l10n.json');
    try {
      b = path ? JSON.parse(readFileSync(path, 'utf8')) as Bundle : {};
    } catch {
      b = {};
    }
    loaded.set(locale, b);
  }
  return b;
}

/**
 * The locale we ship for a requested tag: `de-AT` → de, `pt`/`pt-PT`/`pt-BR` → pt-br,
 * `zh`/`zh-Hans`/`zh-CN`/`zh-SG` → zh-cn, `qps-ploc` (pseudo-locale) kept; anything else English.
 * POSIX spellings are read too: `de_DE.UTF-8`, `pt_BR@euro`; `C` and `POSIX` are English.
 */
export function negotiateLocale(tag: string | undefined): Locale {
  if (!tag) return 'en';
  const t = tag.trim().replace(/[.@].*$/, '').replace(/_/g, '-').toLowerCase();
  if (t === 'qps-ploc') return 'qps-ploc';
  const [lang, ...rest] = t.split('-');
  switch (lang) {
    case 'de': return 'de';
    case 'nl': return 'nl';
    case 'pt': return 'pt-br';
    // Traditional Chinese (zh-Hant, zh-TW, zh-HK) is not shipped: English rather than the wrong script.
    case 'zh': return rest.some((s) => s === 'hant' || s === 'tw' || s === 'hk' || s === 'mo') ? 'en' : 'zh-cn';
    default: return 'en';
  }
}

/** The CLI's locale from the environment as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return negotiateLocale(tag);
}

let current: Locale = 'en';

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Placeholders `{name}` of a message, sorted: the same set must appear in every translation. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/**
 * The spans of a message that stay as they are in every language: placeholders, `code`, "quoted"
 * device text or commands, URLs, and Markdown link targets. A code span or a quote may run over a
 * line break of a Markdown paragraph (translations reflow their lines: compare spans with their
 * white space collapsed).
 */
export const VERBATIM = /\{\w+\}|`[^`]*`|"[^"]*"|\bhttps?:\/\/[^\s)>\]]*|\]\([^)\s]*\)/g;

const PSEUDO_FROM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PSEUDO_TO = [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'];

/**
 * Pseudo-localised text (`qps-ploc`): every letter outside the verbatim spans becomes an accented
 * look-alike and the message is wrapped in ⟦…⟧, so English left untranslated (a string that never
 * went through the catalogue) stands out in a pseudo-locale run, as in VS Code's own pseudo-locale.
 */
export function pseudo(message: string): string {
  let out = '';
  let last = 0;
  const accent = (s: string) => s.replace(/[A-Za-z]/g, (c) => PSEUDO_TO[PSEUDO_FROM.indexOf(c)]);
  for (const m of message.matchAll(VERBATIM)) {
    out += accent(message.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return `⟦${out + accent(message.slice(last))}⟧`;
}

/** The message's text in `locale`, before placeholders are filled: the key itself when not translated. */
export function lookup(message: string, locale: Locale = current): string {
  if (locale === 'en') return message;
  // The pseudo-locale transforms only what the catalogue holds: whatever it leaves plain is a string
  // no translator would ever see.
  if (locale === 'qps-ploc') {
    // The .vsix leaves the English catalogue out (VS Code needs only the translations): there, every
    // message is pseudo-localised.
    const catalogue = bundle('');
    return catalogue[message] !== undefined || Object.keys(catalogue).length === 0 ? pseudo(message) : message;
  }
  return bundle(locale)[message] ?? message;
}

/** `message` (English, the key) in the current locale, with `{name}` replaced by `params.name`. */
export function t(message: string, params: Record<string, string | number> = {}, locale: Locale = current): string {
  const text = lookup(message, locale);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Marks a message for the catalogue where it is defined (a table built when the module loads) and
 * returns it unchanged; it is translated where it is shown, by t(). As gettext's N_().
 */
export function msg<S extends string>(message: S): S {
  return message;
}

/**
 * A message put together from sentences (a cause, an action, "Confirmed on line N.") joins them with
 * a space, as English writes; Chinese writes none after its full-width punctuation. Applied to the
 * finished message, so no rule has to know how its pieces meet.
 */
export function tidyJoins(message: string, locale: Locale = current): string {
  return locale === 'zh-cn' ? message.replace(/([。！？；：，）]) +(?=\S)/g, '$1') : message;
}

export { markdownBlocks, tmd, translatableBlock } from './markdown';
