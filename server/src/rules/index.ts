// Every rule, in catalogue order (SPEC §6). Add a rule here and give it docs/rules/<id>.md.
import { Rule } from './types';
import { httpDestination } from './http-destination';
import { missingVrf } from './missing-vrf';
import { multipleActiveProfiles } from './multiple-active-profiles';
import { missingClockCalendarValid } from './missing-clock-calendar-valid';
// -- configuration rules (issue 5) --
import { callHomeServiceDisabled } from './call-home-service-disabled';
import { preferSmartTransport } from './prefer-smart-transport';
import { licensingProfileMissingReporting } from './licensing-profile-missing-reporting';
import { noActiveLicensingProfile } from './no-active-licensing-profile';
import { onpremUrlPathCase } from './onprem-url-path-case';
import { malformedDestinationUrl } from './malformed-destination-url';
import { dnsNotConfigured } from './dns-not-configured';
import { dnsNotInVrf } from './dns-not-in-vrf';
import { httpClientSourceInterface } from './http-client-source-interface';
import { serverIdentityIpUrl } from './server-identity-ip-url';
import { slaTrustpointCrl } from './sla-trustpoint-crl';
import { slpTransportUrlMismatch } from './slp-transport-url-mismatch';
import { idtokenInConfig } from './idtoken-in-config';
import { nxosCallhomeNotEnabled } from './nxos-callhome-not-enabled';
// -- issue 14: NX-OS parity and the e-mail-only licensing profile --
import { licensingProfileEmailOnly } from './licensing-profile-email-only';
import { nxosCallhomeProxyNotEnabled } from './nxos-callhome-proxy-not-enabled';
// -- issue 15: placeholders the editor's snippets leave --
import { placeholderInConfig } from './placeholder-in-config';
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

export const rules: Rule[] = [
  httpDestination,
  missingVrf,
  multipleActiveProfiles,
  missingClockCalendarValid,
  // -- configuration rules (issue 5) --
  callHomeServiceDisabled,
  preferSmartTransport,
  licensingProfileMissingReporting,
  noActiveLicensingProfile,
  onpremUrlPathCase,
  malformedDestinationUrl,
  dnsNotConfigured,
  dnsNotInVrf,
  httpClientSourceInterface,
  serverIdentityIpUrl,
  slaTrustpointCrl,
  slpTransportUrlMismatch,
  idtokenInConfig,
  nxosCallhomeNotEnabled,
  // -- issue 14 --
  licensingProfileEmailOnly,
  nxosCallhomeProxyNotEnabled,
  // -- issue 15 --
  placeholderInConfig,
  // -- show-output and log rules (issue 4) --
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
