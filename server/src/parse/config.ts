// Config section -> a tree of commands by indentation (IOS nests by one space, NX-OS by two; the
// tree only compares depths, so both work). Banner bodies and `!` comments are not commands.
// Only the blocks the model reads get child nodes: the rest of a 10 MiB config is skipped by
// looking at one character a line, which keeps the engine at disk speed.
import { FlatDepths, inferFlatDepths } from './inferIndent';
import { TextLines } from './lines';
import { Section } from './sections';

export interface Word {
  text: string;
  /** Columns of the word in its line (quotes included for a quoted word). */
  start: number;
  end: number;
}

/** Where the word starting at `i` ends: after its closing quote for a quoted word, else at a space or tab. */
function wordEnd(s: string, i: number): number {
  const n = s.length;
  if (s.charCodeAt(i) === 34 /* " */) {
    const close = s.indexOf('"', i + 1);
    return close < 0 ? n : close + 1;
  }
  while (i < n) {
    const d = s.charCodeAt(i);
    if (d === 32 || d === 9) break;
    i++;
  }
  return i;
}

// Quoted words (`profile "CiscoTAC-1"`, `http-proxy "proxy.example.com" port 3128`) stay whole.
export function splitWords(s: string, offset: number): Word[] {
  const words: Word[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(s, i);
    words.push({ text: s.slice(start, i), start: start + offset, end: i + offset });
  }
  return words;
}

/** The texts of the first `limit` words, exactly as splitWords would cut them. */
export function leadingWords(s: string, limit: number): string[] {
  const words: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n && words.length < limit) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(s, i);
    words.push(s.slice(start, i));
  }
  return words;
}

/** The command's first word (up to a space or tab). */
export function firstWord(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) return s.slice(0, i);
  }
  return s;
}

export function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}

/**
 * False only when `s` cannot begin with a word whose lower case is `lower`. Compares ASCII
 * characters in place so most lines are rejected without being split into words; any other
 * character (whose lower case may change length) defers to the full comparison.
 */
export function mayStartWithWord(s: string, lower: string, at = 0): boolean {
  for (let i = 0; i < lower.length; i++) {
    let c = s.charCodeAt(at + i);
    if (c !== c) return false; // s ends before the word could
    const l = lower.charCodeAt(i);
    if (c >= 128 || l >= 128) return true;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== l) return false;
  }
  return true;
}

export class ConfigNode {
  /** Last line of this command's block (its own line when it has no children). */
  lastLine: number;
  private cachedWords: Word[] | null = null;
  private childList: ConfigNode[] | null = null;
  /** Set on the top-level blocks the model reads: their children are parsed on first use. */
  private lazySource: TextLines | null = null;
  /** Depths of the block's column-0 sub-commands when the paste lost its indentation (inferIndent.ts). */
  private lazyDepths: FlatDepths | undefined;

  constructor(
    readonly line: number,
    /** Column where the command starts (its indentation). */
    readonly indent: number,
    /** The command without indentation or trailing space. */
    readonly text: string,
    readonly parent: ConfigNode | null,
  ) {
    this.lastLine = line;
  }

  /** Sub-commands, by indentation. Built on first use: most blocks of a large config are never read. */
  get children(): ConfigNode[] {
    if (this.childList === null) {
      const source = this.lazySource;
      this.lazySource = null;
      this.childList = [];
      if (source) parseChildren(this, source, this.lazyDepths);
    }
    return this.childList;
  }

  set children(list: ConfigNode[]) {
    this.lazySource = null;
    this.childList = list;
  }

  /**
   * False when no line of the block can begin with any of these (lower-case) words. Reads the raw
   * lines of a block whose children are not built yet, so a caller can skip building them.
   */
  mayHaveChildStartingWith(lowerWords: string[]): boolean {
    const lines = this.lazySource;
    if (lines === null) return true;
    const text = lines.text;
    for (let i = this.line + 1; i <= this.lastLine; i++) {
      let col = lines.starts[i];
      const end = lines.ends[i];
      let c = text.charCodeAt(col);
      while (col < end && (c === 32 || c === 9)) c = text.charCodeAt(++col);
      if (col >= end || c === 33 /* ! */) continue;
      for (let k = 0; k < lowerWords.length; k++) if (mayStartWithWord(text, lowerWords[k], col)) return true;
    }
    return false;
  }

  /** Marks a top-level block whose children parseChildren will read from these lines when asked. */
  deferChildren(source: TextLines, depths?: FlatDepths): void {
    this.lazySource = source;
    this.lazyDepths = depths;
  }

  get words(): Word[] {
    if (this.cachedWords === null) this.cachedWords = splitWords(this.text, this.indent);
    return this.cachedWords;
  }

  /** Column just past the command's last character. */
  get end(): number {
    return this.indent + this.text.length;
  }

  /** True when the command's words begin with these (`startsWith('destination', 'address')`). */
  startsWith(...prefix: string[]): boolean {
    // Compared in place, without splitting the line into words, while the text is plain ASCII;
    // a quoted word or any other character defers to the word-by-word comparison below.
    const t = this.text;
    let i = 0;
    let plain = true;
    for (let k = 0; k < prefix.length && plain; k++) {
      while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
      if (i >= t.length) return false;
      if (t.charCodeAt(i) === 34 /* " */) {
        plain = false;
        break;
      }
      const p = prefix[k];
      let j = 0;
      for (; i < t.length; i++, j++) {
        let c = t.charCodeAt(i);
        if (c === 32 || c === 9) break;
        const l = p.charCodeAt(j);
        if (c >= 128 || l >= 128) {
          plain = false;
          break;
        }
        if (c >= 65 && c <= 90) c += 32;
        if (c !== l) return false;
      }
      if (plain && j !== p.length) return false;
    }
    if (plain) return true;
    const w = this.words;
    if (w.length < prefix.length) return false;
    for (let i = 0; i < prefix.length; i++) if (w[i].text.toLowerCase() !== prefix[i]) return false;
    return true;
  }

  /** The words after a prefix, as text. */
  argsAfter(count: number): string[] {
    return this.words.slice(count).map((w) => w.text);
  }
}

/**
 * Builds a top-level block's tree from its lines (root.line, root.lastLine]: every line there is
 * indented, blank or a `!` comment, since a top-level command would have ended the block.
 */
function parseChildren(root: ConfigNode, lines: TextLines, depths?: FlatDepths): void {
  const text = lines.text;
  const stack: ConfigNode[] = [];
  /** Nesting depth of each node on the stack: its indentation, or the depth a flat paste's grammar gave it. */
  const stackDepth: number[] = [];
  const last = root.lastLine;
  for (let i = root.line + 1; i <= last; i++) {
    const start = lines.starts[i];
    let end = lines.ends[i];
    if (start >= end) continue;
    let col = start;
    let c = text.charCodeAt(col);
    while (c === 32 || c === 9) c = text.charCodeAt(++col);
    if (col >= end || c === 33 /* ! */) continue;
    const indent = col - start;
    const depth = (col === start && depths?.get(i)) || indent;
    while (end > col && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    while (stack.length > 0 && stackDepth[stack.length - 1] >= depth) {
      stack.pop();
      stackDepth.pop();
    }
    const parent = stack.length > 0 ? stack[stack.length - 1] : root;
    const node = new ConfigNode(i, indent, text.slice(col, end), parent);
    parent.children.push(node);
    for (let p: ConfigNode | null = parent; p; p = p.parent) p.lastLine = i;
    stack.push(node);
    stackDepth.push(depth);
  }
}

export interface DirectiveComment {
  line: number;
  /** Column of the `!`. */
  start: number;
  text: string;
}

export interface BannerBlock {
  startLine: number;
  endLine: number;
}

/**
 * A config section's top-level commands, indexed: the line where each starts and the last line of
 * its block, in typed arrays. A command becomes a ConfigNode (with its text) only when something
 * reads it (node(i)), so the bulk of a large config — thousands of interface, ACL or prefix-list
 * blocks no rule asks about — costs no objects. `roots` builds them all (navigation, tests).
 */
export class ParsedConfig {
  /** `! cisco-license-lint-…` comments (suppression directives), wherever they stand. */
  readonly directives: DirectiveComment[] = [];
  /** Other `!` comments at the top of the text (`!Command:`, `!Time:` of NX-OS). */
  readonly headerComments: DirectiveComment[] = [];
  readonly banners: BannerBlock[] = [];
  /** The line of `end`, when the configuration printed one. */
  endLine = -1;
  /** How many top-level commands. */
  count = 0;
  /** Line of each top-level command (the first `count` entries). */
  rootLines: Int32Array;
  /** Last line of each top-level command's block. */
  rootLast: Int32Array;
  private nodes: (ConfigNode | undefined)[] | null = null;
  private all: ConfigNode[] | null = null;

  constructor(
    readonly section: Section,
    readonly lines: TextLines,
    /** Depths of column-0 sub-commands in a paste that lost its indentation (inferIndent.ts). */
    readonly flat: FlatDepths | undefined,
  ) {
    const guess = Math.max(16, (section.endLine - section.startLine) >> 2);
    this.rootLines = new Int32Array(guess);
    this.rootLast = new Int32Array(guess);
  }

  /** Records a top-level command on line `line` (its block ends there until lines are added). */
  push(line: number): void {
    if (this.count === this.rootLines.length) {
      const lines = new Int32Array(this.count * 2);
      lines.set(this.rootLines);
      this.rootLines = lines;
      const last = new Int32Array(this.count * 2);
      last.set(this.rootLast);
      this.rootLast = last;
    }
    this.rootLines[this.count] = line;
    this.rootLast[this.count] = line;
    this.count++;
  }

  /** Column where the command of root i starts (a byte order mark on line 0 is not part of it). */
  rootStart(i: number): number {
    const line = this.rootLines[i];
    return this.lines.starts[line] + (line === 0 ? this.lines.bomLength : 0);
  }

  /** Column just past the command of root i, trailing spaces and tabs left out. */
  rootEnd(i: number): number {
    const text = this.lines.text;
    const start = this.rootStart(i);
    let end = this.lines.ends[this.rootLines[i]];
    while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    return end;
  }

  /** The command of root i without indentation or trailing space (what ConfigNode.text holds). */
  rootText(i: number): string {
    return this.lines.text.slice(this.rootStart(i), this.rootEnd(i));
  }

  /** Root i as a node, built on first use and the same object every time. */
  node(i: number): ConfigNode {
    const nodes = (this.nodes ??= new Array<ConfigNode | undefined>(this.count));
    let node = nodes[i];
    if (node === undefined) {
      const text = this.rootText(i);
      node = new ConfigNode(this.rootLines[i], 0, text, null);
      node.lastLine = this.rootLast[i];
      if (TRACKED_BLOCKS.has(firstWord(text))) node.deferChildren(this.lines, this.flat);
      nodes[i] = node;
    }
    return node;
  }

  /**
   * Indexes of the top-level commands whose block (first line to last) holds `s`, in order. One
   * indexOf over the text, a block skipped once found: no node and no string per command (a
   * prefix-list config has 200,000 of them and a rule looks for a `<` in a few).
   */
  rootsHolding(s: string): number[] {
    const out: number[] = [];
    const { text, starts, ends } = this.lines;
    const n = this.count;
    let r = 0;
    let at = n > 0 ? text.indexOf(s, starts[this.rootLines[0]]) : -1;
    while (at >= 0 && r < n) {
      while (r < n && ends[this.rootLast[r]] < at + s.length) r++;
      if (r >= n) break;
      const blockStart = starts[this.rootLines[r]];
      if (at >= blockStart) {
        out.push(r);
        at = text.indexOf(s, ends[this.rootLast[r]]);
        r++;
      } else at = text.indexOf(s, blockStart);
    }
    return out;
  }

  /** Every top-level command, in order, as nodes. */
  get roots(): ConfigNode[] {
    if (this.all === null) {
      const all: ConfigNode[] = new Array(this.count);
      for (let i = 0; i < this.count; i++) all[i] = this.node(i);
      this.all = all;
    }
    return this.all;
  }
}

const DIRECTIVE_MARK = 'cisco-license-lint';
/** `!Time:` is the shortest comment kept; a directive is longer. */
const SHORTEST_KEPT_COMMENT = '!Time:'.length;

// Top-level commands whose blocks the model reads.
const TRACKED_BLOCKS = new Set(['call-home', 'callhome', 'interface', 'vrf', 'ip', 'crypto', 'router', 'license']);

const BANNER_TYPES = new Set(['motd', 'login', 'exec', 'incoming', 'slip-ppp', 'prompt-timeout', 'config-save']);

/** For `banner motd ^C…`, the delimiter and where the body starts on the banner's own line. */
function bannerDelimiter(s: string): { delim: string; bodyStart: number } | null {
  const m = /^banner\s+(?:(\S+)\s+)?/.exec(s);
  if (!m) return null;
  let at = m[0].length;
  if (m[1] && !BANNER_TYPES.has(m[1])) {
    // `banner ^C…` (motd by default): the "type" we matched is the delimiter and body.
    at = s.indexOf(m[1], 6);
  }
  if (at >= s.length) return null;
  const delim = s.startsWith('^C', at) ? '^C' : s[at];
  return { delim, bodyStart: at + delim.length };
}

/** Does the text at `at` hold `word` followed by a space, a tab or `end`? */
export function wordAt(text: string, at: number, end: number, word: string): boolean {
  if (!text.startsWith(word, at)) return false;
  const after = at + word.length;
  if (after > end) return false;
  const c = text.charCodeAt(after);
  return after === end || c === 32 || c === 9;
}

export function parseConfig(lines: TextLines, section: Section): ParsedConfig {
  const text = lines.text;
  // Column-0 lines that a flat paste's grammar puts inside a block (usually none).
  const flat = inferFlatDepths(lines, section);
  const parsed = new ParsedConfig(section, lines, flat);
  const { directives, headerComments, banners } = parsed;
  /** Index of the open top-level block, -1 after `end` or before the first. */
  let top = -1;

  for (let i = section.startLine; i < section.endLine; i++) {
    let start = lines.starts[i];
    if (i === 0) start += lines.bomLength;
    const end = lines.ends[i];
    if (start >= end) continue;
    let col = start;
    let c = text.charCodeAt(col);
    while (c === 32 || c === 9) c = text.charCodeAt(++col);
    if (col >= end) continue;
    // Depth decides nesting; the column (which counts a BOM on line 0) positions ranges.
    const depth = (col === start && flat?.get(i)) || col - start;

    if (c === 33 /* ! */) {
      // Comments: directives anywhere, header comments at the top level. Most are a bare `!`,
      // too short to be either: those cost no string.
      if (end - col < SHORTEST_KEPT_COMMENT) continue;
      const s = text.slice(col, end);
      if (s.indexOf(DIRECTIVE_MARK) >= 0) directives.push({ line: i, start: col - lines.starts[i], text: s.trimEnd() });
      else if (depth === 0 && (s.startsWith('!Command:') || s.startsWith('!Time:'))) headerComments.push({ line: i, start: 0, text: s });
      continue;
    }

    if (depth > 0) {
      // The block's tree is built when first read (ConfigNode.children); here only its extent.
      if (top >= 0) parsed.rootLast[top] = i;
      continue;
    }

    // A top-level command: only its line is kept (its text is read when a reader asks, ParsedConfig.node).
    if (c === 98 /* b */ && text.startsWith('banner ', col)) {
      // The body is free text for people (often full of URLs and keywords): never configuration.
      let trimmed = end;
      while (trimmed > col && (text.charCodeAt(trimmed - 1) === 32 || text.charCodeAt(trimmed - 1) === 9)) trimmed--;
      const s = text.slice(col, trimmed);
      const d = bannerDelimiter(s);
      let last = i;
      if (d && s.indexOf(d.delim, d.bodyStart) < 0) {
        let j = i + 1;
        for (; j < section.endLine; j++) if (lines.line(j).indexOf(d.delim) >= 0) break;
        // An unterminated banner (truncated capture) would swallow the rest: keep it to its line.
        last = j < section.endLine ? j : i;
      }
      banners.push({ startLine: i, endLine: last });
      parsed.push(i);
      top = parsed.count - 1;
      parsed.rootLast[top] = last;
      i = last;
      continue;
    }
    if (c === 101 /* e */ && wordAt(text, col, end, 'end')) {
      let k = col + 3;
      while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k === end) {
        parsed.endLine = i;
        top = -1;
        continue;
      }
    }
    parsed.push(i);
    top = parsed.count - 1;
  }
  return parsed;
}
