// `show license tech support` (and `show tech-support license`) beyond what `show license all`
// prints: the Communication Statistics blocks and the trust lines (SLP seed, SPEC §3.3).
//   Trust Establishment:
//     Attempts: Total=2, Success=0, Fail=2  Ongoing Failure: Overall=2 Communication=2
//     Last Response: NO REPLY on Feb 21 16:55:39 2025 UTC
//       Failure Reason: <none>
//   Local Device: P:C9300-48UN,S:<SN>, state[1], NOT INSTALLED TrustId:605
//   Overall Trust: No ID
// `Fail=N` counts every failure since boot (history); `Ongoing Failure: Overall=N` > 0 is the failure
// happening now. Lines are often re-wrapped in pastes, so each counter is read wherever it appears.
import { ShowFieldLike } from './fields';

export const COMM_BLOCKS = new Set([
  'Trust Establishment', 'Trust Acknowledgement', 'Usage Reporting', 'Result Polling', 'Authorization Request',
  'Authorization Confirmation', 'Authorization Return', 'Trust Sync', 'Hello Message', 'Telemetry Reporting',
]);

export interface CommBlock {
  /** `Trust Establishment`, `Usage Reporting`… */
  name: string;
  headerLine: number;
  attempts?: ShowFieldLike;
  total?: number;
  success?: number;
  fail?: number;
  /** `Ongoing Failure: Overall=N` — the current failure count (0: none now). */
  ongoingOverall?: number;
  ongoingCommunication?: number;
  ongoingLine?: number;
  /** `Last Response:` value (`NO REPLY on …`, `OK on …`, `<none>`). */
  lastResponse?: ShowFieldLike;
  failureReason?: ShowFieldLike;
}

/** Reads the counters of an `Attempts:` line (or a fragment of one) into the block. */
export function readCounters(block: CommBlock, s: string, line: number): void {
  const num = (re: RegExp) => {
    const m = re.exec(s);
    return m ? +m[1] : undefined;
  };
  const total = num(/Total=(\d+)/);
  const success = num(/Success=(\d+)/);
  const fail = num(/Fail=(\d+)/);
  const overall = num(/Ongoing Failure:\s*Overall=(\d+)/);
  const comm = num(/Communication=(\d+)/);
  if (total !== undefined) block.total = total;
  if (success !== undefined) block.success = success;
  if (fail !== undefined) block.fail = fail;
  if (overall !== undefined) {
    block.ongoingOverall = overall;
    block.ongoingLine = line;
  }
  if (comm !== undefined) block.ongoingCommunication = comm;
}

export type TrustState = 'installed' | 'not-installed' | 'unknown';

/** `Overall Trust: INSTALLED (2)` / `No ID`; `Local Device: …, Trust Data INSTALLED` / `NOT INSTALLED` / `No Trust Data`. */
export function trustStateOf(value: string): TrustState {
  const v = value.toUpperCase();
  if (/\bNOT INSTALLED\b/.test(v) || /\bNO (?:ID|TRUST DATA)\b/.test(v)) return 'not-installed';
  if (/\bINSTALLED\b/.test(v)) return 'installed';
  return 'unknown';
}

/** `NO REPLY on Feb 21 16:55:39 2025 UTC` -> `NO REPLY`. */
export function responseCode(value: string): string {
  const on = value.search(/\s+on\s+[A-Z][a-z]{2}\s/);
  return (on >= 0 ? value.slice(0, on) : value).trim().toUpperCase();
}
