// The shape every rule has (after ESLint's rule modules): an id, metadata, and a check that reads
// the model and returns findings. Rules never read raw text.
import { DeviceModel } from '../model/types';
import { Finding, Severity } from '../types';

export const DOCS_BASE = 'https://github.com/cisco-license-lint/cisco-license-lint/blob/main/docs/rules/';

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
