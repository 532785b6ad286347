// Lines -> sections. A file may be one running-config, one pasted show output, or a show-tech /
// capture holding many: each section knows the command that printed it and its line range, so
// the config parser reads only configuration and the show parsers only show output (SPEC §4).
import { TextLines } from './lines';

export type SectionKind = 'config' | 'show' | 'log';

export interface Section {
  kind: SectionKind;
  /** The command as normalised (`show license all`), or '' for a bare paste. */
  command: string;
  /** Output cut by `| include`, `| section`…: it holds part of what the command prints. */
  filtered: boolean;
  /** The prompt or show-tech banner line that opened the section, -1 for a bare paste. */
  headerLine: number;
  /** First line of the section's own text (after its header). */
  startLine: number;
  /** One past its last line. */
  endLine: number;
}

// `Switch#show license all`, `switch# sh run callhome`, `#show cal l-home profile all` (seeds truncate
// prompts), `Router>show clock`. The host part has no spaces, so no config line matches.
const PROMPT = /^([A-Za-z0-9_.:()\/@-]{0,63})(?:\(\S*\))?[#>]\s*((?:sh|sho|show|more|dir|term\S*)\b.*)$/;
// `------------------ show license all ------------------` (show-tech section banner).
const SHOWTECH_BANNER = /^\s*-{4,}\s*(show\s.*?)\s*-{4,}\s*$/;

const CONFIG_COMMAND = /^(?:sh(?:o|ow)?\s+(?:run\S*|start\S*|archive\s+config\S*|derived\S*|checkpoint\S*)|more\s+\S*(?:running|startup)-config)/i;
const LOG_COMMAND = /^sh(?:o|ow)?\s+log\S*/i;

export function classifyCommand(command: string): SectionKind {
  // A normalised `show x…` whose x starts with a lower-case letter that neither pattern begins its
  // second word with (run, start, archive, derived, checkpoint, log) is plain show output.
  if (command.startsWith('show ')) {
    const c = command.charCodeAt(5);
    if (c >= 97 && c <= 122 && c !== 114 && c !== 115 && c !== 97 && c !== 100 && c !== 99 && c !== 108) return 'show';
  }
  if (CONFIG_COMMAND.test(command)) return 'config';
  if (LOG_COMMAND.test(command)) return 'log';
  return 'show';
}

const KEYWORDS = new Set([
  'call-home', 'callhome', 'license', 'running-config', 'startup-config', 'profile', 'summary', 'status', 'tech-support',
  'eventlog', 'history', 'message', 'logging', 'usage', 'clock', 'version', 'all', 'support',
]);

/** The abbreviations people type, and what they stand for (a Map: a word such as `constructor` is no key of it). */
const EXPAND: ReadonlyMap<string, string> = new Map([
  ['sh', 'show'], ['sho', 'show'], ['run', 'running-config'], ['running-conf', 'running-config'], ['start', 'startup-config'],
  ['lic', 'license'], ['licen', 'license'], ['stat', 'status'], ['summ', 'summary'], ['tech', 'tech-support'], ['tech-sup', 'tech-support'],
  ['log', 'logging'], ['clo', 'clock'], ['cal', 'call-home'], ['call-h', 'call-home'], ['ver', 'version'], ['prof', 'profile'],
]);

/** KEYWORDS cut in two at every place: the first part -> the second parts that complete a keyword. */
const KEYWORD_SPLITS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const splits = new Map<string, Set<string>>();
  for (const k of KEYWORDS) {
    for (let at = 1; at < k.length; at++) {
      const head = k.slice(0, at);
      if (!splits.has(head)) splits.set(head, new Set());
      splits.get(head)!.add(k.slice(at));
    }
  }
  return splits;
})();

/**
 * The words normalising may change: EXPAND's keys and the first parts of KEYWORDS, by first character
 * (ASCII) and length (all are shorter than 16). A word that is none of them stays as it is.
 */
const MAY_CHANGE: string[][] = Array.from({ length: 128 * 16 }, () => []);
for (const w of [...EXPAND.keys(), ...KEYWORD_SPLITS.keys()]) MAY_CHANGE[w.charCodeAt(0) * 16 + w.length].push(w);

function mayChange(s: string, start: number, end: number): boolean {
  const length = end - start;
  const c = s.charCodeAt(start);
  if (length >= 16 || c >= 128) return false;
  const words = MAY_CHANGE[c * 16 + length];
  for (let k = 0; k < words.length; k++) if (s.startsWith(words[k], start)) return true;
  return false;
}

/** JavaScript's \s: what trim() takes off and split(/\s+/) splits on. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Is the lower-case command `s` already normal: words one space apart, none before or after, no `|`,
 * and no word that normalising changes? Read in place, no string made.
 */
function isNormal(s: string): boolean {
  let wordStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === wordStart || mayChange(s, wordStart, i)) return false;
      wordStart = i + 1;
    } else if (c === 124 /* | */ || isJsSpace(c)) return false;
  }
  return wordStart < s.length && !mayChange(s, wordStart, s.length);
}

/**
 * Expands the abbreviations people type (`sh run`, `sh lic all`) so rules can compare commands. Runs
 * once a prompt: a capture of a long session holds tens of thousands, so no table or pattern is made
 * here. Most commands are normal once in lower case (`show interfaces gigabitethernet1/0/1`): that is
 * checked in place and the string returned; the others are split into words (splitting every command
 * by regular expression and lower-casing each word took 0.7 µs a prompt, a fifth of the lint of a
 * 10 MiB session log).
 */
export function normaliseCommand(raw: string): { command: string; filtered: boolean } {
  // ASCII is lowered whole (a letter at a time, as each word alone would be). Outside ASCII each word
  // is lowered alone, as before: a sigma's lower case looks past a byte order mark (a space to \s,
  // ignorable to casing) at the next word.
  let ascii = true;
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c >= 65 && c <= 90) upper = true;
  }
  const s = ascii && upper ? raw.toLowerCase() : raw;
  if (ascii && isNormal(s)) return { command: s, filtered: false };
  const bar = s.indexOf('|');
  const filtered = bar >= 0;
  const stop = filtered ? bar : s.length;
  const words: string[] = [];
  for (let i = 0; i < stop; ) {
    while (i < stop && isJsSpace(s.charCodeAt(i))) i++;
    if (i >= stop) break;
    const from = i;
    while (i < stop && !isJsSpace(s.charCodeAt(i))) i++;
    words.push(ascii ? s.slice(from, i) : s.slice(from, i).toLowerCase());
  }
  // Seeds and pastes split a keyword with a stray space (`sh cal l-home profile all`): rejoin it.
  // KEYWORD_SPLITS answers without the two being joined first (lowered apart or together, a keyword's
  // letters are the same: none is a sigma).
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i + 1 < words.length && KEYWORD_SPLITS.get(words[i])?.has(words[i + 1])) {
      joined.push(words[i] + words[i + 1]);
      i++;
    } else joined.push(words[i]);
  }
  for (let i = 0; i < joined.length; i++) {
    const lower = joined[i];
    // `show license tech support` keeps its two words; only a lone `tech` means `tech-support`.
    if (lower === 'tech' && (joined[i + 1] ?? '').startsWith('sup')) continue;
    if (lower.startsWith('sup') && joined[i - 1] === 'tech') joined[i] = 'support';
    else joined[i] = EXPAND.get(lower) ?? lower;
  }
  return { command: joined.join(' '), filtered };
}

const CONFIG_SIGNAL =
  /^(?:Building configuration|Current configuration\s*:|!Command: show (?:running|startup)-config|!Time:|version \d|hostname \S|switchname \S|service \S|no service \S|call-home\b|callhome\b|license smart\b|license boot\b|interface \S|vrf (?:definition|context) \S|ip (?:route|name-server|domain|http|vrf)\b|feature \S|boot-(?:start|end)-marker|crypto pki\b|ntp server\b|clock (?:timezone|calendar-valid|summer-time)\b|banner \S|end$)/;
const SHOW_SIGNAL =
  /^\s*(?:Smart Licensing (?:Status|is (?:ENABLED|DISABLED)|Using Policy)|Registration:|License Authorization:|License Usage|License Summary|Trust Code Installed:|Profile Name:|Current call home settings:|Load for five secs|Time source is|Smart Account:|Virtual Account:|Transport:|Policy:|Usage Reporting:|Smart Licensing Status|Overall Trust:|Trust Establishment:|Product Information|Agent Version|License Authorizations|UDI:|Status:|Initial Registration:|Last Communication Attempt:|Evaluation Period Remaining:|Cisco IOS XE Software|Cisco IOS Software|Cisco Nexus Operating System|Technical Support:|No time source|Message History|Import Message History|REQUEST:|RESPONSE:|Attempts: Total=|Last Response:|Local Device:|Communication Statistics|Smart Licensing Tech Support|Current smart-licensing transport|HA UDI List|Feature\s+Ins\s+Lic|%Warning: reload required|[*.]?\d{1,2}:\d\d:\d\d\.\d+ \S+ [A-Z][a-z]{2} [A-Z][a-z]{2} +\d+ \d{4})/;
const LOG_SIGNAL = /%[A-Z][A-Z0-9_]*-\d-[A-Z0-9_]+:|\bSAEVT_[A-Z_]+|^\s*\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ /;

/**
 * Decides what a bare paste is from its first non-blank lines, up to the next prompt or banner: a
 * short config pasted above `Switch#show license all` is judged by its own lines, not the output's.
 */
function sniff(lines: TextLines, from: number, to: number): SectionKind {
  let config = 0;
  let show = 0;
  let log = 0;
  let seen = 0;
  for (let i = from; i < to && seen < 60; i++) {
    const s = lines.line(i);
    if (s.trim() === '') continue;
    if (i > from && parseHeader(s)) {
      // Nothing recognisable before the prompt (a login banner, `Switch>enable`): a capture's preamble, not a config.
      if (config === 0 && show === 0 && log === 0) return 'show';
      break;
    }
    seen++;
    // A banner's body may quote anything, prompts included.
    if (s.startsWith('banner ')) i = bannerEnd(lines, i, s);
    if (CONFIG_SIGNAL.test(s)) config += s.startsWith('Building configuration') || s.startsWith('!Command:') ? 10 : 1;
    else if (s === '!' || s.startsWith('! ')) config += 0.5;
    if (SHOW_SIGNAL.test(s)) show += 2;
    if (LOG_SIGNAL.test(s)) log += 1;
  }
  if (config === 0 && show === 0 && log === 0) return 'config';
  if (log > show && log > config) return 'log';
  return show > config ? 'show' : 'config';
}

// Inside a show or log section, these lines begin a pasted configuration.
const CONFIG_START = /^(?:Building configuration\.\.\.|Current configuration\s*:\s*\d+|!Command: show (?:running|startup)-config)/;

export interface Header {
  command: string;
  filtered: boolean;
  kind: SectionKind;
}

/** A prompt or show-tech banner line, or null. Cheap rejections first: this runs on every top-level line. */
/**
 * Is the line [start, end) of `text`, which starts with a space, no show-tech banner? True when only
 * blanks follow, or a visible ASCII character other than a dash comes first after them (a banner
 * pasted a column in begins with its dashes). Read in place.
 */
function indentedNoBanner(text: string, start: number, end: number): boolean {
  let i = start + 1;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c !== 45 && c > 32 && c < 127;
}

export function parseHeader(s: string): Header | null {
  const c0 = s.charCodeAt(0);
  if (c0 === 45 /* - */ || c0 === 32) {
    // An indented line (most of an interface or process listing) is a banner only if dashes come
    // first: any other visible ASCII character rules it out before the line is searched.
    if (c0 === 32 && indentedNoBanner(s, 0, s.length)) return null;
    if (s.indexOf('show') < 0 || s.indexOf('----') < 0) return null;
    const m = SHOWTECH_BANNER.exec(s);
    if (!m) return null;
    const { command, filtered } = normaliseCommand(m[1]);
    return { command, filtered, kind: classifyCommand(command) };
  }
  const hash = s.indexOf('#');
  const gt = s.indexOf('>');
  const mark = hash < 0 ? gt : gt < 0 ? hash : Math.min(hash, gt);
  if (mark < 0 || mark > 80) return null;
  const m = PROMPT.exec(s);
  if (!m) return null;
  const raw = m[2];
  const seen = commandsSeen;
  if (seen) {
    const known = seen.get(raw);
    if (known !== undefined) {
      commandsRepeated++;
      return known;
    }
  }
  const { command, filtered } = normaliseCommand(raw);
  const header = !command.startsWith('show') && !command.startsWith('more') ? null : { command, filtered, kind: classifyCommand(command) };
  if (seen) {
    // A log whose commands hardly repeat (a port each) gains nothing: stop looking them up.
    if (seen.size >= 512 && commandsRepeated < seen.size) commandsSeen = null;
    else {
      if (seen.size >= 4096) seen.clear();
      seen.set(raw, header);
    }
  }
  return header;
}

/**
 * The headers of the commands splitSections has met so far, by the command as typed: a session log
 * types the same few commands thousands of times. Only while splitSections runs (its keys are slices
 * of the text, which a cache kept beyond it would hold on to).
 */
let commandsSeen: Map<string, Header | null> | null = null;
let commandsRepeated = 0;

function hasText(lines: TextLines, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lines.line(i).trim() !== '') return true;
  return false;
}

const BANNER_TYPES = new Set(['motd', 'login', 'exec', 'incoming', 'slip-ppp', 'prompt-timeout', 'config-save']);

/** The last line of a banner that starts on line `i` (the line holding its closing delimiter). */
function bannerEnd(lines: TextLines, i: number, s: string): number {
  const m = /^banner\s+(?:(\S+)\s+)?/.exec(s);
  if (!m) return i;
  let at = m[0].length;
  if (m[1] && !BANNER_TYPES.has(m[1])) at = s.indexOf(m[1], 6);
  if (at >= s.length) return i;
  const delim = s.startsWith('^C', at) ? '^C' : s[at];
  if (s.indexOf(delim, at + delim.length) >= 0) return i;
  // An unterminated banner (a truncated capture) must not swallow the rest: give up after 200 lines.
  const last = Math.min(lines.count - 1, i + 200);
  for (let j = i + 1; j <= last; j++) if (lines.line(j).indexOf(delim) >= 0) return j;
  return i;
}

export function splitSections(lines: TextLines): Section[] {
  commandsSeen = new Map();
  commandsRepeated = 0;
  try {
    return splitAll(lines);
  } finally {
    commandsSeen = null;
  }
}

function splitAll(lines: TextLines): Section[] {
  const sections: Section[] = [];
  const n = lines.count;
  let current: Section | null = null;
  const open = (kind: SectionKind, command: string, filtered: boolean, headerLine: number, startLine: number) => {
    if (current) {
      current.endLine = headerLine >= 0 ? headerLine : startLine;
      if (current.headerLine >= 0 || hasText(lines, current.startLine, current.endLine)) sections.push(current);
    }
    current = { kind, command, filtered, headerLine, startLine, endLine: n };
  };
  const text = lines.text;
  // -1 (none left) reads as 2^32 - 1 after >>> 0: past every line.
  let nextHash = -1;
  let nextGt = -1;
  for (let i = 0; i < n; i++) {
    const start = lines.starts[i] + (i === 0 ? lines.bomLength : 0);
    const end = lines.ends[i];
    if (start >= end) continue;
    const c0 = text.charCodeAt(start);
    const inConfig = current !== null && (current as Section).kind === 'config';
    // Config children are indented; prompts and banners never are (banners may be, by a space or two).
    if (c0 === 32 && inConfig && text.charCodeAt(start + 1) !== 45) continue;
    // A `!` comment is neither a prompt nor a banner, and inside a config it cannot end it.
    if (c0 === 33 && inConfig) continue;
    // Indented show output (most of `show interfaces`): nothing else is done with such a line here.
    if (c0 === 32 && current !== null && !inConfig && indentedNoBanner(text, start, end)) continue;
    if (current !== null && c0 !== 45 && c0 !== 32 && (inConfig ? c0 !== 98 && c0 !== 101 : c0 !== 66 && c0 !== 67 && c0 !== 33)) {
      // Inside a config, a top-level command other than `banner` and `end` matters here only as a
      // prompt, which has its `#` or `>` in its first 81 characters; inside show output, so does
      // any line but a banner (dashes, spaces) and a config's first line (B, C, !). Most lines are
      // passed over in place, without a string (a prefix-list or PE config has hundreds of thousands
      // of them, a show-tech's log as many). The next # and > in the text, found by indexOf and kept
      // while lines pass them by.
      if (nextHash < start) nextHash = text.indexOf('#', start) >>> 0;
      if (nextGt < start) nextGt = text.indexOf('>', start) >>> 0;
      const mark = Math.min(nextHash, nextGt);
      if (mark >= end || mark > start + 80) continue;
    }
    const s = text.slice(start, end);
    // A banner's body is text, not prompts: `banner motd ^C` … `^C` may quote anything.
    if (c0 === 98 /* b */ && inConfig && s.startsWith('banner ')) {
      i = bannerEnd(lines, i, s);
      continue;
    }
    const header = parseHeader(s);
    if (header) {
      open(header.kind, header.command, header.filtered, i, i + 1);
      continue;
    }
    if (current === null) {
      open(sniff(lines, i, n), '', false, -1, i);
      continue;
    }
    const cur: Section = current;
    if (cur.kind === 'config') {
      // After `end` the config is over; whatever follows in a capture is something else.
      if (c0 === 101 /* e */ && s.trimEnd() === 'end') {
        cur.endLine = i + 1;
        sections.push(cur);
        current = null;
        let j = i + 1;
        while (j < n && lines.length(j) === 0) j++;
        if (j < n) {
          current = { kind: sniff(lines, j, n), command: '', filtered: false, headerLine: -1, startLine: i + 1, endLine: n };
        }
      }
    } else if ((c0 === 66 /* B */ || c0 === 67 /* C */ || c0 === 33 /* ! */) && CONFIG_START.test(s)) {
      open('config', '', false, -1, i);
    }
  }
  if (current && ((current as Section).headerLine >= 0 || hasText(lines, (current as Section).startLine, (current as Section).endLine))) sections.push(current);
  if (sections.length === 0) sections.push({ kind: 'config', command: '', filtered: false, headerLine: -1, startLine: 0, endLine: n });
  return sections;
}
