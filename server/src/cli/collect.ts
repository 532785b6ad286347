// Which files a run lints: paths named on the command line, and the config and capture files found
// by walking folders.
import { t } from '../l10n';
import { Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const LINTED_EXTENSIONS = new Set(['.cfg', '.conf', '.config', '.ios', '.nxos', '.txt', '.log', '.show', '.tech', '']);
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.svn', '.hg']);

/** The path with links resolved, or the path itself when it cannot be resolved. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Files to lint under a path. `visited` holds the real paths already walked or listed, so a symlink
 * loop (`ln -s . again`) or two links to one folder lint each file once (issue 20.5). A subfolder
 * that cannot be listed is skipped with a notice, as an unreadable file is (issue 20.6); only a path
 * named on the command line that cannot be read is an error (thrown).
 */
export function collect(path: string, out: string[], notices: string[], visited: Set<string>, top = true): void {
  const st = statSync(path);
  const real = realPathOf(path);
  if (visited.has(real)) return;
  if (st.isFile()) {
    visited.add(real);
    out.push(path);
    return;
  }
  if (!st.isDirectory()) {
    // A pipe or device named on the command line (/dev/stdin, a FIFO, <(cat f)) is read as a file;
    // inside a folder walk such entries are never opened (a FIFO would block the run).
    if (top && (st.isFIFO() || st.isCharacterDevice() || st.isSocket())) out.push(path);
    return;
  }
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    if (top) throw e;
    notices.push(t('{path}: skipped (folder cannot be read: {reason})', { path, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || SKIPPED_DIRS.has(name)) continue;
    const child = join(path, name);
    // The folder listing says what most entries are (issue 16: a stat and a realpath per file of a
    // fleet); links and the rare file system that does not say are stat'ed.
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    const plain = isDirectory || isFile;
    if (!plain) {
      try {
        const cst = statSync(child);
        isDirectory = cst.isDirectory();
        isFile = cst.isFile();
      } catch {
        notices.push(t('{path}: skipped (cannot be read)', { path: child }));
        continue;
      }
    }
    if (isDirectory) collect(child, out, notices, visited, false);
    else if (isFile && LINTED_EXTENSIONS.has(extname(name).toLowerCase()) && !/^readme/i.test(basename(name))) {
      // A plain file's real path is its real folder's, joined with its name.
      const realChild = plain ? join(real, name) : realPathOf(child);
      if (visited.has(realChild)) continue;
      visited.add(realChild);
      out.push(child);
    }
  }
}
