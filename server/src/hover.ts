// Hover content (Markdown), plain data for the LSP layer: on a flagged line, each finding (what the
// device does, what to type, its page); elsewhere, what the command or output line under the cursor means.
import { LintResult } from './engine';
import { applyEdits } from './fixes';
import { commandDocs, CommandKey } from './docs/commands';
import { TopicDoc } from './docs/types';
import { DeviceModel } from './model/types';
import { ConfigNode } from './parse/config';
import { metaOf } from './directives';
import { rulesById } from './rules';
import { adviceDialect } from './rules/lib/evidence';
import { showOutputHover, topicTitle } from './showHover';
import { t, tmd } from './l10n';
import { Position } from './types';

/** The deepest config node on a line, or undefined. */
export function nodeAtLine(model: DeviceModel, line: number): ConfigNode | undefined {
  const roots = model.config.roots;
  let lo = 0;
  let hi = roots.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (roots[mid].line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  let node: ConfigNode | undefined = roots[found];
  if (node.lastLine < line) return undefined;
  for (;;) {
    if (node.line === line) return node;
    const child: ConfigNode | undefined = node.children.find((c) => c.line <= line && c.lastLine >= line);
    if (!child) return undefined;
    node = child;
  }
}

function commandKey(model: DeviceModel, node: ConfigNode): CommandKey | undefined {
  const w = node.words.map((x) => x.text.toLowerCase());
  const t = w.join(' ');
  const parent = node.parent;
  const nx = model.dialect === 'nxos';
  if (!parent) {
    if (t === 'service call-home' || t === 'no service call-home') return 'service call-home';
    if (t === 'call-home') return 'call-home';
    if (t === 'callhome') return 'callhome';
    if (t.startsWith('license smart url cslu')) return 'license smart url cslu';
    for (const k of ['license smart transport', 'license smart url', 'license smart vrf', 'license smart proxy'] as const) if (t.startsWith(k)) return k;
    if (t.startsWith('license smart register idtoken')) return 'license smart register idtoken';
    if (t.startsWith('license smart trust idtoken')) return 'license smart trust idtoken';
    if (t === 'clock calendar-valid') return 'clock calendar-valid';
    if (/^s?ntp (server|peer)/.test(t)) return nx ? 'nxos ntp server' : 'ntp server';
    if (/^ip domain[- ]name /.test(t)) return 'ip domain name';
    if (nx && t.startsWith('ip dns source-interface')) return 'nxos ip dns source-interface';
    if (t.startsWith('ip http client source-interface')) return 'ip http client source-interface';
    if (t.startsWith('ip name-server')) return nx ? 'nxos ip name-server' : 'ip name-server';
    if (/^(no )?ip domain[- ]lookup/.test(t)) return nx ? 'nxos ip domain-lookup' : 'ip domain lookup';
    if (t.startsWith('ip host ')) return 'ip host';
    if (t.startsWith('crypto pki trustpoint')) return 'crypto pki trustpoint';
    if (t.startsWith('ip route') || t.startsWith('ipv6 route')) return nx ? 'nxos ip route' : 'ip route';
    if (t.startsWith('vrf context')) return 'nxos vrf context';
    return undefined;
  }
  const ptext = parent.words.map((x) => x.text.toLowerCase()).join(' ');
  if (ptext === 'call-home') {
    if (w[0] === 'profile') return 'call-home profile';
    if (w[0] === 'contact-email-addr') return 'call-home contact-email-addr';
    if (w[0] === 'vrf') return 'call-home vrf';
    if (w[0] === 'source-interface') return 'call-home source-interface';
    if (w[0] === 'http-proxy') return 'call-home http-proxy';
    if (t.includes('http secure server-identity-check')) return 'call-home http secure server-identity-check';
  }
  if (w[0] && parent.words[0]?.text === 'profile' && parent.parent?.text === 'call-home') {
    if (t === 'active') return 'profile active';
    if (t === 'no active') return 'profile no active';
    if (w[0] === 'reporting') return 'profile reporting';
    if (t.startsWith('destination transport-method')) return 'profile destination transport-method';
    if (t.startsWith('destination address http')) return 'profile destination address http';
  }
  if (ptext === 'callhome') {
    if (w[0] === 'destination-profile') {
      if (w.includes('transport-method')) return 'callhome destination-profile transport-method';
      if (w.includes('http')) return 'callhome destination-profile http';
    }
    if (t.startsWith('transport http use-vrf')) return 'callhome transport http use-vrf';
    if (t.startsWith('transport http proxy')) return 'callhome transport http proxy';
    if (t === 'enable') return 'callhome enable';
    if (w[0] === 'email-contact') return 'callhome email-contact';
  }
  if (parent.words[0]?.text === 'interface' && (t.startsWith('vrf forwarding') || t.startsWith('ip vrf forwarding') || t.startsWith('vrf member'))) return 'vrf forwarding';
  if (ptext.startsWith('crypto pki trustpoint') && w[0] === 'revocation-check') return 'revocation-check';
  if (ptext.startsWith('vrf context')) {
    // `vrf context` is NX-OS only: its routes and name servers get the NX-OS hover whatever the rest of the text suggests.
    if (t.startsWith('ip name-server')) return 'nxos ip name-server';
    if (t.startsWith('ip route')) return 'nxos ip route';
    if (/^ip domain[- ]name /.test(t)) return 'ip domain name';
  }
  return undefined;
}

/** A doc's title and Markdown in the current locale. */
export function renderTopic(doc: TopicDoc): string {
  return `**${topicTitle(doc.title)}**\n\n${tmd(doc.markdown)}`;
}

/** Extra hover sources (show-output states, syslog mnemonics…) register here. */
export type HoverProvider = (model: DeviceModel, position: Position) => string | undefined;
// Show outputs and logs: states, failure reasons, syslog mnemonics, SAEVT_* events (issue 4).
export const hoverProviders: HoverProvider[] = [showOutputHover];

/** Splits Markdown into its prose and its fenced code blocks. */
function proseAndCode(markdown: string): { prose: string; code: string[] } {
  const code: string[] = [];
  const prose = markdown.replace(/\n?```[^\n]*\n[\s\S]*?\n```/g, (block) => {
    code.push(block.trim());
    return '';
  }).trim();
  return { prose, code };
}

/**
 * At most this much of the explanation: whole sentences of its first paragraph, at least one (the
 * page has the rest). VS Code's hover is 250 px high in a usual window: about twelve lines for the
 * message, this, the lines to type and the link.
 */
const MAX_PROSE = 200;
/** A fix that changes more lines than this is not "a line to type": the page's example is shown instead. */
const MAX_TYPED_LINES = 8;
/** How far above a fix to look for the block its lines go in. */
const MAX_HEADER_SEARCH = 2000;

/**
 * Where a sentence ends: `.`, `!` or `?` (or the `*` closing an emphasis after one) followed by
 * space and a capital letter of any script, a backtick, `*` or `(`; or a full-width 。！？ (Chinese,
 * Japanese), which takes no space after it.
 */
const SENTENCE_END = /(?<=[.!?*])\s+(?=[\p{Lu}`*(¿¡„«])|(?<=[。！？])\s*/u;

/**
 * The first paragraph, cut after the last whole sentence that fits MAX_PROSE. Texts in scripts
 * without spaces carry more per character: their limit is half as many characters.
 */
export function whatTheDeviceDoes(prose: string): string {
  const first = prose.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ').trim();
  const wide = /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(first);
  const max = wide ? MAX_PROSE / 2 : MAX_PROSE;
  if (first.length <= max) return first;
  let out = '';
  for (const sentence of first.split(SENTENCE_END).filter(Boolean)) {
    const sep = out && !/[。！？]$/.test(out) ? ' ' : '';
    const next = out ? `${out}${sep}${sentence}` : sentence;
    if (out && next.length > max) break;
    out = next;
  }
  return out;
}

/**
 * The lines the finding's first fix leaves in the config, under the block headers they belong to
 * (what a person types in configuration mode), or undefined when the fix is not a few lines.
 */
function linesAfterFix(result: LintResult, f: LintResult['findings'][number]): string[] | undefined {
  const fix = f.fixes[0];
  if (!fix?.edits.length) return undefined;
  const lines = result.model.lines;
  const first = Math.min(...fix.edits.map((e) => e.range.start.line));
  const last = Math.max(...fix.edits.map((e) => e.range.end.line));
  if (last - first >= MAX_TYPED_LINES || last >= lines.count) return undefined;
  const before = lines.text.slice(lines.starts[first], lines.ends[last]);
  const shifted = fix.edits.map((e) => ({ ...e, range: {
    start: { line: e.range.start.line - first, character: e.range.start.character },
    end: { line: e.range.end.line - first, character: e.range.end.character },
  } }));
  const unchanged = new Set(before.split(/\r?\n/));
  const typed = applyEdits(before, shifted).text.split(/\r?\n/).filter((l) => l.trim() && !/^\s*!/.test(l) && !unchanged.has(l));
  if (typed.length === 0 || typed.length > MAX_TYPED_LINES) return undefined;
  // The block the typed lines go in: the nearest command above them that is less indented, and its parents.
  const depth = typed[0].length - typed[0].trimStart().length;
  let block: ConfigNode | null = null;
  for (let line = first; depth > 0 && !block && line >= Math.max(0, first - MAX_HEADER_SEARCH); line--) {
    const node = nodeAtLine(result.model, line);
    if (node && node.indent < depth) block = node;
  }
  const headers: string[] = [];
  for (let node = block; node; node = node.parent) headers.unshift(' '.repeat(node.indent) + node.text);
  return [...headers, ...typed];
}

/**
 * One finding, on one screen (issue 15.2): the editor already shows the diagnostic's message above
 * the hover, so this gives what the device does (the explanation's first sentences) with one link to
 * the rule's page, which has the rest, then the lines to type (the finding's remedy, else what its
 * fix leaves, else the page's example). An explanation with a block per platform and nothing
 * finding-specific to type stays whole.
 */
function findingHover(result: LintResult, f: LintResult['findings'][number]): string {
  const meta = metaOf(f.ruleId, rulesById);
  const head = `\`${f.ruleId}\``;
  if (!meta) return `${head}: ${f.message}`;
  // Translated before it is cut: sentences are counted in the language shown.
  const explanation = tmd(meta.explanationFor?.(adviceDialect(result.model)) ?? meta.explanation);
  const { prose, code } = proseAndCode(explanation);
  const link = `[${t('Rule documentation')}](${meta.docsUrl})`;
  const typed = f.remedy?.length ? f.remedy : linesAfterFix(result, f);
  if (!typed && code.length > 1) return [`${head} ${explanation.trim()}`, link].join('\n\n');
  const toType = typed ? ['```cisco', ...typed, '```'].join('\n') : code[0];
  // The link ends the first paragraph: a paragraph of its own would cost the hover a line.
  return [`${head} ${whatTheDeviceDoes(prose)} ${link}`, toType].filter(Boolean).join('\n\n');
}

export function hoverAt(result: LintResult, position: Position): string | undefined {
  const onLine = result.findings.filter((f) => f.range.start.line <= position.line && f.range.end.line >= position.line);
  // A flagged line is about the finding: the keyword documentation would push the fix off screen.
  if (onLine.length) return onLine.map((f) => findingHover(result, f)).join('\n\n---\n\n');
  const parts: string[] = [];
  const node = nodeAtLine(result.model, position.line);
  if (node) {
    const key = commandKey(result.model, node);
    if (key && commandDocs[key]) parts.push(renderTopic(commandDocs[key]));
  }
  for (const p of hoverProviders) {
    const s = p(result.model, position);
    if (s) parts.push(s);
  }
  return parts.length ? parts.join('\n\n---\n\n') : undefined;
}
