// Fingerprints that follow a finding's content, not its line number: a baseline recorded today still
// recognises the finding after lines are added above it, and dashboards (SARIF partialFingerprints,
// GitLab Code Quality) keep one identity per problem across commits.
import type { Hash } from 'node:crypto';
import { Finding } from '../types';

/** node:crypto loaded on first use: a run whose format prints no fingerprint never loads it (12 ms of a CLI start). */
let hashes: ((algorithm: string) => Hash) | undefined;
function createHash(algorithm: string): Hash {
  hashes ??= (require('node:crypto') as typeof import('node:crypto')).createHash;
  return hashes(algorithm);
}

export const FINGERPRINT_KEY = 'contentHash/v1';

/** The line's content with indentation and runs of blanks made one space: re-indenting changes nothing. */
export function normaliseLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/** The text of the given 0-based lines (line breaks: LF, CRLF or a lone CR, as LSP counts them). */
function linesAt(text: string, wanted: Set<number>): Map<number, string> {
  const out = new Map<number, string>();
  if (wanted.size === 0) return out;
  let last = 0;
  for (const l of wanted) last = Math.max(last, l);
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let line = 0; line <= last; line++) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    if (wanted.has(line)) out.set(line, text.slice(start, end));
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

/**
 * One fingerprint per finding, in the findings' order: a hash of the rule id, the normalised content
 * of the finding's first line, and how many findings of that rule on identical lines come before it
 * in the file (two profiles with the same destination line stay two). Findings are compared in
 * position order, so the index does not depend on the order rules ran in.
 */
export function fingerprints(text: string, findings: Finding[]): string[] {
  const lines = linesAt(text, new Set(findings.map((f) => f.range.start.line)));
  const order = findings.map((_, i) => i).sort((a, b) => {
    const x = findings[a].range.start;
    const y = findings[b].range.start;
    return x.line - y.line || x.character - y.character || a - b;
  });
  const seen = new Map<string, number>();
  const out: string[] = new Array(findings.length);
  for (const i of order) {
    const f = findings[i];
    const key = `${f.ruleId}\0${normaliseLine(lines.get(f.range.start.line) ?? '')}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    out[i] = createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
  }
  return out;
}

/** One identity per finding across a whole report (GitLab wants them unique): the path joins in. */
export function reportFingerprint(path: string, fingerprint: string): string {
  return createHash('sha256').update(`${path}\0${fingerprint}`).digest('hex').slice(0, 32);
}
