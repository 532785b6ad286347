// slp-trust-not-installed: on Smart Licensing Using Policy with Smart Transport the device needs a
// trust code from CSSM (`license smart trust idtoken <token> all force`, SLP seed) before its usage
// reports are accepted. Read without false alarms (SPEC §3.3): the decisive lines are tech support's
// `Overall Trust:` and `Local Device:`; an empty `Trust Code Installed:` followed by one
// `INSTALLED on` line per stack member is installed; an empty one right after
// `license smart factory reset` is expected until the reload; authorization-code
// `Status: NOT INSTALLED` (License Authorizations, SLR) is not about trust at all; and CSLU,
// call-home or offline transports need no trust code.
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { Finding, MAX_RELATED, Range, RelatedLocation, Severity } from '../types';
import { comment, notOurPlatform, transportOf } from './lib/evidence';
import { docsUrl, Rule } from './types';

const id = 'slp-trust-not-installed';
const remedy = () => [comment(t('exec mode, with a token from the Virtual Account (CSSM > Inventory > General > New Token):')), 'license smart trust idtoken <TOKEN> all force'];

export const slpTrustNotInstalled: Rule = {
  id,
  meta: {
    description: 'Smart Licensing Using Policy with Smart Transport, but no trust code is installed.',
    defaultSeverity: 'warning',
    fixable: 'none',
    group: 'show',
    docsUrl: docsUrl(id),
    explanation: [
      'With Smart Transport the device signs its usage (RUM) reports with a trust code from CSSM. Without one (`Overall Trust: No ID`,',
      '`Local Device: … NOT INSTALLED`, `Trust Code Installed: <none>`) reports are not accepted. Install it with a token from the Virtual Account;',
      'success logs `%SMART_LIC-6-TRUST_INSTALL_SUCCESS` and `show license status` then prints `Trust Code Installed: <date>`. If the establishment',
      'fails, `show license tech support` shows `Trust Establishment … Last Response: NO REPLY` (see slp-communication-failure).',
      '',
      '```cisco',
      'license smart trust idtoken <TOKEN> all force',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    if (notOurPlatform(model)) return [];
    const show = model.show;
    const transport = transportOf(model);
    // CSLU collects the reports itself; call-home and offline transports carry no trust code.
    if (transport !== undefined && transport !== 'smart') return [];
    if (transport === undefined && model.mode === 'classic') return [];
    const afterReset = (line: number) => show.factoryResetLine >= 0 && line > show.factoryResetLine;
    const decisive = show.trustLines.filter((t) => !afterReset(t.line));
    if (decisive.some((t) => t.label === 'Overall Trust' && t.state === 'installed')) return [];
    const evidence: { range: Range; line: number; message: string }[] = [];
    for (const t of decisive) {
      if (t.state !== 'not-installed') continue;
      evidence.push({ range: t.range, line: t.line, message: `${t.label}: ${t.value.replace(/\s+/g, ' ')}` });
    }
    const installedCode = show.trustCodes.some((c) => c.kind === 'date' || (c.kind === 'empty' && c.members.length > 0));
    if (decisive.length === 0 && installedCode) return [];
    for (const c of show.trustCodes) {
      if (afterReset(c.field.line)) continue;
      // An empty header in filtered output (`| include Trust`) may have lost its member lines: no evidence.
      const none = c.kind === 'none' || (c.kind === 'empty' && c.members.length === 0 && !c.filtered);
      if (!none) continue;
      const s = model.lines.line(c.field.line);
      const start = s.indexOf('Trust Code Installed');
      evidence.push({
        range: { start: { line: c.field.line, character: start }, end: { line: c.field.line, character: s.trimEnd().length } },
        line: c.field.line, message: 'Trust Code Installed: none',
      });
    }
    // `%SMART_LIC-3-TRUST_INSTALL_FAILED … : <reason>` (ref), unless a later install succeeded.
    // Where the successes stand, once (a log may repeat the failure thousands of times).
    let successMs = -Infinity;
    let successLineNoMs = -1;
    let successLine = -1;
    for (const x of show.syslog) {
      if (x.mnemonic !== 'TRUST_INSTALL_SUCCESS') continue;
      successLine = Math.max(successLine, x.line);
      if (x.ms !== undefined) successMs = Math.max(successMs, x.ms);
      else successLineNoMs = Math.max(successLineNoMs, x.line);
    }
    for (const s of show.syslog) {
      if (s.facility !== 'SMART_LIC' || s.mnemonic !== 'TRUST_INSTALL_FAILED') continue;
      const later = s.ms !== undefined ? successMs > s.ms || successLineNoMs > s.line : successLine > s.line;
      if (later) continue;
      evidence.push({ range: { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.keyEnd } }, line: s.line, message: `%${s.key}` });
    }
    if (evidence.length === 0) return [];
    // A trust establishment was tried (or the transport is Smart): the device wants a trust code.
    const attempted = show.commBlocks.some((b) => b.name === 'Trust Establishment' && (b.total ?? 0) > 0) ||
      show.histories.some((h) => h.exchanges.some((e) => e.category === 'Trust Establishment'));
    const severity: Severity = transport === 'smart' || attempted ? 'warning' : 'info';
    return evidence.map((e) => {
      const related: RelatedLocation[] = [];
      for (const o of evidence) {
        if (related.length >= MAX_RELATED - 1) break;
        if (o !== e) related.push({ range: o.range, message: o.message });
      }
      const te = show.commBlocks.find((b) => b.name === 'Trust Establishment' && (b.ongoingOverall ?? 0) > 0);
      if (te?.lastResponse) related.push({ range: te.lastResponse.range, message: t('trust establishment: {response}', { response: te.lastResponse.value }) });
      return {
        ruleId: id, severity, range: e.range, fixes: [], related, remedy: remedy(),
        message: transport === 'smart'
          ? t('No trust code is installed and Smart Transport is in use{ongoing}: CSSM refuses usage reports. Run "license smart trust idtoken <TOKEN> all force".', { ongoing: te ? ` (Ongoing Failure: Overall=${te.ongoingOverall})` : '' })
          : t('No trust code is installed and the transport is not printed here{ongoing}: CSSM refuses usage reports. Run "license smart trust idtoken <TOKEN> all force".', { ongoing: te ? ` (Ongoing Failure: Overall=${te.ongoingOverall})` : '' }),
      };
    });
  },
};
