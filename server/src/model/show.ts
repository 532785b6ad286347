// Show outputs and logs read into the model (SPEC §2, §4): `show call-home profile all` profiles
// (the same facts a config's profiles give), registration and authorisation states with their
// failure reasons and dates, trust, transport, usage, communication statistics, syslog records,
// `SAEVT_*` events, history-message exchanges, and the capture's own clock. Every show and log line
// is looked at once, with cheap character checks before any regular expression (show-techs run to
// tens of megabytes).
import { ClockReading, parseClockLine } from '../parse/clock';
import { inYear, YearGuesser } from '../parse/dates';
import { EventRecord, parseEventLine } from '../parse/eventlog';
import { fieldAt, ShowFieldLike } from '../parse/fields';
import { findSecrets, HistoryOutput, HistoryReader, SecretRef } from '../parse/historyMessage';
import { TextLines } from '../parse/lines';
import { LicenseFacts, LicenseOutputReader } from '../parse/licenseStatus';
import { DirectiveComment } from '../parse/config';
import { Section } from '../parse/sections';
import { facilityEndAt, isContinuation, parseSyslogLine, SyslogRecord, syslogFacilitySpan, syslogStarred } from '../parse/syslog';
import { DeviceTime } from '../parse/dates';
import { range } from '../types';

export type ShowField = ShowFieldLike;

export interface ShowProfile {
  name: ShowField;
  status?: ShowField;
  reportingData?: ShowField;
  transportMethod?: ShowField;
  httpAddresses: ShowField[];
  /** Does `Reporting Data:` include Smart Licensing? (Reporting data lists both kinds by default.) */
  reportsLicensing: boolean;
}

/** A syslog record with its time resolved to a full date where the text allows. */
export interface LogRecord extends SyslogRecord {
  /** Epoch ms with the year inferred for yearless stamps; undefined when no year can be inferred. */
  ms?: number;
  sectionIndex: number;
}

/** One log (a `show logging` section, a pasted log): what the rules need of its other messages. */
export interface LogSummary {
  sectionIndex: number;
  messages: number;
  /** The first message whose stamp starts with `*` (clock not authoritative), -1 when none. */
  firstStarredLine: number;
  /** The last `*` stamp, and how many messages had one. */
  lastStarredLine: number;
  starred: number;
  /** The first message after a `*` stamp whose stamp has no marker (the clock became authoritative), -1 when none. */
  authoritativeAfterStarLine: number;
  lastLine: number;
  /** The stamp of the last message (the log's newest), when it has one. */
  lastTime?: DeviceTime;
}

export interface LogEvent extends EventRecord {
  sectionIndex: number;
}

export interface HistorySection extends HistoryOutput {
  sectionIndex: number;
}

/** The capture's own "now" (SPEC §2): never the linting machine's clock. */
export interface CaptureClock {
  ms: number;
  line: number;
  source: ClockReading['source'] | 'latest syslog' | 'latest event';
}

export interface ShowModel extends LicenseFacts {
  profiles: ShowProfile[];
  /** A line that only SLP prints (`Smart Licensing Using Policy`, `Trust Code Installed:`…), -1 when none. */
  slpEvidenceLine: number;
  /** A line that only classic Smart Licensing prints (`Registration:` block…), -1 when none. */
  classicEvidenceLine: number;
  /** A full release string from `show version` (`Version 17.3.2`). */
  release?: { text: string; line: number };
  /** Messages of the licensing facilities (SMART_LIC, CALL_HOME, PKI…), in text order. */
  syslog: LogRecord[];
  logs: LogSummary[];
  events: LogEvent[];
  histories: HistorySection[];
  /** ID tokens printed in show text (history-message JSON, exec command echoes): secrets. */
  secrets: SecretRef[];
  /** Every clock reading the text prints (`show clock`, `Time source is …`, `Current time:`, NX `!Time:`). */
  clocks: ClockReading[];
  clock?: CaptureClock;
  /** `license smart factory reset` (or its reload warning): trust is legitimately empty until the reload. */
  factoryResetLine: number;
  /** `! cisco-license-lint-…` comments typed into show text: they suppress findings as in a config. */
  directives: DirectiveComment[];
  /** A line only IOS-XR prints (`RP/0/RP0/CPU0:` prompts and stamps): not a platform this linter covers. */
  iosxrLine: number;
}

/** Facilities whose messages the rules and hover read (SPEC §4's mnemonics). */
/** A wall-clock stamp with no `*` or `.` marker (`Mar  4 15:48:02.117:`, NX-OS `2024 Apr 17 09:31:40`), after an optional sequence number. */
const PLAIN_STAMP = /^\s*(?:\d+:\s*)?(?:[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}|\d{4}\s+[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2})/;

const LICENSING_FACILITIES = ['SMART_LIC', 'CALL_HOME', 'CALLHOME', 'PKI', 'CRYPTO_ENGINE', 'LICENSE', 'LICMGR'];
/** LICENSING_FACILITIES by length, compared in place (no facility string per log line). */
const FACILITIES_BY_LENGTH: (string[] | undefined)[] = [];
for (const f of LICENSING_FACILITIES) (FACILITIES_BY_LENGTH[f.length] ??= []).push(f);

/** Is `s.slice(from, to)` one of LICENSING_FACILITIES? */
function isLicensingFacility(s: string, from: number, to: number): boolean {
  const candidates = FACILITIES_BY_LENGTH[to - from];
  if (candidates === undefined) return false;
  for (let k = 0; k < candidates.length; k++) if (s.startsWith(candidates[k], from)) return true;
  return false;
}

const PROFILE_FIELD = /^\s*(Profile status|Reporting Data|Transport Method|HTTP\s+address(?:\(es\))?)\s*:\s*/;
const RELEASE = /\bVersion\s+(\d+\.\d+\.\d+[a-z]?|\d+\.\d+\(\d+\)\S*)/;

function emptyShowModel(): ShowModel {
  // Written out, not spread from emptyLicenseFacts(): the spread cost 10-16 µs a lint, a tenth of a
  // small config's lint in a fleet. ShowModel's type makes a missing field a compile error here.
  return {
    registrations: [], authorizations: [], versionStatus: [], deadlines: [], transports: [], trustCodes: [], trustLines: [],
    commBlocks: [], usage: [], slpLines: [], classicLines: [], callHomeFeature: [],
    profiles: [], slpEvidenceLine: -1, classicEvidenceLine: -1, syslog: [], logs: [], events: [], histories: [],
    secrets: [], clocks: [], factoryResetLine: -1, directives: [], iosxrLine: -1,
  };
}

function readProfileLine(profile: ShowProfile, s: string, i: number): boolean {
  const m = PROFILE_FIELD.exec(s);
  if (!m) return false;
  const f = fieldAt(i, s, m[0].length);
  const key = m[1].toLowerCase();
  if (key === 'profile status') profile.status = f;
  else if (key === 'reporting data') {
    profile.reportingData = f;
    profile.reportsLicensing = /smart licensing/i.test(f.value);
  } else if (key === 'transport method') profile.transportMethod = f;
  else {
    // `HTTP address(es): a, b` may list several URLs.
    const re = /\S+/g;
    let u: RegExpExecArray | null;
    while ((u = re.exec(f.value))) {
      const url = u[0].replace(/,$/, '');
      const c = f.range.start.character + u.index;
      profile.httpAddresses.push({ value: url, line: i, range: range(i, c, c + url.length) });
    }
  }
  return true;
}

// Fixed strings (no line ending in any) that only a few lines of a show-tech hold. ID tokens hide behind
// any case and abbreviation (`LIC SM REG IDT x`, issue 12), so their marker is a case-insensitive pattern
// of what findSecrets needs on a line: `token` (JSON), a word abbreviating `license` (`lic` at least)
// followed by one abbreviating `smart` (`sm` at least), or a word opening `idt`. The `Licensing` and
// `License` of hundreds of log messages are no such word: each match cost a findIdTokens.
const MARKERS: Array<string | RegExp> = [
  'cisco-license-lint', /token|\blic(?:e(?:n(?:se?)?)?)?\s+sm|\bidt/gi, 'Message History', 'factory reset', 'SAEVT_', 'Using Policy', 'Version',
];
const DIRECTIVE_MARK = 1 << 0;
const TOKEN_MARK = 1 << 1;
const HISTORY_MARK = 1 << 2;
const FACTORY_RESET_MARK = 1 << 3;
const EVENT_MARK = 1 << 4;
const POLICY_MARK = 1 << 5;
const VERSION_MARK = 1 << 6;

/**
 * Where each marker is searched from: the part of it (three to six characters) that starts at the
 * character its section holds least (counted on the section's first 4 KiB). indexOf finds
 * a pattern's first character with memchr and compares from there, so a marker led by a letter
 * that is everywhere in a log (`token`, `SAEVT_` among `%SYS-…` and `%SMART_LIC-…`, `Using` among
 * `UPDOWN`) made each search of a 10 MiB log several times dearer. A hit of the part is a hit of
 * the marker only when the whole marker stands around it.
 */
type Anchors = { anchor: string; offset: number }[];

/**
 * Each marker's rarest few characters in this text, searched for instead of the marker (the match is
 * then checked whole, so the choice changes speed only). Counted once per text on 4 KiB taken from four
 * places: counting each section's own head cost more than the searches on a show-tech of 500 sections.
 */
function markerAnchors(text: string): Anchors {
  const counts = new Uint32Array(128);
  const piece = 1024;
  for (let k = 0; k < 4; k++) {
    const from = Math.floor((text.length * k) / 4);
    const to = Math.min(text.length, from + piece);
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) counts[c]++;
    }
  }
  return MARKERS.map((m) => {
    if (typeof m !== 'string') return { anchor: '', offset: 0 };
    let offset = 0;
    for (let j = 1; j <= m.length - 3; j++) if (counts[m.charCodeAt(j)] < counts[m.charCodeAt(offset)]) offset = j;
    // At most six characters: V8 searches a shorter pattern by memchr on its first character, a
    // longer one by Boyer-Moore, which was the slower of the two on logs whatever the letters.
    return { anchor: m.slice(offset, offset + 6), offset };
  });
}

// `license smart factory reset` and `Profile Name:` are not markers: they are answered on the line (only
// a line that holds `factory reset`, only where `Profile Name:` begins it: mayBeProfileLine). Each
// search of a large log was a pass over all of it.
/** Markers every line is asked for, a plain log message too (skimLog): secrets and the start of a history. */
const EVERY_LINE = TOKEN_MARK | HISTORY_MARK;
/** Markers asked only of a line that is no log message (nor a continuation of one). */
const LATER = FACTORY_RESET_MARK | EVENT_MARK | POLICY_MARK | VERSION_MARK;
const SEARCHED = EVERY_LINE | DIRECTIVE_MARK | LATER;

/** Can `s` match /^\s*Profile Name:/? Spaces and tabs are skipped in place; any other blank defers to the regex. */
function mayBeProfileLine(s: string): boolean {
  let i = 0;
  let c = s.charCodeAt(0);
  while (c === 32 || c === 9) c = s.charCodeAt(++i);
  return c === 80 /* P */ || (c >= 10 && c <= 13) || c > 127;
}

const markerLength = (m: string | RegExp) => (typeof m === 'string' ? m.length : 1);

/** The next occurrence of marker k in `section` at or after `from`, -1 when none. */
function nextMarker(section: string, anchors: Anchors, k: number, from: number): number {
  const marker = MARKERS[k];
  if (typeof marker !== 'string') {
    marker.lastIndex = from;
    return marker.exec(section)?.index ?? -1;
  }
  const { anchor, offset } = anchors[k];
  if (offset === 0) return section.indexOf(marker, from);
  for (;;) {
    const at = section.indexOf(anchor, from + offset);
    if (at < 0) return -1;
    if (section.startsWith(marker, at - offset)) return at - offset;
    from = at - offset + 1;
  }
}

/** The first search of a marker from a line covers this many characters; each search that continues the last doubles it. */
const FIRST_WINDOW = 2048;

/**
 * Which MARKERS each line of the show sections holds. Lines ask in text order, so the text is searched
 * ahead of them instead of every line being searched for every marker, and a line that ends before
 * where any marker could next stand is answered by one comparison. The windows below keep a search
 * from running far past the lines asking (a large config may follow them, which no line asks about).
 *
 * A search covers a window that doubles while lines keep asking where the last search stopped (a
 * config's lines ask one after the other: a few searches cover the section), and starts small again
 * from a line that asks after a stretch nobody asked about. The lines of a log ask only for EVERY_LINE
 * (skimLog): the other markers are looked for only around its few other lines, not through the
 * megabytes of messages between them.
 */
class TextMarkers {
  /** Per marker: where its next occurrence is (hit) or where its last search stopped (no hit); Infinity when none is left. */
  private readonly next: number[];
  private readonly hit: boolean[];
  private readonly window: number[];
  /** The least `next + length` of EVERY_LINE and of all markers: lines ending before it hold none of them. */
  private nearestEvery = 0;
  private nearestAll = 0;

  constructor(private readonly text: string, private readonly anchors: Anchors) {
    this.next = MARKERS.map(() => 0);
    this.hit = MARKERS.map(() => false);
    this.window = MARKERS.map(() => FIRST_WINDOW);
  }

  /**
   * The markers among `wanted` (bits of SEARCHED) that `text.slice(start, end)` holds, for a line of
   * a show section; `start` must not decrease. A marker not wanted is not searched for.
   */
  of(start: number, end: number, wanted: number): number {
    if (end < (wanted === EVERY_LINE ? this.nearestEvery : this.nearestAll)) return 0;
    let bits = 0;
    for (let k = 0; k < MARKERS.length; k++) {
      if ((wanted & (1 << k)) === 0) continue;
      const last = end - markerLength(MARKERS[k]);
      if (start > this.next[k]) this.search(k, start, start - this.next[k] < this.window[k]);
      while (!this.hit[k] && this.next[k] <= last) this.search(k, this.next[k], true);
      if (this.hit[k] && this.next[k] <= last) bits |= 1 << k;
    }
    this.nearestEvery = this.nearestOf(EVERY_LINE);
    this.nearestAll = this.nearestOf(SEARCHED);
    return bits;
  }

  /** Looks for marker k from `from` through one window: twice the last when `continued`, else the first. */
  private search(k: number, from: number, continued: boolean): void {
    const marker = MARKERS[k];
    if (typeof marker !== 'string') {
      // Patterns are every line's markers: searched to their next match, as a window would be after a few doublings.
      const at = nextMarker(this.text, this.anchors, k, from);
      this.hit[k] = at >= 0;
      this.next[k] = at >= 0 ? at : Infinity;
      return;
    }
    const w = continued ? this.window[k] * 2 : FIRST_WINDOW;
    this.window[k] = w;
    // Every start in [from, from + w) is looked at: the slice runs on by the marker's length less one.
    const to = from + w + marker.length - 1;
    const at = nextMarker(to >= this.text.length ? this.text : this.text.slice(0, to), this.anchors, k, from);
    this.hit[k] = at >= 0;
    this.next[k] = at >= 0 ? at : to >= this.text.length ? Infinity : from + w;
  }

  private nearestOf(wanted: number): number {
    let min = Infinity;
    for (let k = 0; k < MARKERS.length; k++) if ((wanted & (1 << k)) !== 0 && this.next[k] + markerLength(MARKERS[k]) < min) min = this.next[k] + markerLength(MARKERS[k]);
    return min;
  }
}

/**
 * The text's next `%` at or after an offset. One search answers every line up to the `%` it found, so
 * a long stretch without one (a config after a log) is not searched again from each of its lines.
 */
class PercentCursor {
  private from = Infinity;
  private at = Infinity;

  constructor(private readonly text: string) {}

  next(from: number): number {
    if (from < this.from || this.at < from) {
      const k = this.text.indexOf('%', from);
      this.from = from;
      this.at = k < 0 ? Infinity : k;
    }
    return this.at;
  }
}

/**
 * Can the line at `start` be a suppression comment (only blanks before its first `!`)? Spaces and tabs
 * are skipped in place; any other blank or non-ASCII character defers to the full reading.
 */
function mayBeDirective(text: string, start: number): boolean {
  let i = start;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  return c === 33 || (i > start && (c <= 32 || c >= 127));
}

/** Counts the message of line i (its `%` at `pct`, the line starting at `start` in `s`) in its log. */
function countMessage(log: LogSummary, s: string, start: number, pct: number, i: number): void {
  log.messages++;
  log.lastLine = i;
  if (syslogStarred(s, pct, start)) {
    if (log.firstStarredLine < 0) log.firstStarredLine = i;
    log.lastStarredLine = i;
    log.starred++;
  } else if (log.firstStarredLine >= 0 && log.authoritativeAfterStarLine < 0 && PLAIN_STAMP.test(s.slice(start, pct))) {
    log.authoritativeAfterStarLine = i;
  }
}

/**
 * Counts the plain messages of `log` from line i on: a message of a facility other than licensing, on a
 * line with no marker, changes nothing but its log's counts. Most lines of a large show-tech are such
 * messages, so they are read in place (no string per line) by a loop small enough for V8 to
 * optimise early in a fresh process. Returns the first line left to the full reading: any other line,
 * and a message that its line's first `%` does not start.
 */
function skimLog(lines: TextLines, i: number, endLine: number, log: LogSummary, markers: TextMarkers, pcts: PercentCursor): number {
  const text = lines.text;
  const starts = lines.starts;
  const ends = lines.ends;
  for (; i < endLine; i++) {
    const start = starts[i];
    const end = ends[i];
    if (start === end) continue;
    // An `R` may begin an IOS-XR prompt, which the full reading notes.
    if (markers.of(start, end, EVERY_LINE) !== 0 || text.charCodeAt(start) === 82 || mayBeDirective(text, start)) break;
    const pct = pcts.next(start);
    if (pct >= end) break;
    const facilityEnd = facilityEndAt(text, pct, end);
    if (facilityEnd < 0 || isLicensingFacility(text, pct + 1, facilityEnd)) break;
    countMessage(log, text, start, pct, i);
  }
  return i;
}

function isHistoryCommand(command: string): boolean {
  return command.startsWith('show license history');
}

export function readShowSections(lines: TextLines, sections: Section[]): ShowModel {
  const model = emptyShowModel();
  /** The `%FACILITY` of the line at hand (syslogFacilitySpan), one object for every line. */
  const at = { pct: -1, end: -1 };
  const text = lines.text;
  let log: LogSummary | null = null;
  const pcts = new PercentCursor(text);
  /**
   * One for the whole text, made on the first show section: lines ask in text order across sections
   * too. (One a section cost seven searches a section: a session log of 48,000 prompts made as many
   * sections, and those searches were a sixth of its lint.)
   */
  let markers: TextMarkers | undefined;
  for (let si = 0; si < sections.length; si++) {
    const section = sections[si];
    if (section.kind === 'config') {
      // NX-OS configs open with `!Time: Wed Jun 22 16:16:28 2022`: the capture's clock.
      const to = Math.min(section.endLine, section.startLine + 12);
      for (let i = Math.max(0, section.headerLine, section.startLine - 1); i < to; i++) {
        if (text.charCodeAt(lines.starts[i]) !== 33) continue;
        const c = parseClockLine(lines.line(i), i);
        if (c) model.clocks.push(c);
      }
      continue;
    }
    const reader = new LicenseOutputReader(model, section.filtered);
    let history: HistoryReader | null = isHistoryCommand(section.command) ? new HistoryReader(section.filtered) : null;
    let profile: ShowProfile | null = null;
    let lastLog: LogRecord | null = null;
    let lastLogLine = -1;
    markers ??= new TextMarkers(text, markerAnchors(text));
    for (let i = section.startLine; i < section.endLine; i++) {
      // Once the section has a log, its plain messages are counted in place until a line needs more.
      if (history === null && log !== null && log.sectionIndex === si) {
        const counted = log.messages;
        i = skimLog(lines, i, section.endLine, log, markers, pcts);
        if (log.messages !== counted) {
          lastLogLine = log.lastLine;
          lastLog = null;
        }
        if (i >= section.endLine) break;
      }
      // Line 0 is read after a byte order mark, as the config parser and editors read it (a suppression
      // comment written on it goes after the mark).
      const start = i === 0 ? lines.starts[0] + lines.bomLength : lines.starts[i];
      const end = lines.ends[i];
      if (start >= end) continue;
      const s = text.slice(start, end);
      // In a log, the markers that only its other lines need are asked once the line is no message (LATER).
      const inLog = log !== null && log.sectionIndex === si;
      const c0 = text.charCodeAt(start);
      let marks = markers.of(start, end, !inLog ? SEARCHED : c0 === 33 || c0 === 32 || c0 === 9 ? EVERY_LINE | DIRECTIVE_MARK : EVERY_LINE);
      // Suppression comments work in pasted show output too (SPEC §7; the editor's "disable for this
      // line" action writes one above a show line).
      if ((c0 === 33 || c0 === 32 || c0 === 9) && (marks & DIRECTIVE_MARK) !== 0) {
        const bang = s.indexOf('!');
        if (bang >= 0 && s.slice(0, bang).trim() === '') {
          model.directives.push({ line: i, start: bang, text: s.slice(bang).trimEnd() });
          continue;
        }
      }
      if (model.iosxrLine < 0 && text.charCodeAt(start) === 82 /* R */ && /^RP\/\d+\/\S+:/.test(s)) model.iosxrLine = i;
      // ID tokens may be printed anywhere (history JSON, an exec echo, a log line): all are secrets.
      if ((marks & TOKEN_MARK) !== 0) findSecrets(s, i, model.secrets);
      if (history === null && (marks & HISTORY_MARK) !== 0) history = new HistoryReader(section.filtered);
      if (history !== null && history.line(s, i)) continue;
      // Syslog: `%FAC-SEV-MNEMONIC:` somewhere on the line. Only licensing facilities become records;
      // of the rest a log keeps its count, its first `*` stamp and its last line.
      if (s.indexOf('%') >= 0) {
        if (syslogFacilitySpan(s, at)) {
          if (!log || log.sectionIndex !== si) {
            log = { sectionIndex: si, messages: 0, firstStarredLine: -1, lastStarredLine: -1, starred: 0, authoritativeAfterStarLine: -1, lastLine: -1 };
            model.logs.push(log);
          }
          countMessage(log, s, 0, at.pct, i);
          lastLogLine = i;
          lastLog = null;
          if (isLicensingFacility(s, at.pct + 1, at.end)) {
            const r = parseSyslogLine(s, i, true);
            if (r) {
              lastLog = r as LogRecord;
              lastLog.sectionIndex = si;
              model.syslog.push(lastLog);
              if (r.mnemonic === 'TRUST_INSTALL_SUCCESS' || r.text.indexOf('(CSLU)') >= 0) noteSlp(model, i);
            }
          }
          continue;
        }
        if (inLog) marks |= markers.of(start, end, FACTORY_RESET_MARK);
        if ((marks & FACTORY_RESET_MARK) !== 0) model.factoryResetLine = i;
      }
      if (lastLogLine >= 0) {
        if (i === lastLogLine + 1 && isContinuation(s)) {
          lastLogLine = i;
          if (lastLog !== null) {
            lastLog.endLine = i;
            lastLog.text += ' ' + s.trim();
          }
          continue;
        }
        lastLogLine = -1;
        lastLog = null;
      }
      if (inLog) marks |= markers.of(start, end, LATER);
      if ((marks & EVENT_MARK) !== 0) {
        const e = parseEventLine(s, i);
        if (e) {
          (e as LogEvent).sectionIndex = si;
          model.events.push(e as LogEvent);
          continue;
        }
      }
      const clock = parseClockLine(s, i);
      if (clock) {
        model.clocks.push(clock);
        continue;
      }
      if (model.factoryResetLine < 0 && (marks & FACTORY_RESET_MARK) !== 0 && s.indexOf('license smart factory reset') >= 0) model.factoryResetLine = i;
      // `show call-home profile all`.
      if (mayBeProfileLine(s) && /^\s*Profile Name:\s*/.test(s)) {
        const pn = /^\s*Profile Name:\s*/.exec(s)!;
        profile = { name: fieldAt(i, s, pn[0].length), httpAddresses: [], reportsLicensing: false };
        model.profiles.push(profile);
        continue;
      }
      if (profile && readProfileLine(profile, s, i)) continue;
      if (model.slpEvidenceLine < 0 && (marks & POLICY_MARK) !== 0 && /Smart Licensing Using Policy/i.test(s)) model.slpEvidenceLine = i;
      if (!model.release && (marks & VERSION_MARK) !== 0 && /Cisco IOS|IOS-XE|IOS XE|NX-OS|NXOS/.test(s)) {
        const r = RELEASE.exec(s);
        if (r) model.release = { text: r[1], line: i };
      }
      reader.line(s, i);
    }
    reader.end();
    // The last message of a log is its newest: its stamp may be the capture's clock.
    if (log && log.sectionIndex === si && log.lastLine >= 0) {
      const s = lines.line(log.lastLine);
      const r = parseSyslogLine(s, log.lastLine, true);
      if (r && r.time) log.lastTime = r.time;
    }
    if (history) model.histories.push({ ...history.output, sectionIndex: si });
  }
  for (const l of model.slpLines) noteSlp(model, l);
  for (const l of model.classicLines) if (model.classicEvidenceLine < 0 || l < model.classicEvidenceLine) model.classicEvidenceLine = l;
  resolveTimes(model);
  return model;
}

function guessed(guess: YearGuesser, ms: number): number | undefined {
  const y = guess.year(ms);
  return y === undefined ? undefined : inYear(ms, y);
}

function noteSlp(model: ShowModel, line: number): void {
  if (model.slpEvidenceLine < 0 || line < model.slpEvidenceLine) model.slpEvidenceLine = line;
}

/** Infers the year of yearless syslog stamps and picks the capture's clock (SPEC §2). */
function resolveTimes(model: ShowModel): void {
  const full: number[] = [];
  for (const c of model.clocks) full.push(c.ms);
  for (const e of model.events) if (e.time?.hasYear) full.push(e.time.ms);
  for (const r of model.registrations) {
    for (const f of [r.status, r.initialRegistration, r.lastRenewal]) if (f?.time?.hasYear) full.push(f.time.ms);
  }
  for (const a of model.authorizations) {
    for (const f of [a.status, a.lastCommunication]) if (f?.time?.hasYear) full.push(f.time.ms);
  }
  for (const r of model.syslog) if (r.time?.hasYear) full.push(r.time.ms);
  const guess = new YearGuesser(full);
  for (const r of model.syslog) {
    if (!r.time) continue;
    if (r.time.hasYear) r.ms = r.time.ms;
    else {
      const y = guess.year(r.time.ms);
      if (y !== undefined) r.ms = inYear(r.time.ms, y);
    }
  }
  const order: ClockReading['source'][] = ['show clock', 'time source', 'current time', 'nx !Time'];
  for (const source of order) {
    // The latest reading of the best source: a capture may hold several `show clock`s.
    let best: ClockReading | undefined;
    for (const c of model.clocks) if (c.source === source && (!best || c.ms > best.ms)) best = c;
    if (best) {
      model.clock = { ms: best.ms, line: best.line, source };
      return;
    }
  }
  let latest: { ms: number; line: number } | undefined;
  for (const r of model.syslog) if (r.ms !== undefined && (!latest || r.ms > latest.ms)) latest = { ms: r.ms, line: r.line };
  for (const l of model.logs) {
    if (!l.lastTime) continue;
    const ms = l.lastTime.hasYear ? l.lastTime.ms : guessed(guess, l.lastTime.ms);
    if (ms !== undefined && (!latest || ms > latest.ms)) latest = { ms, line: l.lastLine };
  }
  if (latest) {
    model.clock = { ms: latest.ms, line: latest.line, source: 'latest syslog' };
    return;
  }
  let ev: LogEvent | undefined;
  for (const e of model.events) if (e.time?.hasYear && (!ev || e.time.ms > ev.time!.ms)) ev = e;
  if (ev) model.clock = { ms: ev.time!.ms, line: ev.line, source: 'latest event' };
}
