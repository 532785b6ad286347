// ID tokens are secrets tied to a Smart/Virtual Account (XE: "the token is … tied to the correct
// Smart Account"): no message, hover, CLI line, JSON or SARIF result may print one whole. The first
// four characters stay so a reader can tell two tokens apart.

export function redactToken(token: string): string {
  return token.length <= 4 ? '<redacted>' : `${token.slice(0, 4)}…<redacted>`;
}

/** Replaces every known token in `text` with its redacted form. */
export function redactSecrets(text: string, tokens: Iterable<string>): string {
  let out = text;
  for (const t of tokens) {
    if (t.length < 8) continue;
    if (out.indexOf(t) >= 0) out = out.split(t).join(redactToken(t));
  }
  return out;
}

/** Tokens as they appear in text the user pastes: `idtoken <token>` and JSON `"token":"…"`. */
export function tokensIn(text: string): string[] {
  const out: string[] = [];
  const id = /\bidtoken\s+([^\s<]\S{7,})/g;
  let m: RegExpExecArray | null;
  while ((m = id.exec(text))) out.push(m[1]);
  const json = /token\\*"\s*:\s*\\*"([^"\\]{8,})/g;
  while ((m = json.exec(text))) out.push(m[1]);
  return out;
}
