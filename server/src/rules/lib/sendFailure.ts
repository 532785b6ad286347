// Show-output evidence that licensing messages did not get out, for the configuration rules that
// explain why (SPEC §6, last paragraph: a config rule's message names the evidence, relatedInformation
// points at it). Two kinds: the name did not resolve (SLP `COMM_FAILED … : Unable to resolve server
// hostname/domain name`, its `SAEVT_COMM_FAIL` record), and scenario 5's send failure
// (`Fail to send out Call Home HTTP message.`, `%CALL_HOME-5-SL_MESSAGE_FAILED`, `AUTH_RENEW_FAILED …
// Communication message send error`, NX known problem 1's "failed to send the Call Home HTTP message").
import { DeviceModel } from '../../model/types';
import { MAX_RELATED, RelatedLocation, range } from '../../types';
import { confirmedOnLine, recovered, syslogRange } from './evidence';

export type FailureKind = 'resolve' | 'send';

const RESOLVE = /unable to resolve|resolve server host ?name|host ?name.*(?:not|cannot) (?:be )?resolv/i;
const SEND = /fail(?:ed)? to send (?:out )?(?:the )?call home http message|communication message send error|fail to send out smart licensing message/i;

export interface FailureEvidence {
  related: RelatedLocation[];
  /** ` — this text shows it: "…" (line N)`, or '' when there is none. */
  note: string;
}

/** Failures of the given kinds in the same text that were not followed by a recovery (SPEC §3.3: judge the latest state). */
export function failureEvidence(model: DeviceModel, kinds: FailureKind[]): FailureEvidence {
  const patterns = kinds.map((k) => (k === 'resolve' ? RESOLVE : SEND));
  const matches = (text: string) => patterns.some((p) => p.test(text));
  const found: { related: RelatedLocation; text: string }[] = [];
  for (const blocks of [model.show.registrations, model.show.authorizations]) {
    for (const b of blocks) for (const r of b.failureReasons) if (matches(r.value)) found.push({ related: { range: r.range, message: `Failure reason: ${r.value}` }, text: r.value });
  }
  for (const r of model.show.syslog) {
    if (r.facility !== 'SMART_LIC' && r.facility !== 'CALL_HOME' && r.facility !== 'CALLHOME') continue;
    if (!matches(r.text) || recovered(model, r, 'communication')) continue;
    found.push({ related: { range: syslogRange(r), message: `%${r.key}: ${r.text.trim()}` }, text: r.text });
  }
  for (const e of model.show.events) {
    const error = e.fields.error;
    if (e.name !== 'SAEVT_COMM_FAIL' || !error || !matches(error)) continue;
    if (recovered(model, { line: e.line, ms: e.time?.hasYear ? e.time.ms : undefined, sectionIndex: e.sectionIndex }, 'communication')) continue;
    found.push({ related: { range: range(e.line, e.start, e.end), message: `SAEVT_COMM_FAIL error="${error}"` }, text: error });
  }
  found.sort((a, b) => a.related.range.start.line - b.related.range.start.line);
  if (found.length === 0) return { related: [], note: '' };
  const first = found[0];
  return {
    related: found.slice(0, MAX_RELATED).map((f) => f.related),
    note: confirmedOnLine(first.related.range.start.line + 1),
  };
}
