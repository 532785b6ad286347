// Splitting a destination URL into the parts the rules judge: scheme, host, explicit port.
import { urlAuthority } from '../../parse/url';

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

const HOST_PORT_RE = /^(\[[^\]]*\]|[^/:?#\s]*)(?::(\d*))?$/;

/** A well-formed URL's parts (parse/url.ts reads the authority as WHATWG URL does); null when malformed. */
export function parseUrl(url: string): UrlParts | null {
  const a = urlAuthority(url);
  if (!a || /\s/.test(a.userinfo + a.hostPort)) return null;
  const hp = HOST_PORT_RE.exec(a.hostPort);
  if (!hp) return null;
  return { scheme: a.scheme.toLowerCase(), userinfo: a.userinfo, host: hp[1], port: hp[2] ?? '', rest: a.rest };
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
