// The message catalogue (issue 18): every string a user reads, gathered from the sources so
// l10n/bundle.l10n.json never drifts from the code.
//   npm run l10n            rewrite l10n/bundle.l10n.json from the sources
//   npm run l10n            also writes each rule page's translated summaries (l10n/rule-summaries.<locale>.json)
//   npm run l10n -- --check list, per locale, the keys a bundle lacks or no longer needs (exit 1 if any)
// Two kinds of strings: messages written where they are used, found in the source as the first
// argument of t(), msg() or vscode.l10n.t() (a string literal: the key must be readable without running
// the code); and the Markdown tables of hover knowledge and rule explanations, read by loading their
// modules and cut into blocks as l10n/markdown.ts cuts them when it translates.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { commandDocs } from '../server/src/docs/commands';
import { failureReasonDocs } from '../server/src/docs/reasons';
import { stateDocs } from '../server/src/docs/states';
import { eventDocs, syslogDocs } from '../server/src/docs/syslog';
import { directiveRules } from '../server/src/directives';
import { LOCALES, markdownBlocks, translatableBlock } from '../server/src/l10n';
import { rules } from '../server/src/rules';
import { titleNote } from '../server/src/showHover';

const ROOT = join(__dirname, '..');
const SOURCE_DIRS = ['server/src', 'client/src'];

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Whether a call is t(…), msg(…) or (vscode.)l10n.t(…). */
function isCatalogueCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't' || callee.text === 'msg';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't'
    && (ts.isIdentifier(callee.expression) ? callee.expression.text === 'l10n'
      : ts.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === 'l10n');
}

export interface Occurrence { key: string; where: string }

/** The string-literal keys of catalogue calls in the sources; `problems` gets calls whose key is not a literal. */
export function sourceMessages(problems: string[] = []): Occurrence[] {
  const found: Occurrence[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of tsFiles(join(ROOT, dir))) {
      if (file.includes(`${join('server', 'src', 'l10n')}`)) continue;
      const text = readFileSync(file, 'utf8');
      if (!/\b(?:t|msg)\(/.test(text)) continue;
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node) => {
        if (ts.isCallExpression(node) && isCatalogueCall(node) && node.arguments.length > 0) {
          const arg = node.arguments[0];
          const where = `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          const literals = ts.isConditionalExpression(arg) ? [arg.whenTrue, arg.whenFalse] : [arg];
          for (const lit of literals) {
            if (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit)) found.push({ key: lit.text, where });
            // t(x) with a variable translates a message marked by msg() where it was defined.
            else if (ts.isTemplateExpression(lit) || ts.isBinaryExpression(lit)) problems.push(`${where}: the message must be one string literal`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

/** The blocks of the hover knowledge and the rule explanations, as tmd() will look them up. */
export function markdownMessages(): Occurrence[] {
  const found: Occurrence[] = [];
  const add = (markdown: string | undefined, where: string) => {
    if (!markdown) return;
    for (const b of markdownBlocks(markdown)) if (b.translatable) found.push({ key: b.text, where });
  };
  for (const r of [...rules, ...directiveRules]) {
    found.push({ key: r.meta.description, where: `rule ${r.id}: description` });
    add(r.meta.explanation, `rule ${r.id}: explanation`);
    for (const d of ['ios', 'nxos', 'unknown'] as const) add(r.meta.explanationFor?.(d), `rule ${r.id}: explanation (${d})`);
  }
  for (const [k, d] of Object.entries(commandDocs)) {
    // A command title is syntax; its note in parentheses (`(under call-home)`) is prose (showHover.ts topicTitle).
    const note = titleNote(d.title);
    if (note && translatableBlock(note) && !/^NX-OS[\s\d.()+]*$/.test(note)) found.push({ key: note, where: `command ${k}: title` });
    add(d.markdown, `command ${k}`);
  }
  for (const [k, d] of Object.entries(stateDocs)) add(d.markdown, `state ${k}`);
  for (const [k, d] of Object.entries(syslogDocs)) add(d.markdown, `syslog ${k}`);
  for (const [k, d] of Object.entries(eventDocs)) add(d.markdown, `event ${k}`);
  for (const d of failureReasonDocs) {
    // Reason titles name the seed scenario ("Scenario 1: Product Already Registered"); command, state
    // and mnemonic titles are what the device prints or the user types.
    if (translatableBlock(d.title)) found.push({ key: d.title, where: `reason ${d.title}` });
    add(d.markdown, `reason ${d.title}`);
    add(d.byDialect?.ios, `reason ${d.title} (IOS-XE)`);
    add(d.byDialect?.nxos, `reason ${d.title} (NX-OS)`);
  }
  return found;
}

/** Every key, sorted, each with the first place it comes from. */
export function catalogue(problems: string[] = []): Map<string, string> {
  const all = [...sourceMessages(problems), ...markdownMessages()];
  const map = new Map<string, string>();
  for (const o of all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) if (!map.has(o.key)) map.set(o.key, o.where);
  return map;
}

export function englishBundle(keys: Iterable<string>): string {
  const obj: Record<string, string> = {};
  for (const k of keys) obj[k] = k;
  return `${JSON.stringify(obj, null, 2)}\n`;
}

/** The pages that get translated summaries: every page of docs/rules but the index. */
export function rulePages(): string[] {
  return readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();
}

export const LANGUAGE_NAMES: Record<(typeof LOCALES)[number], string> = {
  de: 'Deutsch', nl: 'Nederlands', 'pt-br': 'Português (Brasil)', 'zh-cn': '简体中文',
};

const SUMMARY_START = '<!-- l10n-summaries: written by `npm run l10n` from l10n/rule-summaries.<locale>.json -->';
const SUMMARY_END = '<!-- /l10n-summaries -->';

/** Each locale's summaries (rule id → one paragraph); a locale without its file has none. */
export function ruleSummaries(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const locale of LOCALES) {
    const file = join(ROOT, 'l10n', `rule-summaries.${locale}.json`);
    out[locale] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  }
  return out;
}

/**
 * A rule page with its translated summaries under the title (issue 18: pages stay English, with one
 * paragraph per language at the top), replacing the ones written before.
 */
export function pageWithSummaries(page: string, id: string, summaries: Record<string, Record<string, string>>): string {
  const lines = page.split('\n');
  const start = lines.indexOf(SUMMARY_START);
  const end = lines.indexOf(SUMMARY_END);
  if (start >= 0 && end > start) lines.splice(start, end - start + 1 + (lines[end + 1] === '' ? 1 : 0));
  const paragraphs = LOCALES.filter((l) => summaries[l]?.[id]).map((l) => `> **${LANGUAGE_NAMES[l]}:** ${summaries[l][id].trim()}`);
  if (!paragraphs.length) return lines.join('\n');
  // Below the title and its blank line.
  const at = lines[1] === '' ? 2 : 1;
  lines.splice(at, 0, SUMMARY_START, paragraphs.join('\n>\n'), SUMMARY_END, '');
  return lines.join('\n');
}

function main(): void {
  const problems: string[] = [];
  const cat = catalogue(problems);
  for (const p of problems) console.error(p);
  if (process.argv.includes('--check')) {
    let missing = 0;
    for (const locale of LOCALES) {
      const bundle: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'l10n', `bundle.l10n.${locale}.json`), 'utf8'));
      const lacks = [...cat.keys()].filter((k) => bundle[k] === undefined);
      const stale = Object.keys(bundle).filter((k) => !cat.has(k));
      missing += lacks.length + stale.length;
      console.log(`${locale}: ${lacks.length} missing, ${stale.length} no longer used`);
      if (process.argv.includes('--verbose')) for (const k of lacks) console.log(`  missing: ${JSON.stringify(k)} (${cat.get(k)})`);
    }
    process.exit(missing || problems.length ? 1 : 0);
  }
  writeFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), englishBundle(cat.keys()));
  console.log(`l10n/bundle.l10n.json: ${cat.size} messages`);
  const summaries = ruleSummaries();
  let pages = 0;
  for (const id of rulePages()) {
    const file = join(ROOT, 'docs', 'rules', `${id}.md`);
    const before = readFileSync(file, 'utf8');
    const after = pageWithSummaries(before, id, summaries);
    if (after !== before) { writeFileSync(file, after); pages++; }
  }
  if (pages) console.log(`docs/rules: translated summaries written into ${pages} pages`);
  if (problems.length) process.exit(1);
}

if (require.main === module) main();
