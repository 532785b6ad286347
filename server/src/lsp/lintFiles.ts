// `cisco-license-lint/lintFiles`: the editor's "lint the workspace" command hands the server file
// URIs in batches; the server reads each from disk and publishes its diagnostics, so the Problems
// panel fills without the editor opening a document per file. Open documents keep their own,
// live diagnostics. Plain-text, log, .cfg and .conf files (and files without an extension) are sniffed as the
// server sniffs plaintext/log documents: a README in the workspace must not light up.
import { Connection } from 'vscode-languageserver/node';
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, LintOptions, NOT_DEVICE_TEXT } from '../engine';
import { readDeviceText } from '../readText';
import { looksLikeDeviceText } from '../sniff';
import { toDiagnostic } from './diagnostics';
import { documentTooLarge, MAX_LINTED_CHARS } from './largeDocuments';

export const LINT_FILES_REQUEST = 'cisco-license-lint/lintFiles';

export interface LintFilesParams {
  uris: string[];
}

export interface LintFilesResult {
  /** Files linted from disk (their diagnostics were published). */
  linted: number;
  /** Files skipped: open in the editor, ignored by the settings file, not device text, unreadable, or above 50 MiB (told so in one diagnostic). */
  skipped: number;
  /** Findings published for the linted files. */
  findings: number;
}

// .cfg, .conf and .config hold other tools' settings too (setup.cfg, haproxy.cfg, nginx.conf: issue 15.1).
const SNIFFED_EXTENSIONS = new Set(['.txt', '.log', '', '.cfg', '.conf', '.config']);

export interface LintFilesHost {
  isOpen(uri: string): boolean;
  /** Rules and ignore decision for a file, as for an open document. */
  optionsFor(uri: string): Promise<{ enabled: boolean; ignored: boolean; options: LintOptions }>;
}

export function registerLintFiles(connection: Connection, host: LintFilesHost): { relintFromDisk(uri: string): Promise<boolean> } {
  const linted = new Set<string>();

  async function lintFromDisk(uri: string): Promise<number | undefined> {
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    const { enabled, ignored, options } = await host.optionsFor(uri);
    if (!enabled || ignored) return undefined;
    let text: string;
    try {
      // As for an open document: a capture above the editing limit is left to the CLI.
      const st = statSync(path);
      // Only regular files are read: a FIFO (or a device) in the workspace would block the
      // server's single thread on open/read until something writes to it (issue 20.8).
      if (!st.isFile()) return undefined;
      const size = st.size;
      if (size > MAX_LINTED_CHARS) {
        void connection.sendDiagnostics({ uri, diagnostics: [documentTooLarge(size)] });
        return undefined;
      }
      text = readDeviceText(path).text;
    } catch {
      return undefined;
    }
    if (SNIFFED_EXTENSIONS.has(extname(path).toLowerCase()) && !looksLikeDeviceText(text)) return undefined;
    const { findings } = lint(text, options);
    if (findings.length === 1 && findings[0].ruleId === NOT_DEVICE_TEXT) return undefined;
    linted.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic(f, uri)) });
    return findings.length;
  }

  connection.onRequest(LINT_FILES_REQUEST, async (params: LintFilesParams, token): Promise<LintFilesResult> => {
    const result: LintFilesResult = { linted: 0, skipped: 0, findings: 0 };
    for (const uri of params?.uris ?? []) {
      if (token.isCancellationRequested) break;
      const count = host.isOpen(uri) ? undefined : await lintFromDisk(uri);
      if (count === undefined) result.skipped++;
      else {
        result.linted++;
        result.findings += count;
      }
    }
    return result;
  });

  return {
    /** A workspace-linted file closed in the editor goes back to its diagnostics as saved on disk. */
    async relintFromDisk(uri: string): Promise<boolean> {
      if (!linted.has(uri)) return false;
      return (await lintFromDisk(uri)) !== undefined;
    },
  };
}
