// Messages of the server and the CLI in the user's language (issue 18). No VS Code types here: the
// CLI and the language server share it. Bundles are the files l10n/bundle.l10n.<locale>.json in the
// @vscode/l10n format: the key is the English message, `{name}` placeholders filled from `params`;
// a message missing from a bundle is shown in English. Rule messages and hovers are not routed
// through here yet (next step of issue 18).
import de from '../../../l10n/bundle.l10n.de.json';
import nl from '../../../l10n/bundle.l10n.nl.json';
import ptBr from '../../../l10n/bundle.l10n.pt-br.json';
import zhCn from '../../../l10n/bundle.l10n.zh-cn.json';

export const LOCALES = ['de', 'nl', 'pt-br', 'zh-cn'] as const;
export type Locale = 'en' | (typeof LOCALES)[number] | 'qps-ploc';

export const BUNDLES: Record<(typeof LOCALES)[number], Record<string, string>> = { de, nl, 'pt-br': ptBr, 'zh-cn': zhCn };

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

/** Pseudo-localised text: wrapped in ⟦…⟧ with placeholders kept, so untranslated English stands out. */
function pseudo(message: string): string {
  return `⟦${message}⟧`;
}

/** `message` (English, the key) in the current locale, with `{name}` replaced by `params.name`. */
export function t(message: string, params: Record<string, string | number> = {}, locale: Locale = current): string {
  let text = message;
  if (locale === 'qps-ploc') text = pseudo(message);
  else if (locale !== 'en') text = BUNDLES[locale][message] ?? message;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
