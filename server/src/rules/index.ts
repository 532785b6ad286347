// Every rule, in catalogue order (SPEC §6). Add a rule here and give it docs/rules/<id>.md.
import { Rule } from './types';
import { httpDestination } from './http-destination';
import { missingVrf } from './missing-vrf';
import { multipleActiveProfiles } from './multiple-active-profiles';
import { missingClockCalendarValid } from './missing-clock-calendar-valid';
// -- configuration rules (issue 5) --
// -- show-output and log rules (issue 4) --

export const rules: Rule[] = [
  httpDestination,
  missingVrf,
  multipleActiveProfiles,
  missingClockCalendarValid,
  // -- configuration rules (issue 5) --
  // -- show-output and log rules (issue 4) --
];

export const rulesById = new Map(rules.map((r) => [r.id, r]));
