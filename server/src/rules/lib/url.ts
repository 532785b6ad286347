// Splitting a destination URL into the parts the rules judge: scheme, host, explicit port.

export interface UrlParts {
  scheme: string;
  /** `user:password@` as written ('' when none): kept as is by fixes, redacted in every output. */
  userinfo: string;
  host: string;
  /** The explicit port as written, '' when none. */
  port: string;
  /** Everything after the authority (path, query). */
  rest: string;
}

const SCHEME_RE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const HOST_PORT_RE = /^(\[[^\]]*\]|[^/:?#\s]*)(?::(\d*))?$/;

/**
 * WHATWG URL rules for the authority: it ends at the first `/`, `?`, `#` (or `\`), and its userinfo
 * runs to the last `@` in it, so `http://user:secret@host/…` is host `host`, not `user` with port
 * `secret@host` (issue 20.3).
 */
export function parseUrl(url: string): UrlParts | null {
  const m = SCHEME_RE.exec(url);
  if (!m) return null;
  const start = m[0].length;
  let end = start;
  while (end < url.length && !'/?#\\'.includes(url[end])) end++;
  const authority = url.slice(start, end);
  if (/\s/.test(authority)) return null;
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? '' : authority.slice(0, at + 1);
  const hp = HOST_PORT_RE.exec(authority.slice(at + 1));
  if (!hp) return null;
  return { scheme: m[1].toLowerCase(), userinfo, host: hp[1], port: hp[2] ?? '', rest: url.slice(end) };
}

/** Cisco's cloud (tools.cisco.com, smartreceiver.cisco.com…): HTTPS only. */
export function isCiscoHost(host: string): boolean {
  return /(?:^|\.)cisco\.com\.?$/i.test(host);
}

export function isIpAddress(host: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** The same URL on https://, dropping an explicit :80 (the HTTP port makes no sense for HTTPS). */
export function toHttps(parts: UrlParts): string {
  const port = parts.port && parts.port !== '80' ? `:${parts.port}` : '';
  return `https://${parts.userinfo}${parts.host}${port}${parts.rest}`;
}
