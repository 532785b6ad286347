// After the rules ran: make relatedInformation go both ways, and keep secrets out of every message.
//
// SPEC §6 (last paragraph): when one text holds the running-config and show outputs, a show-output
// finding points at the config line behind it and the config finding names the show evidence. Rules
// add the links they know; this adds the way back, so a finding on line L learns of every other
// rule's finding that cites L — whichever rule (and whichever issue's developer) wrote it.
//
// Secrets (SPEC §6 idtoken-in-config): ID tokens may appear in messages a rule quotes, so every
// message, related message and remedy is redacted here, once, before the LSP server, the CLI (text,
// JSON, SARIF) or hover see a finding. Edits are left as they are: they must reproduce the text.
import { DeviceModel } from './model/types';
import { redactSecrets, redactUrlPasswords } from './secrets';
import { Finding, MAX_RELATED } from './types';
import { tidyJoins } from './l10n';

function brief(f: Finding): string {
  // Full-width 。 and ： (Chinese) take no space after them.
  const first = f.message.split(/(?<=[.:])\s|(?<=[。：])/)[0];
  const text = first.length > 140 ? first.slice(0, 137) + '…' : first;
  return `${f.ruleId}: ${text}`;
}

export function linkBothWays(findings: Finding[]): void {
  const byLine = new Map<number, Finding[]>();
  for (const f of findings) {
    for (let l = f.range.start.line; l <= f.range.end.line; l++) {
      const list = byLine.get(l);
      if (list) list.push(f);
      else byLine.set(l, [f]);
    }
  }
  // Each finding's related starts, for the duplicate check in constant time.
  const seen = new Map<Finding, Set<string>>();
  const startsOf = (g: Finding) => {
    let s = seen.get(g);
    if (!s) seen.set(g, (s = new Set((g.related ?? []).map((x) => `${x.range.start.line}:${x.range.start.character}`))));
    return s;
  };
  for (const f of findings) {
    if (!f.related?.length) continue;
    const key = `${f.range.start.line}:${f.range.start.character}`;
    let summary: string | undefined;
    for (const r of f.related) {
      for (const g of byLine.get(r.range.start.line) ?? []) {
        if (g === f || g.ruleId === f.ruleId) continue;
        const back = g.related ?? (g.related = []);
        if (back.length >= MAX_RELATED) continue;
        const starts = startsOf(g);
        if (starts.has(key)) continue;
        starts.add(key);
        back.push({ range: f.range, message: (summary ??= brief(f)) });
      }
    }
  }
}

export function redactFindings(model: DeviceModel, findings: Finding[]): void {
  const tokens = new Set<string>();
  for (const t of model.config.licenseSmart.idtokens) tokens.add(t.token.text);
  for (const s of model.show.secrets) tokens.add(s.token);
  // URL passwords (`http://user:secret@host`) are redacted wherever a message quotes the URL.
  const redact = (t: string) => redactUrlPasswords(tokens.size ? redactSecrets(t, tokens) : t);
  for (const f of findings) {
    f.message = redact(f.message);
    for (const r of f.related ?? []) r.message = redact(r.message);
    if (f.remedy) f.remedy = f.remedy.map(redact);
    for (const x of f.fixes) x.title = redact(x.title);
  }
}

export function finishFindings(model: DeviceModel, findings: Finding[]): void {
  for (const f of findings) {
    if (f.related && f.related.length > MAX_RELATED) f.related.length = MAX_RELATED;
    f.message = tidyJoins(f.message);
  }
  linkBothWays(findings);
  redactFindings(model, findings);
}
