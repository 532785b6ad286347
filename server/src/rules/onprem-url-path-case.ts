// onprem-url-path-case: the SSM On-Prem / satellite / Transport Gateway request handler path is not
// exactly `/Transportgateway/services/DeviceRequestHandler` (SPEC §3.1, §6). The XE seed stresses it
// ("case-sensitive!") and itself carries a wrong copy (`…/DevicerequestHandler` in its Dutch
// translation): the server refuses any other spelling, so every licensing message fails with
// scenario 5's symptoms.
//
// Which URLs are the handler: a path with a segment that is `Transportgateway` or
// `DeviceRequestHandler` in any case (ignoring `-`/`_`). Nothing else on an on-prem host is judged:
// other services' paths are none of this rule's business. Cisco's own hosts are
// malformed-destination-url's (their paths are fixed), and a URL whose scheme, host or spacing is
// broken is reported there first (its path is judged once the URL reads as a URL).
//
// Fix: the exact path, replacing only the path's characters (scheme, host, port untouched). Safe
// (fix-all) when the typed path holds the handler's three segments and nothing else, up to letter
// case, `service`/`services`, `-`/`_` and doubled or trailing slashes: there is one right answer.
// Missing or extra segments, another word, or a query are offered one by one: the rewrite drops
// something the user typed.
import { t } from '../l10n';
import { confirmedOnLine } from './lib/evidence';
import { Destination, licensingDestinations } from '../model/destinations';
import { DeviceModel } from '../model/types';
import { Finding, Fix, range } from '../types';
import { isCiscoHost } from './lib/url';
import { destinationLabel, ONPREM_HANDLER_PATH, scenarioEvidence, soundLayout } from './lib/urlShape';
import { docsUrl, Rule } from './types';

const id = 'onprem-url-path-case';

const CANONICAL = 'transportgateway/services/devicerequesthandler';

function normalizedSegments(path: string): string[] {
  return path.split(/[/\\]/).filter(Boolean).map((s) => s.toLowerCase().replace(/[-_]/g, ''));
}

function isHandlerPath(rest: string): boolean {
  return normalizedSegments(rest.split(/[?#]/)[0]).some((s) => s === 'transportgateway' || s === 'devicerequesthandler');
}

/** Only letter case, `service`, `-`/`_` or slashes differ: rewriting loses nothing the user meant. */
function isSafeRewrite(rest: string): boolean {
  if (/[?#]/.test(rest)) return false;
  return normalizedSegments(rest).map((s) => (s === 'service' ? 'services' : s)).join('/') === CANONICAL;
}

function message(d: Destination, rest: string): string {
  const p = { destination: destinationLabel(d), path: ONPREM_HANDLER_PATH };
  if (rest.toLowerCase() === ONPREM_HANDLER_PATH.toLowerCase()) return t('{destination}: the path must be exactly {path} (only the letter case differs), or every message fails.', p);
  if (isSafeRewrite(rest)) return t('{destination}: the path must be exactly {path} (the spelling or slashes differ), or every message fails.', p);
  return t('{destination}: the path must be exactly {path} (the segments differ), or every message fails.', p);
}

function findingFor(model: DeviceModel, d: Destination): Finding | null {
  const l = soundLayout(d);
  if (!l || isCiscoHost(l.host)) return null;
  if (l.rest === ONPREM_HANDLER_PATH || !isHandlerPath(l.rest)) return null;
  const safe = isSafeRewrite(l.rest);
  const corrected = d.url.slice(0, l.restStart) + ONPREM_HANDLER_PATH;
  const fixes: Fix[] = d.source === 'show' ? [] : [{
    title: t('Use the path {path}', { path: ONPREM_HANDLER_PATH }), safe,
    edits: [{ range: range(d.line, d.start + l.restStart, d.end), newText: ONPREM_HANDLER_PATH }],
  }];
  const related = d.source === 'show' || d.profile?.activity === 'inactive' ? [] : scenarioEvidence(model, 5, t('failure to send in this text'));
  const evidence = related.length ? confirmedOnLine(related[0].range.start.line + 1) : '';
  const finding: Finding = {
    ruleId: id, severity: 'error', range: range(d.line, d.start + l.restStart, d.end),
    message: `${message(d, l.rest)}${evidence}`,
    fixes,
  };
  if (related.length) finding.related = related;
  if (d.source === 'show' && d.showProfile) {
    finding.remedy = ['call-home', ` profile "${d.showProfile.name.value}"`, `  no destination address http ${d.url}`, `  destination address http ${corrected}`];
  }
  return finding;
}

export const onpremUrlPathCase: Rule = {
  id,
  meta: {
    description: 'The on-prem destination path is not exactly /Transportgateway/services/DeviceRequestHandler (it is case-sensitive).',
    defaultSeverity: 'error',
    fixable: 'mixed',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'SSM On-Prem (satellite) and Cisco Transport Gateway take licensing messages at one path, and it is **case-sensitive**',
      '(XE article): `/Transportgateway/services/DeviceRequestHandler` — lower-case *g* in *gateway*, plural *services*.',
      'Any other spelling is refused, so registration and renewal fail with *Fail to send out Call Home HTTP message* (scenario 5).',
      '',
      '```cisco',
      'call-home',
      ' profile "SSM-OnPrem"',
      '  destination address http https://ssm-onprem.example.com/Transportgateway/services/DeviceRequestHandler',
      '```',
      '',
      'The fix rewrites the path only; it is part of fix-all when nothing but case, `service`/`services` or slashes differ.',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const out: Finding[] = [];
    for (const d of licensingDestinations(model)) {
      const f = findingFor(model, d);
      if (f) out.push(f);
    }
    return out;
  },
};
