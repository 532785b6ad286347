// Wires the engine to an LSP connection: documents, settings, diagnostics, code actions, hover.
// The only place besides server.ts that knows about the connection.
import { ClientCapabilities, Connection, DidChangeConfigurationNotification, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { lint, LintOptions, LintResult, TOOL_NAME } from '../engine';
import { completionsAt } from '../completion';
import { hoverAt } from '../hover';
import { looksLikeDeviceText } from '../sniff';
import { LoadedSettings, settingsFor, SETTINGS_FILE, isIgnored, validateSettings } from '../settings';
import { SeveritySetting } from '../types';
import { capabilities } from './capabilities';
import { codeActions } from './codeActions';
import { registerNavigation } from './navigation';
import { toCompletionItems } from './completion';
import { registerLintFiles } from './lintFiles';
import { documentTooLarge, LARGE_DOCUMENT_CHARS, LARGE_DOCUMENT_DELAY_MS, MAX_LINTED_CHARS } from './largeDocuments';
import { toDiagnostic } from './diagnostics';

interface EditorSettings {
  enable: boolean;
  rules: Record<string, SeveritySetting>;
  /** null: follow `reportUnusedDirectives` of the settings file. */
  reportUnusedDirectives: boolean | null;
}

/** Editor settings override the project file: per rule, and for reporting unused directives when set. */
function lintOptions(editor: EditorSettings | undefined, file: LoadedSettings | undefined): LintOptions {
  return {
    rules: { ...(file?.settings.rules ?? {}), ...(editor?.rules ?? {}) },
    reportUnusedDirectives: editor?.reportUnusedDirectives ?? file?.settings.reportUnusedDirectives ?? false,
  };
}

const SNIFFED_LANGUAGES = new Set(['plaintext', 'log']);

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const results = new Map<string, { version: number; result: LintResult }>();
  const editorSettings = new Map<string, Promise<EditorSettings>>();
  /** The same, once answered: code actions and hover are synchronous and must lint with them too. */
  const resolvedEditorSettings = new Map<string, EditorSettings>();
  const fileSettings = new Map<string, LoadedSettings>();
  const pending = new Map<string, () => void>();
  const reportedProblems = new Set<string>();
  let configurationSupported = false;
  let clientCapabilities: ClientCapabilities = {};
  let snippetSupport = false;

  connection.onInitialize((params) => {
    configurationSupported = !!params.capabilities.workspace?.configuration;
    clientCapabilities = params.capabilities;
    snippetSupport = !!params.capabilities.textDocument?.completion?.completionItem?.snippetSupport;
    return { capabilities, serverInfo: { name: TOOL_NAME, version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    if (configurationSupported) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ciscoLicenseLint' }).catch(() => undefined);
    }
  });

  function getEditorSettings(uri: string): Promise<EditorSettings> {
    const defaults: EditorSettings = { enable: true, rules: {}, reportUnusedDirectives: null };
    if (!configurationSupported) return Promise.resolve(defaults);
    let p = editorSettings.get(uri);
    if (!p) {
      p = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'ciscoLicenseLint' })
        // Severities the editor sends are checked like the project file's: a client that sends
        // `"http-destination": 42` must not produce diagnostics without a severity.
        .then((c: Partial<EditorSettings> | null) => ({
          enable: c?.enable !== false,
          rules: validateSettings({ rules: c?.rules ?? {} }, 'ciscoLicenseLint.rules').settings.rules,
          reportUnusedDirectives: typeof c?.reportUnusedDirectives === 'boolean' ? c.reportUnusedDirectives : null,
        }))
        .catch(() => defaults)
        .then((settings) => {
          resolvedEditorSettings.set(uri, settings);
          return settings;
        });
      editorSettings.set(uri, p);
    }
    return p;
  }

  function getFileSettings(uri: string): LoadedSettings | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let s = fileSettings.get(uri);
    if (!s) {
      try {
        s = settingsFor(fileURLToPath(uri));
      } catch {
        return undefined;
      }
      fileSettings.set(uri, s);
      for (const p of s.problems) {
        if (!reportedProblems.has(p)) {
          reportedProblems.add(p);
          void connection.window.showWarningMessage(`${TOOL_NAME}: ${p}`);
        }
      }
    }
    return s;
  }

  async function validate(doc: TextDocument): Promise<void> {
    const uri = doc.uri;
    const editor = await getEditorSettings(uri);
    const current = documents.get(uri);
    if (!current || current.version !== doc.version) return; // a newer version is on its way
    const file = getFileSettings(uri);
    const text = doc.getText();
    if (!editor.enable || (file && isIgnored(fileURLToPath(uri), file)) || (SNIFFED_LANGUAGES.has(doc.languageId) && !looksLikeDeviceText(text))) {
      results.delete(uri);
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
      return;
    }
    if (text.length > MAX_LINTED_CHARS) {
      results.delete(uri);
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [documentTooLarge(text.length)] });
      return;
    }
    const result = lint(text, {
      // Editor settings override the project file per workspace (SPEC §7, issue 5).
      ...lintOptions(editor, file),
      onRuleError: (rule, e) => connection.console.error(`${TOOL_NAME}: rule ${rule.id} failed on ${uri}: ${(e as Error)?.stack ?? e}`),
    });
    results.set(uri, { version: doc.version, result });
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: result.findings.map((f) => toDiagnostic(f, uri)) });
  }

  function schedule(doc: TextDocument): void {
    pending.get(doc.uri)?.();
    const run = () => {
      pending.delete(doc.uri);
      const latest = documents.get(doc.uri);
      if (latest) validate(latest).catch((e) => connection.console.error(`${TOOL_NAME}: ${(e as Error)?.stack ?? e}`));
    };
    if (doc.getText().length > LARGE_DOCUMENT_CHARS) {
      const timer = setTimeout(run, LARGE_DOCUMENT_DELAY_MS);
      pending.set(doc.uri, () => clearTimeout(timer));
    } else {
      const immediate = setImmediate(run);
      pending.set(doc.uri, () => clearImmediate(immediate));
    }
  }

  /** The lint result for the document's current version (computed now when the cache is stale). */
  function resultFor(uri: string): LintResult | undefined {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const cached = results.get(uri);
    if (cached && cached.version === doc.version) return cached.result;
    if (SNIFFED_LANGUAGES.has(doc.languageId) && !looksLikeDeviceText(doc.getText())) return undefined;
    if (doc.getText().length > MAX_LINTED_CHARS) return undefined;
    const file = getFileSettings(uri);
    const result = lint(doc.getText(), lintOptions(resolvedEditorSettings.get(uri), file));
    results.set(uri, { version: doc.version, result });
    return result;
  }

  documents.onDidChangeContent((e) => schedule(e.document));
  // "Lint the workspace" (issue 6): files read from disk, diagnostics published without opening them.
  const workspaceLint = registerLintFiles(connection, {
    isOpen: (uri) => documents.get(uri) !== undefined,
    optionsFor: async (uri) => {
      const editor = await getEditorSettings(uri);
      const file = getFileSettings(uri);
      return {
        enabled: editor.enable,
        ignored: !!file && isIgnored(fileURLToPath(uri), file),
        options: lintOptions(editor, file),
      };
    },
  });

  documents.onDidClose((e) => {
    results.delete(e.document.uri);
    editorSettings.delete(e.document.uri);
    resolvedEditorSettings.delete(e.document.uri);
    fileSettings.delete(e.document.uri);
    void workspaceLint.relintFromDisk(e.document.uri).then((relinted) => {
      if (!relinted) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  });

  connection.onDidChangeConfiguration(() => {
    editorSettings.clear();
    resolvedEditorSettings.clear();
    for (const doc of documents.all()) schedule(doc);
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => c.uri.endsWith(SETTINGS_FILE))) {
      fileSettings.clear();
      reportedProblems.clear();
      for (const doc of documents.all()) schedule(doc);
    }
  });

  connection.onCodeAction((params) => {
    const result = resultFor(params.textDocument.uri);
    return result ? codeActions(result, params) : [];
  });

  connection.onCompletion((params) => {
    const result = resultFor(params.textDocument.uri);
    return result ? toCompletionItems(completionsAt(result.model, params.position), snippetSupport) : [];
  });

  connection.onHover((params) => {
    const result = resultFor(params.textDocument.uri);
    if (!result) return null;
    const markdown = hoverAt(result, params.position);
    return markdown ? { contents: { kind: 'markdown', value: markdown } } : null;
  });

  registerNavigation(connection, resultFor, () => clientCapabilities);

  documents.listen(connection);
}
