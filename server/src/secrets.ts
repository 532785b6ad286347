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

/**
 * Does `word` stand for `keyword`? IOS takes any unique abbreviation in any case (`lic sm reg idt`);
 * `min` is the shortest prefix that is unique where the keyword stands.
 */
export function abbreviates(word: string, keyword: string, min: number): boolean {
  return word.length >= min && word.length <= keyword.length && keyword.startsWith(word.toLowerCase());
}

/** A word that can be a token (not a `<TOKEN>` placeholder); the rule judges templates further. */
const tokenLike = (w: string) => w.length >= 8 && w.charCodeAt(0) !== 60 /* < */;

/**
 * `license smart register|trust idtoken <token>` from its words, in any case and any unique
 * abbreviation (`LICENSE SMART REGISTER IDTOKEN x`, `lic sm reg i x`), after `do` in config mode.
 * Returns the index of the token word, or -1.
 */
export function idTokenIndex(words: readonly string[]): number {
  let i = 0;
  if (words.length > 0 && words[0].toLowerCase() === 'do') i = 1;
  // A command echoed at a prompt is glued to it: `Switch#license …`.
  const first = words[i]?.slice(Math.max(words[i].lastIndexOf('#'), words[i].lastIndexOf('>')) + 1) ?? '';
  if (!abbreviates(first, 'license', 3) || !abbreviates(words[i + 1] ?? '', 'smart', 2)) return -1;
  const sub = words[i + 2] ?? '';
  if (!abbreviates(sub, 'register', 3) && !abbreviates(sub, 'trust', 2)) return -1;
  if (!abbreviates(words[i + 3] ?? '', 'idtoken', 1) || words[i + 4] === undefined) return -1;
  return i + 4;
}

export interface TokenAt {
  token: string;
  /** Columns of the token in its line. */
  start: number;
  end: number;
}

/**
 * The ID tokens a line shows: the command above anywhere on the line (a prompt echo, a change
 * script), and a bare `idtoken <token>` (at least `idt`, any case) wherever text quotes one. One
 * finder for the rule, the redaction of every output and the outline (issue 12, point 3).
 */
export function findIdTokens(line: string): TokenAt[] {
  const words: string[] = [];
  const starts: number[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    words.push(m[0]);
    starts.push(m.index);
  }
  const out: TokenAt[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const commandAt = abbreviates(w.slice(Math.max(w.lastIndexOf('#'), w.lastIndexOf('>')) + 1), 'license', 3) ? idTokenIndex(words.slice(i, i + 5)) : -1;
    const at = commandAt >= 0 ? i + commandAt : abbreviates(w, 'idtoken', 3) ? i + 1 : -1;
    if (at < 0 || !tokenLike(words[at])) continue;
    if (out.length && out[out.length - 1].start === starts[at]) continue;
    out.push({ token: words[at], start: starts[at], end: starts[at] + words[at].length });
    i = at;
  }
  return out;
}

/** `line` with every ID token `findIdTokens` sees redacted (before it is cut to a length, so no prefix leaks). */
export function redactIdTokens(line: string): string {
  const found = findIdTokens(line);
  let out = line;
  for (let k = found.length - 1; k >= 0; k--) out = out.slice(0, found[k].start) + redactToken(found[k].token) + out.slice(found[k].end);
  return out;
}

const URL_USERINFO = /(\b[A-Za-z][A-Za-z0-9+.-]*:\/\/)([^\s/?#\\]*@)/g;

/**
 * The password of every `scheme://user:password@host` in `text` replaced by `<redacted>` (issue 20.3):
 * URLs are quoted in messages, outlines and diffs, and a proxy or On-Prem password must not be. The
 * userinfo runs to the authority's last `@`, as WHATWG URL reads it. Fixes keep the password.
 */
export function redactUrlPasswords(text: string): string {
  if (text.indexOf('@') < 0) return text;
  return text.replace(URL_USERINFO, (whole, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    return colon < 0 || colon === userinfo.length - 2 ? whole : `${scheme}${userinfo.slice(0, colon + 1)}<redacted>@`;
  });
}

/** Tokens as they appear in text the user pastes: the commands and `idtoken <token>` above, and JSON `"token":"…"`. */
export function tokensIn(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) for (const t of findIdTokens(line)) out.push(t.token);
  const json = /token\\*"\s*:\s*\\*"([^"\\]{8,})/g;
  let m: RegExpExecArray | null;
  while ((m = json.exec(text))) out.push(m[1]);
  return out;
}
