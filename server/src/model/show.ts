// Show outputs read into the model: `show call-home profile all` profiles (the same facts a
// config's profiles give), plus what the show output says about the licensing mode.
import { TextLines } from '../parse/lines';
import { Section } from '../parse/sections';
import { Range, range } from '../types';

export interface ShowField {
  value: string;
  line: number;
  /** Range of the value on its line. */
  range: Range;
}

export interface ShowProfile {
  name: ShowField;
  status?: ShowField;
  reportingData?: ShowField;
  transportMethod?: ShowField;
  httpAddresses: ShowField[];
  /** Does `Reporting Data:` include Smart Licensing? (Reporting data lists both kinds by default.) */
  reportsLicensing: boolean;
}

export interface ShowModel {
  profiles: ShowProfile[];
  /** A line that only SLP prints (`Smart Licensing Using Policy`), -1 when none. */
  slpEvidenceLine: number;
  /** A line that only classic Smart Licensing prints (`Registration:` block, `Smart Licensing is ENABLED` without policy), -1 when none. */
  classicEvidenceLine: number;
  /** A full release string from `show version` (`Version 17.3.2`). */
  release?: { text: string; line: number };
}

function field(i: number, s: string, valueStart: number): ShowField {
  let end = s.length;
  while (end > valueStart && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return { value: s.slice(valueStart, end), line: i, range: range(i, valueStart, end) };
}

const PROFILE_NAME = /^\s*Profile Name:\s*/;
const PROFILE_FIELD = /^\s*(Profile status|Reporting Data|Transport Method|HTTP\s+address(?:\(es\))?)\s*:\s*/;
const RELEASE = /\bVersion\s+(\d+\.\d+\.\d+[a-z]?|\d+\.\d+\(\d+\)\S*)/;

export function readShowSections(lines: TextLines, sections: Section[]): ShowModel {
  const model: ShowModel = { profiles: [], slpEvidenceLine: -1, classicEvidenceLine: -1 };
  for (const section of sections) {
    if (section.kind === 'config') continue;
    let profile: ShowProfile | null = null;
    for (let i = section.startLine; i < section.endLine; i++) {
      const s = lines.line(i);
      if (s.length === 0) continue;
      const pn = PROFILE_NAME.exec(s);
      if (pn) {
        profile = { name: field(i, s, pn[0].length), httpAddresses: [], reportsLicensing: false };
        model.profiles.push(profile);
        continue;
      }
      if (profile) {
        const m = PROFILE_FIELD.exec(s);
        if (m) {
          const f = field(i, s, m[0].length);
          const key = m[1].toLowerCase();
          if (key === 'profile status') profile.status = f;
          else if (key === 'reporting data') {
            profile.reportingData = f;
            profile.reportsLicensing = /smart licensing/i.test(f.value);
          } else if (key === 'transport method') profile.transportMethod = f;
          else {
            // `HTTP address(es): a, b` may list several URLs.
            const re = /\S+/g;
            let u: RegExpExecArray | null;
            while ((u = re.exec(f.value))) {
              const url = u[0].replace(/,$/, '');
              const c = f.range.start.character + u.index;
              profile.httpAddresses.push({ value: url, line: i, range: range(i, c, c + url.length) });
            }
          }
          continue;
        }
      }
      if (model.slpEvidenceLine < 0 && /Smart Licensing Using Policy/i.test(s)) model.slpEvidenceLine = i;
      if (model.classicEvidenceLine < 0 && /^\s*Registration:\s*$/.test(s)) model.classicEvidenceLine = i;
      if (!model.release) {
        const r = /Cisco IOS|IOS-XE|IOS XE|NX-OS|NXOS/.test(s) ? RELEASE.exec(s) : null;
        if (r) model.release = { text: r[1], line: i };
      }
    }
  }
  return model;
}
