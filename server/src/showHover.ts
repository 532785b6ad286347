// Hover on show outputs and logs (issue 4 item 5): states (REGISTERED, OUT OF COMPLIANCE, EVAL MODE…),
// failure reasons (by their seed scenario), syslog mnemonics, `SAEVT_*` events, trust lines, deadlines
// measured against the capture's own clock, and `*` clocks. The knowledge is docs/*.ts; this file only
// finds what is under the cursor. Nothing here quotes a line's raw text, so no ID token can leak.
import { eventDocs, syslogDocs } from './docs/syslog';
import { stateDocs } from './docs/states';
import { TopicDoc } from './docs/types';
import { DeviceModel } from './model/types';
import { ReasonDoc } from './docs/reasons';
import { msg, t, tmd } from './l10n';
import { DAY_MS, formatDate, formatSpan } from './parse/dates';
import { AdviceDialect, adviceDialect, reasonDoc } from './rules/lib/evidence';
import { Position, Range } from './types';

interface HoverItem {
  range: Range;
  render: () => string | undefined;
}

const cache = new WeakMap<DeviceModel, Map<number, HoverItem[]>>();

/** `syntax   (note)`: a command title with its note. */
const TITLE_NOTE = /^(.*?)(\s{3,})\((.*)\)$/;

/** The note of a command title, as topicTitle() looks it up (scripts/l10n.ts collects it). */
export function titleNote(title: string): string | undefined {
  return TITLE_NOTE.exec(title)?.[3];
}

/**
 * A doc's title in the current locale. Command titles are syntax a user types, followed by a note in
 * parentheses after three spaces (`vrf <vrf-name>   (under call-home)`): only the note is prose.
 * Titles that are what the device prints (states, mnemonics) are not in the catalogue and stay as
 * they are.
 */
export function topicTitle(title: string): string {
  const m = TITLE_NOTE.exec(title);
  if (m) return `${m[1]}${m[2]}(${t(m[3])})`;
  return t(title);
}

function topic(doc: TopicDoc | undefined): string | undefined {
  return doc ? `**${topicTitle(doc.title)}**\n\n${tmd(doc.markdown)}` : undefined;
}

/** Docs for a state as printed: `UNREGISTERED - REGISTRATION FAILED` has two parts, `AUTHORIZED on …` one. */
export function stateTopics(state: string): string | undefined {
  const parts = state.split(/\s+-\s+/).map((p) => p.trim());
  const out: string[] = [];
  for (const p of parts) {
    let key = p;
    if (/^REGISTERING\b/.test(p)) key = 'REGISTERING';
    else if (/^REGISTRATION IN PROGRESS$/.test(p)) continue;
    else if (/^EVAL(?:UATION)? MODE/.test(p)) key = 'EVAL MODE';
    else if (/^EVAL(?:UATION)? (?:EXPIRED|EXPIRY)/.test(p)) key = 'EVAL EXPIRED';
    else if (/^NO ID$/i.test(p)) key = 'No ID';
    else if (/^INSTALLED\b/.test(p)) key = 'INSTALLED';
    else if (/\bNOT INSTALLED\b/.test(p)) key = 'NOT INSTALLED';
    else if (/^(ACTIVE|INACTIVE)\b/.test(p)) key = p.split(/\s/)[0];
    const t = topic(stateDocs[key]);
    if (t && !out.includes(t)) out.push(t);
  }
  return out.length ? out.join('\n\n') : undefined;
}

function reasonTopic(text: string, dialect: AdviceDialect = 'unknown'): string | undefined {
  const doc = reasonDoc(text);
  if (!doc) {
    return `**${t('Failure reason')}**\n\n${dialect === 'nxos'
      ? t('No seed scenario matches this reason. Collect `show license tech support` and `show callhome` to see the exchange.')
      : t('No seed scenario matches this reason. Collect `show license tech support` and turn on `debug call-home smart-licensing all` (classic) to see the exchange.')}`;
  }
  const body = dialect !== 'unknown' && doc.byDialect ? doc.byDialect[dialect] : doc.markdown;
  return `**${t(doc.title)}**${labelled(doc.title) ? '' : ` (${scenarioName(doc)})`}\n\n${tmd(body)}`;
}

/** What a reason doc's scenario is called (as rules/lib/evidence.ts scenarioLabel), in the current locale. */
function scenarioName(doc: ReasonDoc): string {
  if (typeof doc.scenario === 'number') return t('scenario {number}', { number: doc.scenario });
  return doc.scenario === 'SLP' ? t('SLP seed') : t('NX-OS known problem');
}

/** Titles of the reason docs already name their scenario (`Scenario 7: …`, `SLP: …`, `NX-OS: …`). */
function labelled(title: string): boolean {
  return /^(?:Scenario \d|SLP:|NX-OS:)/.test(title);
}

function add(index: Map<number, HoverItem[]>, range: Range, render: HoverItem['render']): void {
  for (let l = range.start.line; l <= range.end.line; l++) {
    const list = index.get(l);
    if (list) list.push({ range, render });
    else index.set(l, [{ range, render }]);
  }
}

// Shown through t() where the deadline's hover is built.
const DEADLINE_TEXT: Record<string, string> = {
  communication: msg('An authorisation is valid **90 days** and renewed every **30 days**; past this date the state becomes `AUTHORIZATION EXPIRED` and CSSM returns the licences to the pool.'),
  registration: msg('The ID certificate is valid **1 year**; renewal starts after **6 months** and is retried hourly. At expiry the device falls back to unidentified/evaluation and CSSM drops the instance.'),
  ack: msg('SLP: the last usage (RUM) report must be acknowledged by this date (the policy\'s reporting requirement); `license smart sync all` sends one now.'),
};

/** Clock sources that are words of ours, not what the device prints (`show clock`, `nx !Time`). */
const CLOCK_SOURCES = new Set<string>([msg('time source'), msg('current time'), msg('latest syslog'), msg('latest event')]);

function clockSource(source: string): string {
  return CLOCK_SOURCES.has(source) ? t(source) : source;
}

function buildIndex(model: DeviceModel): Map<number, HoverItem[]> {
  const index = new Map<number, HoverItem[]>();
  const show = model.show;
  for (const s of show.syslog) {
    add(index, { start: { line: s.line, character: 0 }, end: { line: s.endLine, character: Number.MAX_SAFE_INTEGER } }, () => {
      const parts: string[] = [];
      const doc = syslogDocs[s.key];
      parts.push(doc ? topic(doc)! : `**%${s.key}**\n\n${t('Facility {facility}, severity {severity}, mnemonic {mnemonic}.', { facility: s.facility, severity: s.severity, mnemonic: s.mnemonic })}`);
      const reason = reasonDoc(s.text);
      if (reason) parts.push(reasonTopic(s.text, adviceDialect(model))!);
      if (s.starred) parts.push(t('The leading `*` on the stamp: the clock was not authoritative when this was logged (no NTP, calendar not marked valid).'));
      return parts.join('\n\n');
    });
  }
  for (const e of show.events) {
    add(index, { start: { line: e.line, character: 0 }, end: { line: e.line, character: Number.MAX_SAFE_INTEGER } }, () => {
      const parts: string[] = [];
      const d = topic(eventDocs[e.name]);
      if (d) parts.push(d);
      const platform = e.fields.eventName ? topic(eventDocs[e.fields.eventName]) : undefined;
      if (platform) parts.push(platform);
      const error = e.fields.error ?? e.fields.msgStatus;
      if (error && e.name !== 'SAEVT_INIT_CRYPTO') {
        const r = reasonDoc(`${e.fields.msgStatus ?? ''} ${e.fields.error ?? ''}`);
        if (r) parts.push(reasonTopic(`${e.fields.msgStatus ?? ''} ${e.fields.error ?? ''}`, adviceDialect(model))!);
      }
      return parts.length ? parts.join('\n\n') : `**${e.name}**\n\n${t('A Smart Licensing agent event (`show license eventlog`).')}`;
    });
  }
  const state = (f: { range: Range; state?: string; value: string } | undefined) => {
    if (f) add(index, f.range, () => stateTopics(f.state ?? f.value.toUpperCase()));
  };
  for (const r of show.registrations) {
    state(r.status);
    for (const f of r.failureReasons) add(index, f.range, () => reasonTopic(f.value, adviceDialect(model)));
  }
  for (const a of show.authorizations) {
    state(a.status);
    if (a.lastCommunication?.result === 'PENDING') add(index, a.lastCommunication.range, () => stateTopics('PENDING'));
    for (const f of a.failureReasons) add(index, f.range, () => reasonTopic(f.value, adviceDialect(model)));
  }
  for (const v of show.versionStatus) add(index, v.field.range, () => [stateTopics(v.registration), stateTopics(v.authorization)].filter(Boolean).join('\n\n') || undefined);
  for (const u of show.usage) add(index, u.status.range, () => stateTopics(u.status.value.replace(/\(\d+\)$/, '')));
  for (const t of show.trustLines) add(index, t.range, () => stateTopics(t.state === 'installed' ? 'INSTALLED' : /no id/i.test(t.value) ? 'No ID' : 'NOT INSTALLED'));
  for (const c of show.trustCodes) {
    add(index, c.field.range.start.character === c.field.range.end.character
      ? { start: { line: c.field.line, character: 0 }, end: { line: c.field.line, character: Number.MAX_SAFE_INTEGER } }
      : c.field.range, () => stateTopics(c.kind === 'none' || (c.kind === 'empty' && c.members.length === 0) ? 'No ID' : 'INSTALLED'));
  }
  for (const b of show.commBlocks) {
    if (b.lastResponse && /^NO REPLY/i.test(b.lastResponse.value)) add(index, b.lastResponse.range, () => stateTopics('NO REPLY'));
    if (b.failureReason && !/^<none>$/i.test(b.failureReason.value)) add(index, b.failureReason.range, () => reasonTopic(b.failureReason!.value, adviceDialect(model)));
  }
  for (const p of show.profiles) if (p.status) add(index, p.status.range, () => stateTopics(p.status!.value.toUpperCase()));
  for (const d of show.deadlines) {
    add(index, d.range, () => {
      const clock = show.clock;
      let when = t('The text prints no clock, so how far away this is cannot be said (the linter never uses its own clock).');
      if (clock && d.time?.hasYear) {
        const delta = d.time.ms - clock.ms;
        const params = { span: formatSpan(delta), date: formatDate(clock.ms), source: clockSource(clock.source) };
        when = delta < 0 ? t('**Passed** {span} before the capture\'s own clock ({date}, {source}).', params)
          : delta < 14 * DAY_MS ? t('{span} after the capture\'s own clock ({date}, {source}): **less than 14 days left**.', params)
            : t('{span} after the capture\'s own clock ({date}, {source}).', params);
      }
      return `**${d.label}**\n\n${t(DEADLINE_TEXT[d.kind])}\n\n${when}`;
    });
  }
  for (const c of show.clocks) {
    add(index, { start: { line: c.line, character: c.start }, end: { line: c.line, character: c.end } }, () =>
      `**${t('Device clock')}** (${clockSource(c.source)}): ${formatDate(c.ms)}\n\n${t('Dates in this text are compared with this clock, never with the linter\'s.')}${c.starred ? `\n\n${t('The leading `*` means the clock was **not authoritative** when this was printed (for example NTP not synchronised yet); it does not say why. Registration and certificate checks need correct time (scenario 3).')}` : ''}`);
  }
  return index;
}

function contains(r: Range, p: Position): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.character < r.start.character) return false;
  if (p.line === r.end.line && p.character > r.end.character) return false;
  return true;
}

/** Hover provider for show-output and log lines (registered in hover.ts). */
export function showOutputHover(model: DeviceModel, position: Position): string | undefined {
  let index = cache.get(model);
  if (!index) {
    index = buildIndex(model);
    cache.set(model, index);
  }
  const items = index.get(position.line);
  if (!items || items.length === 0) return undefined;
  const under = items.filter((i) => contains(i.range, position));
  const chosen = under.length ? under : items;
  const parts: string[] = [];
  for (const i of chosen) {
    const s = i.render();
    if (s && !parts.includes(s)) parts.push(s);
  }
  return parts.length ? parts.join('\n\n---\n\n') : undefined;
}
