// licensing-profile-email-only: an active call-home profile that reports Smart Licensing data can only
// send by e-mail (`destination transport-method email`, no `destination transport-method http`).
// Smart Licensing travels over call-home's HTTP transport (XE: every seed profile that carries licensing
// has `destination transport-method http`; the http keyword carries http:// and https:// URLs), so such a
// profile carries no licensing message at all, and registration ends as XE scenario 4's "Communication
// transport not available" or never reaches CSSM. The hover of `destination transport-method` says so;
// this rule says it where the profile is.
//
// Precision: only profiles whose methods the config shows — an explicit e-mail method and no HTTP one. A
// user profile printing no method line is silent (its default is the release's, not the text's).
// CiscoTAC-1 sends over HTTP by default, so it counts only with an explicit `no destination
// transport-method http`. No profile reporting licensing (Smart Call Home alerts by e-mail) is fine.
import { t } from '../l10n';
import { callHomeLicensingIntent } from '../model/licensingIntent';
import { CallHomeProfile, DeviceModel } from '../model/types';
import { Finding, Fix, range } from '../types';
import { indentOf, insertLineAfter, replaceCommand } from './lib/edits';
import { docsUrl, Rule } from './types';

const id = 'licensing-profile-email-only';

function methods(p: CallHomeProfile): { email: boolean; http: boolean; noHttp: boolean } {
  const values = p.transportMethods.map((m) => m.value.toLowerCase());
  const noHttp = p.node.children.some((c) => c.startsWith('no', 'destination', 'transport-method', 'http'));
  return { email: values.includes('email'), http: values.includes('http') && !noHttp, noHttp };
}

export const licensingProfileEmailOnly: Rule = {
  id,
  meta: {
    description: 'A call-home profile that reports Smart Licensing data can only send by e-mail.',
    defaultSeverity: 'error',
    fixable: 'manual',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'Smart Licensing messages travel over call-home\'s HTTP transport (`destination transport-method http`, which carries `https://` URLs too).',
      'A profile whose only method is e-mail reports licensing data to nobody: registration and renewals never reach CSSM, and the device logs',
      '*Communication transport not available* (scenario 4). Add the HTTP method (and an HTTPS destination for a user profile):',
      '',
      '```cisco',
      'call-home',
      ' profile "SSM-OnPrem"',
      '  destination transport-method http',
      '  destination address http https://ssm-onprem.example.com/Transportgateway/services/DeviceRequestHandler',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const ch = model.config.callHome;
    if (!ch || model.dialect === 'nxos' || model.iosXr) return [];
    const intent = callHomeLicensingIntent(model);
    if (intent === 'no') return [];
    const out: Finding[] = [];
    for (const p of ch.profiles) {
      if (p.activity === 'inactive' || !p.reportsLicensing) continue;
      const m = methods(p);
      if (m.http) continue;
      if (p.isCiscoTac ? !m.noHttp : !m.email) continue;
      // A CiscoTAC-1 of unknown activity may not be the licensing profile (SPEC §3.1), and an undecided mode
      // may be SLP on another transport (SPEC §1): info.
      const severity = p.activity === 'unknown' || intent === 'undecided' ? 'info' : 'error';
      const fixes: Fix[] = [];
      const negated = p.node.children.filter((c) => c.startsWith('no', 'destination', 'transport-method', 'http')).pop();
      const email = p.transportMethods.find((t) => t.value.toLowerCase() === 'email');
      const edit = negated
        ? replaceCommand(negated, 'destination transport-method http')
        : insertLineAfter(model.lines, email!.node.line, `${indentOf(model.lines, email!.node)}destination transport-method http`);
      // Not in fix-all: a user profile also needs the HTTPS destination, which only a person can give.
      fixes.push({ title: t('Add "destination transport-method http" to profile "{profile}"', { profile: p.name }), safe: false, edits: [edit] });
      const at = negated ?? email!.node;
      out.push({
        ruleId: id, severity, range: range(at.line, at.indent, at.end), fixes,
        message: p.isCiscoTac || p.httpDestinations.length
          ? t('Profile "{profile}" reports licensing but sends only by e-mail, so licensing never reaches CSSM: add "destination transport-method http".', { profile: p.name })
          : t('Profile "{profile}" reports licensing but sends only by e-mail, so licensing never reaches CSSM: add "destination transport-method http" and an HTTPS URL.', { profile: p.name }),
        related: [{ range: range(p.node.line, p.node.indent, p.node.end), message: t('profile "{profile}" carries licensing', { profile: p.name }) }],
      });
    }
    return out;
  },
};
