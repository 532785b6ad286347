// The authority of a URL as WHATWG URL reads it, shared by the rules, the model and completion: it
// ends at the first `/`, `?`, `#` (or `\`), and its userinfo runs to the last `@` in it, so
// `http://user:secret@host/…` is host `host`, not `user` with port `secret@host` (issue 20.3).

export interface UrlAuthority {
  /** The scheme as written. */
  scheme: string;
  /** `user:password@` as written ('' when none). */
  userinfo: string;
  /** Host and port as written (`host`, `host:8443`, `[2001:db8::1]:443`). */
  hostPort: string;
  /** Everything after the authority (path, query, fragment). */
  rest: string;
}

const SCHEME_RE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

export function urlAuthority(url: string): UrlAuthority | null {
  const m = SCHEME_RE.exec(url);
  if (!m) return null;
  const start = m[0].length;
  let end = start;
  while (end < url.length && !'/?#\\'.includes(url[end])) end++;
  const authority = url.slice(start, end);
  const at = authority.lastIndexOf('@');
  return { scheme: m[1], userinfo: at < 0 ? '' : authority.slice(0, at + 1), hostPort: authority.slice(at + 1), rest: url.slice(end) };
}

/** The host of a URL, leniently: whatever stands before a port, blank or the authority's end. */
export function urlHost(url: string): string | undefined {
  const a = urlAuthority(url);
  const host = a ? /^(\[[^\]]*\]|[^:\s]*)/.exec(a.hostPort)?.[1] : undefined;
  return host || undefined;
}
