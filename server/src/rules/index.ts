// Every rule, in catalogue order (SPEC §6). Add a rule here and give it docs/rules/<id>.md.
import { Rule } from './types';
import { httpDestination } from './http-destination';
import { missingVrf } from './missing-vrf';
import { multipleActiveProfiles } from './multiple-active-profiles';
import { missingClockCalendarValid } from './missing-clock-calendar-valid';
// -- configuration rules (issue 5) --
import { dnsNotConfigured } from './dns-not-configured';
import { dnsNotInVrf } from './dns-not-in-vrf';
import { httpClientSourceInterface } from './http-client-source-interface';
// -- show-output and log rules (issue 4) --
import { registrationFailed } from './registration-failed';
import { authorizationFailed } from './authorization-failed';
import { outOfCompliance } from './out-of-compliance';
import { authorizationExpired } from './authorization-expired';
import { evaluationMode } from './evaluation-mode';
import { communicationDeadline } from './communication-deadline';
import { configNotSaved } from './config-not-saved';
import { clockOffset } from './clock-offset';
import { slpTrustNotInstalled } from './slp-trust-not-installed';
import { slpCommunicationFailure } from './slp-communication-failure';
import { callhomeMessageFailed } from './callhome-message-failed';
import { slaTrustpointCrl } from './sla-trustpoint-crl';

export const rules: Rule[] = [
  httpDestination,
  missingVrf,
  multipleActiveProfiles,
  missingClockCalendarValid,
  // -- configuration rules (issue 5) --
  dnsNotConfigured,
  dnsNotInVrf,
  httpClientSourceInterface,
  // -- show-output and log rules (issue 4) --
  slaTrustpointCrl,
  registrationFailed,
  authorizationFailed,
  outOfCompliance,
  authorizationExpired,
  evaluationMode,
  communicationDeadline,
  configNotSaved,
  clockOffset,
  slpTrustNotInstalled,
  slpCommunicationFailure,
  callhomeMessageFailed,
];

export const rulesById = new Map(rules.map((r) => [r.id, r]));
