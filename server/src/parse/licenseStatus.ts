// `show license all | status | summary | usage | tech support`, `show tech-support license`, the
// `Smart Licensing Status:` line of `show version`, and NX-OS `show license status` (same layout):
// indented `Key: value` lines under block headers (`Registration:`, `License Authorization:`,
// `Transport:`, `Usage Reporting:`…). One reader walks them once and keeps what the rules need,
// each value with its line (SPEC §2 lists the fields).
//
// States are matched as whole word groups (SPEC §2): `UNREGISTERED` is never `REGISTERED`, and
// `AUTHORIZED on <date>` is the state AUTHORIZED with a date.
import { DeviceTime, parseDeviceDate, parseDuration } from './dates';
import { fieldAt, ShowFieldLike } from './fields';
import { COMM_BLOCKS, CommBlock, readCounters, TrustState, trustStateOf } from './techSupport';

export interface DatedField extends ShowFieldLike {
  time?: DeviceTime;
}

/** `Status: OUT OF COMPLIANCE on Jul 26 09:24:09 2018 UTC` -> state `OUT OF COMPLIANCE` + date. */
export interface StateField extends DatedField {
  state: string;
}

/** `Initial Registration: FAILED on …`, `Last Communication Attempt: PENDING on …`. */
export interface AttemptField extends DatedField {
  /** `FAILED`, `SUCCEEDED`, `PENDING`, `NONE`… */
  result: string;
}

export interface RegistrationBlock {
  headerLine: number;
  status?: StateField;
  initialRegistration?: AttemptField;
  lastRenewal?: AttemptField;
  /** `Failure reason:` lines of the block (under the attempt that failed). */
  failureReasons: ShowFieldLike[];
  nextAttempt?: DatedField;
  expires?: DatedField;
}

export interface AuthorizationBlock {
  headerLine: number;
  status?: StateField;
  lastCommunication?: AttemptField;
  failureReasons: ShowFieldLike[];
  nextAttempt?: DatedField;
  deadline?: DatedField;
  evaluationRemaining?: ShowFieldLike & { seconds?: number };
}

export type DeadlineKind = 'communication' | 'registration' | 'ack';

export interface Deadline extends DatedField {
  kind: DeadlineKind;
  /** The field's name as printed (`Communication Deadline`). */
  label: string;
}

export interface TrustCodeLine {
  /** The `Trust Code Installed:` line; `field.value` is what follows it on the line. */
  field: ShowFieldLike;
  /** `<none>`, a date, or '' (then the member lines decide). */
  kind: 'none' | 'date' | 'empty';
  /** `INSTALLED on …` member lines under an empty header (stacks, HA pairs). */
  members: number[];
  /** The section was filtered (`| include Trust`): member lines may have been cut away. */
  filtered: boolean;
}

export interface TrustLine extends ShowFieldLike {
  /** `Overall Trust` or `Local Device`. */
  label: 'Overall Trust' | 'Local Device';
  state: TrustState;
}

export interface UsageEntry {
  name: string;
  status: ShowFieldLike;
}

export interface LicenseFacts {
  registrations: RegistrationBlock[];
  authorizations: AuthorizationBlock[];
  /** `Smart Licensing Status: REGISTERED/AUTHORIZED` (show version): registration and authorisation parts. */
  versionStatus: { field: ShowFieldLike; registration: string; authorization: string }[];
  deadlines: Deadline[];
  /** `Transport:` → `Type:` values, and tech support's `Transport: cslu`. */
  transports: ShowFieldLike[];
  trustCodes: TrustCodeLine[];
  trustLines: TrustLine[];
  commBlocks: CommBlock[];
  usage: UsageEntry[];
  /** `Smart Licensing Using Policy:` and other lines only SLP prints. */
  slpLines: number[];
  /** `Registration:` blocks and other lines only classic Smart Licensing prints. */
  classicLines: number[];
  /** `call home feature : enable|disable` (`show call-home`), `callhome enabled|disabled` (NX-OS `show callhome`). */
  callHomeFeature: ShowFieldLike[];
}

export function emptyLicenseFacts(): LicenseFacts {
  return {
    registrations: [], authorizations: [], versionStatus: [], deadlines: [], transports: [], trustCodes: [], trustLines: [],
    commBlocks: [], usage: [], slpLines: [], classicLines: [], callHomeFeature: [],
  };
}

const ON_DATE = /\s+on\s+(?=[A-Z][a-z]{2}\s+\d)/;

function stateField(f: ShowFieldLike, s: string): StateField {
  const m = ON_DATE.exec(f.value);
  const state = (m ? f.value.slice(0, m.index) : f.value).trim().toUpperCase();
  const time = m ? parseDeviceDate(s, f.range.start.character + m.index) : undefined;
  return { ...f, state, time };
}

function attemptField(f: ShowFieldLike, s: string): AttemptField {
  const st = stateField(f, s);
  return { ...f, result: st.state, time: st.time };
}

function dated(f: ShowFieldLike, s: string): DatedField {
  return { ...f, time: parseDeviceDate(s, f.range.start.character) };
}

const BLOCK_HEADINGS = new Set([
  'License Usage', 'Product Information', 'Agent Version', 'License Authorizations', 'Upcoming Scheduled Jobs',
  'Communication Statistics', 'License Certificates', 'HA Info', 'Reservation Info', 'Other Info', 'Usage Report Summary',
  'Smart Licensing Status', 'Platform Provided Mapping Table', 'Device Telemetry Report Summary', 'Telemetry Report Summary',
]);

/**
 * Length and first character of each string: a number compared before the string itself, so the
 * lines of other outputs (interfaces, processes, routes: most of a show-tech) are not hashed.
 */
function quickKeys(strings: Iterable<string>): Set<number> {
  const keys = new Set<number>();
  for (const x of strings) keys.add(quickKey(x));
  return keys;
}

function quickKey(x: string): number {
  return x.length * 65536 + (x.length > 0 ? x.charCodeAt(0) : 0);
}

const BLOCK_HEADING_KEYS = quickKeys(BLOCK_HEADINGS);

/** The keys `field` reads; any other `key: value` line only matters as a row of the usage table. */
const FIELD_KEYS = new Set([
  'Status', 'Registration', 'Initial Registration', 'Last Renewal Attempt', 'Next Registration Attempt', 'Next Renewal Attempt',
  'Registration Expires', 'Last Communication Attempt', 'Next Communication Attempt', 'Communication Deadline', 'Next ACK deadline',
  'Evaluation Period Remaining', 'Failure reason', 'Failure Reason', 'Type', 'Transport', 'Trust Code Installed', 'Overall Trust',
  'Local Device', 'Attempts', 'Last Response', 'Smart Licensing Status', 'call home feature',
]);
const FIELD_QUICK_KEYS = quickKeys(FIELD_KEYS);

// `network-advantage       (C9300-48 Network Advan...)       1 IN USE` (summary table row).
const USAGE_ROW = /^\s*(\S.*?)\s+\((.*)\)\s+(\d+)\s+([A-Z][A-Z ]*[A-Z])\s*$/;

/** Reads the license lines of one section. Feed every line in order; call `end()` after the last. */
export class LicenseOutputReader {
  private block = '';
  private registration: RegistrationBlock | null = null;
  private authorization: AuthorizationBlock | null = null;
  /** Which of the two the last attempt line belonged to (where a `Failure reason:` goes). */
  private lastAttempt: 'registration' | 'authorization' | null = null;
  private comm: CommBlock | null = null;
  private pendingCommName = '';
  private pendingCommLine = -1;
  private trustCode: TrustCodeLine | null = null;
  private prevText = '';
  private inUsageTable = false;

  constructor(private readonly facts: LicenseFacts, private readonly filtered: boolean) {}

  line(s: string, i: number): void {
    let indent = 0;
    while (indent < s.length && (s.charCodeAt(indent) === 32 || s.charCodeAt(indent) === 9)) indent++;
    if (indent === s.length) return;
    const c = s.charCodeAt(indent);
    // `=====` under a heading: the heading names the block (`License Usage`, `Product Information`).
    if (c === 61 /* = */) {
      if (/^=+\s*$/.test(s.slice(indent))) this.setBlock(this.prevText.replace(/:$/, ''));
      return;
    }
    const t = s.slice(indent).trimEnd();
    this.prevText = t;
    if (this.trustCode) {
      // Member lines of a stack / HA pair under an empty `Trust Code Installed:` (blank lines,
      // `Valid on`, `Trust Code Type:` and `Attributes:` lines may sit between them).
      if (c === 73 /* I */ && t.startsWith('INSTALLED on')) {
        this.trustCode.members.push(i);
        return;
      }
      if (indent === 0 && !/^(?:Active|Standby|Member)\s*:/.test(t)) this.trustCode = null;
      else return;
    }
    // Re-wrapped counter lines of a communication block (`Success=1`, `, Fail=0  Ongoing Failure: Overall=0 …`).
    if (this.comm && t.indexOf('=') > 0 && !t.startsWith('Attempts:') && /(?:Total|Success|Fail|Overall|Communication)=\d/.test(t)) {
      readCounters(this.comm, s, i);
      return;
    }
    const colon = s.indexOf(':', indent);
    if (colon < 0) {
      // NX-OS `show callhome` opens with `callhome enabled` / `callhome disabled`.
      if (c === 99 /* c */ && /^callhome (?:enabled|disabled)$/.test(t)) {
        this.facts.callHomeFeature.push(fieldAt(i, s, indent + 9));
        return;
      }
      if (this.block === 'License Usage') this.usageRow(s, i);
      else if (BLOCK_HEADING_KEYS.has(quickKey(t)) && BLOCK_HEADINGS.has(t)) this.setBlock(t);
      return;
    }
    const key = s.slice(indent, colon).trimEnd();
    let valueStart = colon + 1;
    while (valueStart < s.length && (s.charCodeAt(valueStart) === 32 || s.charCodeAt(valueStart) === 9)) valueStart++;
    const hasValue = valueStart < s.trimEnd().length;
    if (!hasValue) {
      this.header(key, indent, i, s);
      return;
    }
    if (FIELD_QUICK_KEYS.has(quickKey(key)) && FIELD_KEYS.has(key)) this.field(key, fieldAt(i, s, valueStart), s, i, indent);
    else if (this.block === 'License Usage' && this.inUsageTable) this.usageRow(s, i);
  }

  end(): void {
    this.trustCode = null;
    this.comm = null;
  }

  private setBlock(name: string): void {
    this.block = name;
    this.comm = null;
    this.inUsageTable = name === 'License Usage';
  }

  private header(key: string, indent: number, i: number, s: string): void {
    if (key === 'Trust Code Installed') {
      this.openTrustCode(fieldAt(i, s, s.length), 'empty');
      return;
    }
    if (COMM_BLOCKS.has(key)) {
      // `Usage Reporting:` is also the SLP policy block (`Next ACK deadline`): it becomes a
      // communication block only when an `Attempts:` line follows.
      this.pendingCommName = key;
      this.pendingCommLine = i;
      this.comm = null;
      if (key === 'Usage Reporting') this.block = key;
      return;
    }
    if (/\)\s*$/.test(key) && key.indexOf('(') > 0) {
      // `network-advantage (C9300-48 Network Advantage):` — an entry of `License Usage`.
      this.block = 'License Usage';
      return;
    }
    if (indent === 0 || key === 'Registration' || key === 'License Authorization') {
      this.block = key;
      this.comm = null;
      if (key === 'Registration') {
        this.registration = { headerLine: i, failureReasons: [] };
        this.facts.registrations.push(this.registration);
        this.facts.classicLines.push(i);
        this.lastAttempt = null;
      } else if (key === 'License Authorization') {
        this.authorization = { headerLine: i, failureReasons: [] };
        this.facts.authorizations.push(this.authorization);
        this.lastAttempt = null;
      } else if (key === 'Smart Licensing Using Policy' || key === 'Usage Reporting') {
        this.facts.slpLines.push(i);
      } else if (key === 'License Usage') {
        this.inUsageTable = true;
      }
    }
  }

  private openTrustCode(field: ShowFieldLike, kind: TrustCodeLine['kind']): void {
    const tc: TrustCodeLine = { field, kind, members: [], filtered: this.filtered };
    this.facts.trustCodes.push(tc);
    this.facts.slpLines.push(field.line);
    this.trustCode = kind === 'empty' ? tc : null;
  }

  private ensureRegistration(i: number): RegistrationBlock {
    if (!this.registration) {
      this.registration = { headerLine: i, failureReasons: [] };
      this.facts.registrations.push(this.registration);
    }
    return this.registration;
  }

  private ensureAuthorization(i: number): AuthorizationBlock {
    if (!this.authorization) {
      this.authorization = { headerLine: i, failureReasons: [] };
      this.facts.authorizations.push(this.authorization);
    }
    return this.authorization;
  }

  private field(key: string, f: ShowFieldLike, s: string, i: number, indent: number): void {
    switch (key) {
      case 'Status':
        this.status(f, s, i);
        return;
      case 'Registration':
        // `Registration: Status: UNREGISTERED - REGISTRATION FAILED` (the XE seed joins the lines).
        if (f.value.startsWith('Status:')) {
          this.header('Registration', 0, i, s);
          const v = s.indexOf('Status:', f.range.start.character) + 7;
          this.status(fieldAt(i, s, v), s, i);
        }
        return;
      case 'Initial Registration':
        this.ensureRegistration(i).initialRegistration = attemptField(f, s);
        this.lastAttempt = 'registration';
        return;
      case 'Last Renewal Attempt':
        this.ensureRegistration(i).lastRenewal = attemptField(f, s);
        this.lastAttempt = 'registration';
        return;
      case 'Next Registration Attempt':
      case 'Next Renewal Attempt':
        if (key === 'Next Registration Attempt' || !this.registration?.nextAttempt) this.ensureRegistration(i).nextAttempt = dated(f, s);
        return;
      case 'Registration Expires': {
        const d = dated(f, s);
        this.ensureRegistration(i).expires = d;
        this.facts.deadlines.push({ ...d, kind: 'registration', label: key });
        return;
      }
      case 'Last Communication Attempt':
        this.ensureAuthorization(i).lastCommunication = attemptField(f, s);
        this.lastAttempt = 'authorization';
        return;
      case 'Next Communication Attempt':
        this.ensureAuthorization(i).nextAttempt = dated(f, s);
        return;
      case 'Communication Deadline': {
        const d = dated(f, s);
        this.ensureAuthorization(i).deadline = d;
        this.facts.deadlines.push({ ...d, kind: 'communication', label: key });
        return;
      }
      case 'Next ACK deadline': {
        this.facts.slpLines.push(i);
        const d = dated(f, s);
        if (d.time) this.facts.deadlines.push({ ...d, kind: 'ack', label: key });
        return;
      }
      case 'Evaluation Period Remaining':
        this.ensureAuthorization(i).evaluationRemaining = { ...f, seconds: parseDuration(f.value) };
        return;
      case 'Failure reason':
      case 'Failure Reason':
        this.failureReason(f, i);
        return;
      case 'Type':
        if (this.block === 'Transport') {
          this.facts.transports.push(f);
          if (!/^call ?home$/i.test(f.value)) this.facts.slpLines.push(i);
        }
        return;
      case 'Transport':
        // Tech support's `Other Info` block: `Transport: cslu`.
        if (indent === 0 && /^(?:smart|cslu|callhome|off|automatic)$/i.test(f.value)) this.facts.transports.push(f);
        return;
      case 'Trust Code Installed':
        // `Trust Code Installed:    Trust Code Type: CSSM` (a joined header) counts as an empty header.
        if (f.value.startsWith('Trust Code Type')) this.openTrustCode({ ...f, value: '' }, 'empty');
        else this.openTrustCode(f, /^<none>$/i.test(f.value) ? 'none' : 'date');
        return;
      case 'Overall Trust':
      case 'Local Device':
        this.facts.trustLines.push({ ...f, label: key, state: trustStateOf(f.value) });
        this.facts.slpLines.push(i);
        return;
      case 'Attempts':
        this.attempts(f, s, i);
        return;
      case 'Last Response':
        if (this.comm) this.comm.lastResponse = f;
        return;
      case 'Smart Licensing Status':
        this.versionStatus(f, i);
        return;
      case 'call home feature':
        this.facts.callHomeFeature.push(f);
        return;
      default:
        if (this.block === 'License Usage' && this.inUsageTable) this.usageRow(s, i);
    }
  }

  private status(f: ShowFieldLike, s: string, i: number): void {
    const st = stateField(f, s);
    if (this.block === 'Registration') {
      this.ensureRegistration(i).status = st;
    } else if (this.block === 'License Authorization') {
      this.ensureAuthorization(i).status = st;
    } else if (this.block === 'License Usage') {
      this.facts.usage.push({ name: '', status: f });
    } else if (this.block === 'Smart Licensing Using Policy') {
      this.facts.slpLines.push(i);
    }
  }

  private failureReason(f: ShowFieldLike, i: number): void {
    if (this.comm) {
      this.comm.failureReason = f;
      return;
    }
    if (/^<none>$/i.test(f.value)) return;
    if (this.lastAttempt === 'authorization' || (this.lastAttempt === null && this.block === 'License Authorization')) {
      this.ensureAuthorization(i).failureReasons.push(f);
    } else if (this.lastAttempt === 'registration' || this.block === 'Registration') {
      this.ensureRegistration(i).failureReasons.push(f);
    } else {
      // A reason pasted without its block: keep it where the rules will look (registration).
      this.ensureRegistration(i).failureReasons.push(f);
    }
  }

  private attempts(f: ShowFieldLike, s: string, i: number): void {
    if (!this.comm) {
      const name = this.pendingCommName || 'Communication';
      this.comm = { name, headerLine: this.pendingCommLine >= 0 ? this.pendingCommLine : i };
      this.facts.commBlocks.push(this.comm);
      this.pendingCommName = '';
      this.pendingCommLine = -1;
    }
    this.comm.attempts = f;
    readCounters(this.comm, s, i);
  }

  private versionStatus(f: ShowFieldLike, i: number): void {
    const v = f.value.toUpperCase();
    if (v.indexOf('USING POLICY') >= 0) {
      this.facts.slpLines.push(i);
      return;
    }
    const slash = v.indexOf('/');
    const registration = (slash >= 0 ? v.slice(0, slash) : v).trim();
    const authorization = slash >= 0 ? v.slice(slash + 1).trim() : '';
    this.facts.versionStatus.push({ field: f, registration, authorization });
    if (/REGISTERED|AUTHORIZ|EVAL/.test(v)) this.facts.classicLines.push(i);
  }

  private usageRow(s: string, i: number): void {
    const m = USAGE_ROW.exec(s);
    if (!m) return;
    const status = m[4];
    const start = s.lastIndexOf(status);
    this.facts.usage.push({ name: m[1], status: { value: status, line: i, range: { start: { line: i, character: start }, end: { line: i, character: start + status.length } } } });
  }
}
