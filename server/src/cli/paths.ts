// Paths as the outputs name them: diff headers relative to one folder, SARIF URIs per RFC 3986.
import { isAbsolute, parse, relative, sep } from 'node:path';

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Is `path` (absolute) inside `folder` (absolute), or the folder itself? */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The folder a --fix-dry-run patch is relative to: the current folder when every file is inside it
 * (`git apply`, `patch -p1`), else the root (`patch -p1 -d /`, `git -C / apply`), as
 * `git diff --no-index` names files outside the work tree. One folder for the whole run, so the
 * patch applies in one go.
 */
export function diffBase(cwd: string, files: (string | undefined)[]): string {
  return files.every((f) => f === undefined || isInside(cwd, f)) ? cwd : parse(cwd).root;
}

/**
 * A path as an RFC 3986 URI reference: each segment percent-encoded (UTF-8), `/` between them.
 * encodeURIComponent leaves only unreserved characters and `!'()*` (sub-delims, allowed in a
 * segment) as they are, so a `:` in a first segment cannot be read as a scheme.
 */
export function encodePath(posixPath: string): string {
  return posixPath.split('/').map((s, i) => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s))).join('/');
}

/** SARIF's artifact location: relative to %SRCROOT% (the current folder) when inside it, else a file: URI. */
export function artifactLocation(absolute: string | undefined, display: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (absolute === undefined) return { uri: encodePath(toPosix(display)) };
  if (isInside(cwd, absolute)) return { uri: encodePath(toPosix(relative(cwd, absolute))), uriBaseId: SRCROOT };
  const posix = toPosix(absolute);
  return { uri: `file://${posix.startsWith('/') ? '' : '/'}${encodePath(posix)}` };
}

export const SRCROOT = '%SRCROOT%';

/** The file: URI of a folder, ending in `/` as SARIF's originalUriBaseIds want. */
export function folderUri(folder: string): string {
  const posix = toPosix(folder).replace(/\/?$/, '/');
  return `file://${posix.startsWith('/') ? '' : '/'}${encodePath(posix)}`;
}
