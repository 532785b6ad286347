// `show license history message` (SLP seed): per message type, REQUEST/RESPONSE pairs with their
// JSON. A RESPONSE line with no JSON under it means CSSM never answered — but only in unfiltered
// output: `| include REQUEST` prints requests alone and proves nothing (SPEC §3.3). The request JSON
// of a trust establishment carries the ID token (`\"token\":\"…\"`): a secret, recorded so every
// output can redact it.
import { parseDeviceDate } from './dates';
import { range, Range } from '../types';
import { findIdTokens } from '../secrets';

export interface HistoryExchange {
  /** `Trust Establishment`, `Usage Reporting`… */
  category: string;
  requestLine: number;
  requestMs?: number;
  responseLine?: number;
  responseMs?: number;
  /** Columns of `RESPONSE: <date>` (for a finding on it). */
  responseRange?: Range;
  /** Whether JSON followed the RESPONSE line. */
  responseBody: boolean;
  /** `status_code` of the response JSON (`OK`, …). */
  statusCode?: string;
}

export interface SecretRef {
  line: number;
  range: Range;
  token: string;
}

export interface HistoryOutput {
  /** The section was cut by `| include`, `| section`…: missing RESPONSE lines mean nothing. */
  filtered: boolean;
  /** `Message History (oldest to newest):` was printed: this is the whole output, not a fragment. */
  complete: boolean;
  exchanges: HistoryExchange[];
  /** `Import TRUST CODE:` → `Received on …`: the trust code arrived (success). */
  trustCodeReceivedLines: number[];
}

// `\"token\":\"MzgwMDAw…\"` at any depth of JSON escaping.
const TOKEN = /token\\*"\s*:\s*\\*"([^"\\]{8,})/g;

/** ID tokens in a line of JSON or an exec command echo (`license smart trust idtoken <token> …`). */
export function findSecrets(s: string, line: number, out: SecretRef[]): void {
  if (s.indexOf('token') >= 0) {
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(s))) {
      const start = m.index + m[0].length - m[1].length;
      out.push({ line, range: range(line, start, start + m[1].length), token: m[1] });
    }
  }
  // Commands echoed at a prompt or quoted in a log, in any case and abbreviation (secrets.ts).
  for (const t of findIdTokens(s)) out.push({ line, range: range(line, t.start, t.end), token: t.token });
}

export class HistoryReader {
  readonly output: HistoryOutput;
  private category = '';
  private importMode = false;
  private importCategory = '';
  private current: HistoryExchange | null = null;
  private awaiting: 'request' | 'response' | null = null;

  constructor(filtered: boolean) {
    this.output = { filtered, complete: false, exchanges: [], trustCodeReceivedLines: [] };
  }

  /** Feeds one line; returns true when the line belonged to the history (so others need not read it). */
  line(s: string, i: number): boolean {
    const t = s.trim();
    if (t === '') return false;
    const c = t.charCodeAt(0);
    if (c === 123 /* { */) {
      if (this.awaiting === 'response' && this.current) {
        this.current.responseBody = true;
        const sc = /status_code\\*"\s*:\s*\\*"([A-Z_]+)/.exec(t);
        if (sc) this.current.statusCode = sc[1];
      }
      this.awaiting = null;
      return true;
    }
    if (t.startsWith('Message History') || t.startsWith('Import Message History')) {
      this.output.complete = true;
      this.importMode = t.startsWith('Import');
      this.awaiting = null;
      return true;
    }
    if (t.startsWith('REQUEST:')) {
      const d = parseDeviceDate(t);
      this.current = { category: this.category, requestLine: i, requestMs: d?.ms, responseBody: false };
      this.output.exchanges.push(this.current);
      this.awaiting = 'request';
      return true;
    }
    if (t.startsWith('RESPONSE:')) {
      const d = parseDeviceDate(s);
      const at = s.indexOf('RESPONSE:');
      if (!this.current || this.current.responseLine !== undefined) {
        // A response without its request (the request was cut from the paste).
        this.current = { category: this.category, requestLine: -1, responseBody: false };
        this.output.exchanges.push(this.current);
      }
      this.current.responseLine = i;
      this.current.responseMs = d?.ms;
      this.current.responseRange = range(i, at, s.trimEnd().length);
      this.awaiting = 'response';
      return true;
    }
    if (t.startsWith('Received on') && this.importCategory === 'TRUST CODE') {
      this.output.trustCodeReceivedLines.push(i);
      return true;
    }
    if (c !== 60 /* < */ && t.endsWith(':') && t.indexOf(':') === t.length - 1) {
      const name = t.slice(0, -1).trim();
      if (this.importMode || name.startsWith('Import ')) this.importCategory = name.replace(/^Import\s+/, '');
      else this.category = name;
      this.current = null;
      this.awaiting = null;
      return true;
    }
    if (t.startsWith('No past')) {
      this.awaiting = null;
      return true;
    }
    // Anything else (an operator's note, `<TRUST_CODE>`): the response, if awaited, had no JSON.
    if (this.awaiting === 'response') this.awaiting = null;
    return false;
  }
}
