// Splitting a destination URL into the parts the rules judge: scheme, host, explicit port.

export interface UrlParts {
  scheme: string;
  host: string;
  /** The explicit port as written, '' when none. */
  port: string;
  /** Everything after the authority (path, query). */
  rest: string;
}

const URL_RE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(\[[^\]]*\]|[^/:?#\s]*)(?::(\d*))?(.*)$/;

export function parseUrl(url: string): UrlParts | null {
  const m = URL_RE.exec(url);
  if (!m) return null;
  return { scheme: m[1].toLowerCase(), host: m[2], port: m[3] ?? '', rest: m[4] };
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
  return `https://${parts.host}${port}${parts.rest}`;
}
