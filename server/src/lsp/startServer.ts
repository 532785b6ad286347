// Wires the engine to an LSP connection: documents, settings, diagnostics, code actions, hover.
// The only place besides server.ts that knows about the connection.
import { negotiateLocale, setLocale } from '../l10n';
import { ClientCapabilities, Connection, Diagnostic, DidChangeConfigurationNotification, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hasStrayControl } from '../sniff';
import { fileURLToPath } from 'node:url';
import { fixAll, lint, LintOptions, LintResult, TOOL_NAME } from '../engine';
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

// Modes VS Code gives text that is not only Cisco's (.txt, .log, .cfg, .conf): linted when it looks like device text.
const SNIFFED_LANGUAGES = new Set(['plaintext', 'log', 'properties']);

/** A document's lint: a result, or (disabled, ignored, not device text, too large) what to publish instead. */
type Outcome = { result: LintResult } | { result: undefined; diagnostics: Diagnostic[] };

export function startServer(connection: Connection): void {
  // Which open documents hold no stray control character, followed from edit to edit (an edit
  // can only add one in the text it inserts), so a keystroke in a 10 MiB config is not a scan of
  // all of it for them (issue 16). Keyed by document object: update() returns the same one.
  const cleanText = new WeakMap<TextDocument, boolean>();
  const documents = new TextDocuments<TextDocument>({
    create(uri, languageId, version, content) {
      const doc = TextDocument.create(uri, languageId, version, content);
      cleanText.set(doc, !hasStrayControl(content));
      return doc;
    },
    update(doc, changes, version) {
      const clean = cleanText.get(doc) === true && changes.every((c) => !hasStrayControl(c.text));
      const updated = TextDocument.update(doc, changes, version);
      // A full-text change replaces the text: judge it whole.
      cleanText.set(updated, changes.some((c) => !('range' in c)) ? !hasStrayControl(updated.getText()) : clean);
      return updated;
    },
  });
  /** Lint outcomes by document, each tagged with the version and settings generation it was computed for. */
  const results = new Map<string, { version: number; generation: number; outcome: Outcome }>();
  const editorSettings = new Map<string, Promise<EditorSettings>>();
  const fileSettings = new Map<string, LoadedSettings>();
  const pending = new Map<string, () => void>();
  const reportedProblems = new Set<string>();
  // Bumped whenever the editor's or the project's settings change: a result or a settings answer
  // from an older generation is never used again (a lint in flight when the user turns a rule
  // off must not publish, or offer a fix for, that rule).
  let generation = 0;
  /** The options each result was linted with: fix-all runs its further passes with the same. */
  const optionsUsed = new WeakMap<LintResult, LintOptions>();
  let configurationSupported = false;
  let clientCapabilities: ClientCapabilities = {};
  let snippetSupport = false;

  connection.onInitialize((params) => {
    // The editor's display language (VS Code sends it; other clients may not): the server's own messages.
    setLocale(negotiateLocale(params.locale));
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

  /**
   * The editor settings for a document, fetched once per settings generation. Every request that
   * depends on settings awaits this (issue 19): VS Code asks for fix-all on the first save right
   * after didOpen, before workspace/configuration has been answered.
   */
  function getEditorSettings(uri: string): Promise<EditorSettings> {
    const defaults: EditorSettings = { enable: true, rules: {}, reportUnusedDirectives: null };
    if (!configurationSupported) return Promise.resolve(defaults);
    let p = editorSettings.get(uri);
    if (!p) {
      const asked = generation;
      p = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'ciscoLicenseLint' })
        // Severities the editor sends are checked like the project file's: a client that sends
        // `"http-destination": 42` must not produce diagnostics without a severity.
        .then((c: Partial<EditorSettings> | null) => {
          const checked = validateSettings({ rules: c?.rules ?? {} }, 'user or workspace settings (ciscoLicenseLint)');
          // A typo in the editor's rules is told as the same typo in .cisco-license-lint.json is (issue 15.8).
          reportProblems(checked.problems);
          return {
            enable: c?.enable !== false,
            rules: checked.settings.rules,
            reportUnusedDirectives: typeof c?.reportUnusedDirectives === 'boolean' ? c.reportUnusedDirectives : null,
          };
        })
        .catch(() => defaults)
        // The settings changed while this answer was on its way: ask again rather than use it.
        .then((settings) => (asked === generation ? settings : getEditorSettings(uri)));
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
      reportProblems(s.problems);
    }
    return s;
  }

  /** Shows each settings problem once until the settings change (every document asks for them). */
  function reportProblems(problems: string[]): void {
    for (const p of problems) {
      if (!reportedProblems.has(p)) {
        reportedProblems.add(p);
        void connection.window.showWarningMessage(`${TOOL_NAME}: ${p}`);
      }
    }
  }

  /** Lints a document's current text with settled settings; undefined when it changed meanwhile. */
  async function lintCurrent(uri: string): Promise<{ version: number; outcome: Outcome } | undefined> {
    for (;;) {
      const doc = documents.get(uri);
      if (!doc) return undefined;
      const asked = generation;
      const editor = await getEditorSettings(uri);
      const current = documents.get(uri);
      if (!current) return undefined;
      // Settings changed during the wait: fetch them again before linting anything.
      if (asked !== generation) continue;
      const cached = results.get(uri);
      if (cached && cached.version === current.version && cached.generation === generation) {
        return { version: current.version, outcome: cached.outcome };
      }
      const file = getFileSettings(uri);
      const text = current.getText();
      let outcome: Outcome;
      if (!editor.enable || (file && isIgnored(fileURLToPath(uri), file)) || (SNIFFED_LANGUAGES.has(current.languageId) && !looksLikeDeviceText(text))) {
        outcome = { result: undefined, diagnostics: [] };
      } else if (text.length > MAX_LINTED_CHARS) {
        outcome = { result: undefined, diagnostics: [documentTooLarge(text.length)] };
      } else {
        // Editor settings override the project file per workspace (SPEC §7, issue 5).
        const options: LintOptions = {
          ...lintOptions(editor, file),
          knownClean: cleanText.get(current) === true,
          onRuleError: (rule, e) => connection.console.error(`${TOOL_NAME}: rule ${rule.id} failed on ${uri}: ${(e as Error)?.stack ?? e}`),
        };
        const result = lint(text, options);
        optionsUsed.set(result, options);
        outcome = { result };
      }
      // The whole outcome is kept: a hover on a document above the editing limit must not make the
      // later validation publish nothing instead of the too-large notice.
      results.set(uri, { version: current.version, generation, outcome });
      return { version: current.version, outcome };
    }
  }

  async function validate(doc: TextDocument): Promise<void> {
    const linted = await lintCurrent(doc.uri);
    // A newer version is on its way (or the document closed): its own validation publishes.
    if (!linted || linted.version !== doc.version) return;
    const { outcome } = linted;
    const diagnostics = outcome.result ? outcome.result.findings.map((f) => toDiagnostic(f, doc.uri)) : outcome.diagnostics;
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
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

  /**
   * The lint result for the document's current version under the user's settings, waiting for
   * those settings when they have not been answered yet: no code action, fix-all or hover ever
   * offers a rule the user turned off. Undefined when the document is not linted (disabled,
   * ignored, not device text, too large).
   */
  async function resultFor(uri: string): Promise<LintResult | undefined> {
    const linted = await lintCurrent(uri);
    return linted?.outcome.result;
  }

  function settingsChanged(): void {
    generation++;
    reportedProblems.clear();
    editorSettings.clear();
    results.clear();
    for (const doc of documents.all()) schedule(doc);
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
    pending.get(e.document.uri)?.();
    pending.delete(e.document.uri);
    results.delete(e.document.uri);
    editorSettings.delete(e.document.uri);
    fileSettings.delete(e.document.uri);
    void workspaceLint.relintFromDisk(e.document.uri).then((relinted) => {
      if (!relinted) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  });

  connection.onDidChangeConfiguration(() => settingsChanged());

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => c.uri.endsWith(SETTINGS_FILE))) {
      fileSettings.clear();
      reportedProblems.clear();
      settingsChanged();
    }
  });

  connection.onCodeAction(async (params) => {
    const uri = params.textDocument.uri;
    const result = await resultFor(uri);
    if (!result) return [];
    return codeActions(result, params, () => {
      const doc = documents.get(uri);
      const options = optionsUsed.get(result);
      if (!doc || !options) return undefined;
      const before = doc.getText();
      // The passes after the first lint texts the fixes wrote: each is scanned for control characters again.
      return { before, after: fixAll(before, { ...options, knownClean: false }).text };
    });
  });

  connection.onCompletion(async (params) => {
    const result = await resultFor(params.textDocument.uri);
    return result ? toCompletionItems(completionsAt(result.model, params.position), snippetSupport) : [];
  });

  connection.onHover(async (params) => {
    const result = await resultFor(params.textDocument.uri);
    if (!result) return null;
    const markdown = hoverAt(result, params.position);
    return markdown ? { contents: { kind: 'markdown', value: markdown } } : null;
  });

  registerNavigation(connection, resultFor, () => clientCapabilities);

  documents.listen(connection);
}
