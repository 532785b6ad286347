// malformed-destination-url: a licensing destination URL that cannot work as written (SPEC §6).
// Scenario 5's next steps say to check "the URL/IP in the call home profile"; the XE seed itself prints
// `https.//tools.cisco.com/…` and `https://tools.cisco.comits/servicel/…`, and the NX seed cuts its
// URL at `…/DDCES`: copies of those are the mistakes this rule catches.
//
// Scope, so it never overlaps its neighbours: an `http://` URL of sound shape is http-destination's
// (this rule never judges http against https); the on-prem handler path is onprem-url-path-case's
// (this rule judges paths only on Cisco's two licensing hosts). `license smart url cslu` is plain
// HTTP by design: only its shape is judged here.
//
// Fix safety: restoring `://` after a correctly spelled http/https (`https.//`, `https:/`) changes
// nothing but the separator and has one answer, so it is safe (fix-all). A misspelt scheme, a URL
// cut by a space, a missing scheme and an unknown Cisco path are offered one by one: the intended
// URL is likely but is the user's to confirm. A missing or placeholder host has no fix.
import { t } from '../l10n';
import { confirmedOnLine } from './lib/evidence';
import { Destination, licensingDestinations } from '../model/destinations';
import { DeviceModel } from '../model/types';
import { Finding, Fix, range, RelatedLocation } from '../types';
import { CISCO_SERVICE_PATHS, ciscoServiceHost, closerToHttp, destinationLabel, hostProblem, isSchemeTypo, layoutOf, scenarioEvidence } from './lib/urlShape';
import { docsUrl, Rule } from './types';

const id = 'malformed-destination-url';

/**
 * What is wrong with a URL, and the URL it most likely meant. Each problem is repaired in turn and the
 * repaired text judged again, so one fix leaves nothing of this rule behind (`tools.cisco.com` gains
 * its scheme and then its service path). `corrected` is undefined when some problem has no answer.
 */
interface Judgement {
  problems: string[];
  corrected?: string;
  /** Every repair had one possible answer (only a scheme separator was restored). */
  safe: boolean;
}

/** The scheme a misspelt or missing one most likely meant: https, except for a CSLU URL (plain HTTP by design). */
function intendedScheme(d: Destination, typed?: string): string {
  if (d.smartUrlKind === 'cslu') return typed === undefined || closerToHttp(typed) ? 'http' : 'https';
  return 'https';
}

function judge(d: Destination): Judgement {
  const problems: string[] = [];
  let url = d.url;
  let safe = true;
  if (d.tail.length > 0) {
    problems.push(t('a space cuts the URL: the device takes only "{url}"', { url }));
    // The words' own whitespace too: a vertical tab or form feed is not a word separator (found by npm run fuzz).
    url = (url + d.tail.map((w) => w.text).join('')).replace(/\s+/g, '');
    safe = false;
  } else if (/\s/.test(url)) {
    problems.push(t('the URL has a space in it'));
    url = url.replace(/\s+/g, '');
    safe = false;
  }
  let l = layoutOf(url);
  if (!l) {
    // In show output an address list may hold a bare word (a URL the device split): not a destination of its own.
    if (d.source === 'show' || url === '') return { problems: [], safe: false };
    problems.push(t('it has no scheme'));
    url = `${intendedScheme(d)}://${url}`;
    safe = false;
    l = layoutOf(url);
    if (!l) return { problems, safe: false };
  }
  const typed = url.slice(0, l.hostStart);
  let repairedScheme: string | undefined;
  if (/^https?$/i.test(l.scheme)) {
    if (l.separator !== '://') {
      repairedScheme = `${l.scheme}://`;
      problems.push(t('"{typed}" is not a scheme separator ({scheme})', { typed, scheme: repairedScheme }));
    }
  } else if (isSchemeTypo(l.scheme)) {
    repairedScheme = `${intendedScheme(d, l.scheme)}://`;
    problems.push(t('"{typed}" is a misspelt scheme', { typed }));
    safe = false;
  } else {
    return { problems: [...problems, t('"{scheme}" is not a scheme the device sends licensing data over (https://)', { scheme: l.scheme })], safe: false };
  }
  if (repairedScheme) {
    url = repairedScheme + url.slice(l.hostStart);
    l = layoutOf(url)!;
  }
  let answerable = true;
  const hp = hostProblem(l.host);
  if (hp) {
    problems.push(hp);
    answerable = false;
  }
  if (l.hasPortColon && !(/^\d{1,5}$/.test(l.port) && Number(l.port) >= 1 && Number(l.port) <= 65535)) {
    problems.push(t('"{port}" is not a port number', { port: `:${l.port}` }));
    answerable = false;
  }
  const cisco = hp ? undefined : ciscoServiceHost(l.host);
  const path = cisco ? CISCO_SERVICE_PATHS.get(cisco)! : undefined;
  if (cisco && path && l.rest !== path) {
    problems.push(t('{host} serves licensing only at {path}, not at "{rest}"', { host: cisco, path, rest: l.rest || '/' }));
    url = url.slice(0, l.restStart) + path;
    safe = false;
  }
  return { problems, corrected: answerable ? url : undefined, safe: safe && answerable };
}

/** The smallest edit turning `from` into `to`: the characters both share at either end stay untouched. */
function smallestEdit(from: string, to: string): { start: number; end: number; text: string } {
  let a = 0;
  while (a < from.length && a < to.length && from[a] === to[a]) a++;
  let b = 0;
  while (b < from.length - a && b < to.length - a && from[from.length - 1 - b] === to[to.length - 1 - b]) b++;
  return { start: a, end: from.length - b, text: to.slice(a, to.length - b) };
}

function evidenceFor(model: DeviceModel, d: Destination): RelatedLocation[] {
  if (d.source === 'show') return [];
  if (d.profile?.activity === 'inactive') return [];
  if (d.source === 'license-smart-url') return scenarioEvidence(model, 'SLP', t('communication failure in this text'));
  return scenarioEvidence(model, 5, t('failure to send in this text'));
}

function consequence(d: Destination): string {
  return d.source === 'license-smart-url'
    ? t('Smart Transport cannot reach it.')
    : t('Every message to it fails.');
}

function findingFor(model: DeviceModel, d: Destination): Finding | null {
  const j = judge(d);
  if (j.problems.length === 0) return null;
  const end = d.tail.length ? d.tail[d.tail.length - 1].end : d.end;
  const fixes: Fix[] = [];
  if (d.source !== 'show' && j.corrected !== undefined) {
    let edit;
    if (d.tail.length) {
      // The URL and the words after it become one; a quoted URL gets its closing quote back at the end.
      edit = { range: range(d.line, d.start, end), newText: j.corrected + (d.quoted ? '"' : '') };
    } else {
      const e = smallestEdit(d.url, j.corrected);
      edit = { range: range(d.line, d.start + e.start, d.start + e.end), newText: e.text };
    }
    fixes.push({ title: t('Use {url}', { url: j.corrected }), safe: j.safe, edits: [edit] });
  }
  const related = evidenceFor(model, d);
  const evidence = related.length ? confirmedOnLine(related[0].range.start.line + 1) : '';
  const advice = ` ${j.corrected !== undefined ? t('Use {url}.', { url: j.corrected }) : t('Type it again.')}`;
  const finding: Finding = {
    ruleId: id, severity: 'error', range: range(d.line, d.start, end),
    message: `${t('{destination} cannot work: {problems}.', { destination: destinationLabel(d), problems: j.problems.join('; ') })} ${consequence(d)}${advice}${evidence}`,
    fixes,
  };
  if (related.length) finding.related = related;
  if (d.source === 'show' && d.showProfile && j.corrected !== undefined) {
    finding.remedy = ['call-home', ` profile "${d.showProfile.name.value}"`, `  no destination address http ${d.url}`, `  destination address http ${j.corrected}`];
  }
  return finding;
}

export const malformedDestinationUrl: Rule = {
  id,
  meta: {
    description: 'A licensing destination URL that cannot work as written (broken scheme, space, no host, unknown Cisco path).',
    defaultSeverity: 'error',
    fixable: 'mixed',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'The device cannot reach a service at a URL that does not exist: every message fails with scenario 5\'s',
      '*Fail to send out Call Home HTTP message* (`%CALL_HOME-5-SL_MESSAGE_FAILED … ERR 205`), or on Smart Transport with',
      '`%SMART_LIC-3-COMM_FAILED`. Watch for copies from documents: the XE article prints `https.//tools.cisco.com/…`, the NX',
      'article cuts its URL at `…/DDCES`. The working URLs:',
      '',
      '```cisco',
      'call-home',
      ' profile "CiscoTAC-1"',
      '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService',
      'license smart url smart https://smartreceiver.cisco.com/licservice/license',
      '```',
      '',
      'Restoring `://` is part of fix-all; other repairs are offered one by one.',
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
