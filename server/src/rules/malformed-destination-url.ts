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
import { Destination, licensingDestinations } from '../model/destinations';
import { DeviceModel } from '../model/types';
import { Finding, Fix, range, RelatedLocation } from '../types';
import { CISCO_SERVICE_PATHS, ciscoServiceHost, closerToHttp, hostProblem, isSchemeTypo, layoutOf, scenarioEvidence } from './urlShape';
import { docsUrl, Rule } from './types';

const id = 'malformed-destination-url';

/** An edit inside the URL, in URL indices. */
interface UrlEdit {
  from: number;
  to: number;
  text: string;
}

interface Problem {
  what: string;
  fix?: { title: string; safe: boolean; edit: UrlEdit };
}

function applyUrlEdits(url: string, edits: UrlEdit[]): string {
  let out = url;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/** The scheme a misspelt or missing one most likely meant: https, except for a CSLU URL (plain HTTP by design). */
function intendedScheme(d: Destination, typed?: string): string {
  if (d.smartUrlKind === 'cslu') return typed === undefined || closerToHttp(typed) ? 'http' : 'https';
  return 'https';
}

function problemsOf(d: Destination): Problem[] {
  const url = d.url;
  if (d.tail.length > 0) {
    const joined = url + d.tail.map((w) => w.text).join('');
    return [{
      what: `a space cuts the URL: the device takes only "${url}"`,
      fix: { title: `Remove the space: ${joined}`, safe: false, edit: { from: 0, to: url.length, text: joined } },
    }];
  }
  if (/\s/.test(url)) {
    const joined = url.replace(/\s+/g, '');
    return [{ what: 'the URL has a space in it', fix: { title: `Remove the space: ${joined}`, safe: false, edit: { from: 0, to: url.length, text: joined } } }];
  }
  const l = layoutOf(url);
  if (!l) {
    // In show output an address list may hold a bare word (a URL the device split): not a destination of its own.
    if (d.source === 'show' || url === '') return [];
    const host = url.split(/[/:?#]/)[0];
    const scheme = intendedScheme(d);
    return [{
      what: 'it has no scheme',
      fix: hostProblem(host) ? undefined : { title: `Add ${scheme}://`, safe: false, edit: { from: 0, to: 0, text: `${scheme}://` } },
    }];
  }
  const problems: Problem[] = [];
  const typed = url.slice(0, l.hostStart);
  if (/^https?$/i.test(l.scheme)) {
    if (l.separator !== '://') {
      const fixed = `${l.scheme}://`;
      problems.push({ what: `"${typed}" is not a scheme separator (${fixed})`, fix: { title: `Use ${fixed}`, safe: true, edit: { from: 0, to: l.hostStart, text: fixed } } });
    }
  } else if (isSchemeTypo(l.scheme)) {
    const fixed = `${intendedScheme(d, l.scheme)}://`;
    problems.push({ what: `"${typed}" is a misspelt scheme`, fix: { title: `Use ${fixed}`, safe: false, edit: { from: 0, to: l.hostStart, text: fixed } } });
  } else {
    return [{ what: `"${l.scheme}" is not a scheme the device sends licensing data over (https://)` }];
  }
  const hp = hostProblem(l.host);
  if (hp) problems.push({ what: hp });
  if (l.hasPortColon && !(/^\d{1,5}$/.test(l.port) && Number(l.port) >= 1 && Number(l.port) <= 65535)) {
    problems.push({ what: `":${l.port}" is not a port number` });
  }
  const cisco = hp ? undefined : ciscoServiceHost(l.host);
  if (cisco) {
    const path = CISCO_SERVICE_PATHS.get(cisco)!;
    if (l.rest !== path) {
      problems.push({
        what: `${cisco} serves licensing only at ${path}, not at "${l.rest || '/'}"`,
        fix: { title: `Use the service path ${path}`, safe: false, edit: { from: l.restStart, to: url.length, text: path } },
      });
    }
  }
  return problems;
}

function evidenceFor(model: DeviceModel, d: Destination): RelatedLocation[] {
  if (d.source === 'show') return [];
  if (d.profile?.activity === 'inactive') return [];
  if (d.source === 'license-smart-url') return scenarioEvidence(model, 'SLP', 'communication failure in this text');
  return scenarioEvidence(model, 5, 'failure to send in this text (scenario 5)');
}

function consequence(d: Destination): string {
  return d.source === 'license-smart-url'
    ? 'Smart Transport cannot reach the server (%SMART_LIC-3-COMM_FAILED) and usage reports pile up.'
    : 'Every message to it fails (scenario 5: "Fail to send out Call Home HTTP message").';
}

function findingFor(model: DeviceModel, d: Destination): Finding | null {
  const problems = problemsOf(d);
  if (problems.length === 0) return null;
  const end = d.tail.length ? d.tail[d.tail.length - 1].end : d.end;
  const edits = problems.map((p) => p.fix?.edit).filter((e): e is UrlEdit => !!e);
  const everyFixable = problems.every((p) => p.fix);
  const corrected = everyFixable ? applyUrlEdits(d.url, edits) : undefined;
  const fixes: Fix[] = [];
  if (d.source !== 'show') {
    for (const p of problems) {
      if (!p.fix) continue;
      const e = p.fix.edit;
      // A space fix replaces the URL and the words after it; the others only the URL's own characters.
      const to = d.tail.length ? end : d.start + e.to;
      fixes.push({ title: p.fix.title, safe: p.fix.safe, edits: [{ range: range(d.line, d.start + e.from, to), newText: e.text }] });
    }
  }
  const related = evidenceFor(model, d);
  const evidence = related.length ? ` This text shows the failure (line ${related[0].range.start.line + 1}).` : '';
  const advice = corrected ? ` Use ${corrected}.` : ' Type the whole URL again (see the hover).';
  const finding: Finding = {
    ruleId: id, severity: 'error', range: range(d.line, d.start, end),
    message: `${d.label}: the destination "${d.url}${d.tail.map((w) => ' ' + w.text).join('')}" cannot work: ${problems.map((p) => p.what).join('; ')}. ${consequence(d)}${advice}${evidence}`,
    fixes,
  };
  if (related.length) finding.related = related;
  if (d.source === 'show' && d.showProfile && corrected) {
    finding.remedy = ['call-home', ` profile "${d.showProfile.name.value}"`, `  no destination address http ${d.url}`, `  destination address http ${corrected}`];
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
