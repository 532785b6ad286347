// The shape every rule has (after ESLint's rule modules): an id, metadata, and a check that reads
// the model and returns findings. Rules never read raw text.
import { DeviceModel } from '../model/types';
import { Finding, Severity } from '../types';

/** Where the rule pages are published, for SARIF's helpUri, the CLI and editors other than VS Code. */
export const PUBLIC_DOCS_BASE = 'https://github.com/cisco-license-lint/cisco-license-lint/blob/main/docs/rules/';

/**
 * The base the rule pages' addresses use: `CISCO_LICENSE_LINT_DOCS_URL` names another (an intranet
 * mirror of docs/rules for SARIF reports read on isolated networks). VS Code opens the pages packaged
 * with the extension instead, whatever this is (issue 15.6).
 */
export function docsBase(env: Record<string, string | undefined> = process.env): string {
  const configured = env.CISCO_LICENSE_LINT_DOCS_URL?.trim();
  return configured ? configured.replace(/\/*$/, '/') : PUBLIC_DOCS_BASE;
}

export const DOCS_BASE = docsBase();

export type RuleGroup = 'headline' | 'config' | 'show';

export interface RuleMeta {
  /** One line: what the rule detects. */
  description: string;
  /** Severity in the common case; a finding may carry another (SPEC §6 gives the conditions). */
  defaultSeverity: Severity;
  /** 'safe': fixes go into fix-all; 'manual': fixes are offered one by one; 'none': no fix. */
  fixable: 'safe' | 'manual' | 'mixed' | 'none';
  group: RuleGroup;
  docsUrl: string;
  /** Markdown for hover on a flagged line: what is wrong, what the device does, what to type. */
  explanation: string;
  /**
   * The same, written for the platform the text is from (SPEC §3.2: NX-OS advice never names an IOS-XE line);
   * 'unknown' says what to check on each. Rules whose advice differs per platform give it; hover prefers it.
   */
  explanationFor?: (dialect: 'ios' | 'nxos' | 'unknown') => string;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(model: DeviceModel): Finding[];
}

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
