// Markdown in the user's language, a paragraph at a time (issue 18). Hover docs and rule
// explanations are tables of English Markdown built when their modules load; they are translated
// where they are shown, block by block: a paragraph (lines up to a blank line), a list or a table is
// one catalogue key, a fenced code block is never translated (it is what the user types).
import { getLocale, Locale, lookup, VERBATIM } from './index';

export interface MarkdownBlock {
  text: string;
  /** False for fenced code, blank lines and blocks with nothing to translate. */
  translatable: boolean;
}

/** A block is worth a translator's time when a letter is left once the verbatim spans are taken out. */
export function translatableBlock(text: string): boolean {
  return /\p{L}/u.test(text.replace(VERBATIM, ''));
}

/** The blocks of `markdown`, in order; joining their texts with '\n' gives `markdown` back. */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const lines = markdown.split('\n');
  const blocks: MarkdownBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) {
      const fence = line.trim().slice(0, 3);
      let j = i + 1;
      while (j < lines.length && !lines[j].trim().startsWith(fence)) j++;
      const end = Math.min(j, lines.length - 1);
      blocks.push({ text: lines.slice(i, end + 1).join('\n'), translatable: false });
      i = end + 1;
    } else if (line.trim() === '') {
      blocks.push({ text: line, translatable: false });
      i++;
    } else {
      let j = i + 1;
      while (j < lines.length && lines[j].trim() !== '' && !/^\s*(```|~~~)/.test(lines[j])) j++;
      const text = lines.slice(i, j).join('\n');
      blocks.push({ text, translatable: translatableBlock(text) });
      i = j;
    }
  }
  return blocks;
}

/** `markdown` in `locale`: each prose block looked up in the catalogue, code and blank lines as they are. */
export function tmd(markdown: string, locale: Locale = getLocale()): string {
  if (locale === 'en') return markdown;
  return markdownBlocks(markdown).map((b) => (b.translatable ? lookup(b.text, locale) : b.text)).join('\n');
}
