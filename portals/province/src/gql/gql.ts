/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      holidays\n      makeupWorkdays\n    }\n  }\n": typeof types.CalendarYearsDocument,
    "\n  mutation EnterCalendarYear($year: Int!, $holidays: [String!]!, $makeupWorkdays: [String!]!) {\n    enterCalendarYear(year: $year, holidays: $holidays, makeupWorkdays: $makeupWorkdays) {\n      year\n      source\n      holidays\n      makeupWorkdays\n    }\n  }\n": typeof types.EnterCalendarYearDocument,
    "\n  query PriorityPolicies {\n    priorityPolicies {\n      id\n      subjectKind\n      category\n      maxTimes\n      period\n      conditions\n      setAt\n    }\n  }\n": typeof types.PriorityPoliciesDocument,
    "\n  mutation SetPriorityPolicy($input: PriorityPolicyInput!) {\n    setPriorityPolicy(input: $input) {\n      id\n    }\n  }\n": typeof types.SetPriorityPolicyDocument,
    "\n  query MeetingReport($from: String!, $to: String!) {\n    meetingReport(from: $from, to: $to) {\n      month\n      institutionId\n      institutionName\n      applications\n      approved\n      rejected\n      withdrawn\n      pending\n      met\n      noShows\n      forfeited\n      stopped\n      terminated\n      interrupted\n      approvalRate\n      decidedOnTime\n      decidedLate\n      overdue\n      averageReviewHours\n    }\n  }\n": typeof types.MeetingReportDocument,
    "\n  query SlotCompliance($month: String!) {\n    slotCompliance(month: $month) {\n      unitId\n      unitName\n      total\n      minimum\n      belowMinimum\n      late\n    }\n  }\n": typeof types.SlotComplianceDocument,
    "\n  query UnitsAdmin {\n    prisons {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      wards {\n        id\n        number\n        name\n      }\n    }\n    detoxCentres {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      brigades {\n        id\n        number\n        name\n      }\n    }\n    countyBureaus {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      kind\n      actsAsCountyBureau\n    }\n  }\n": typeof types.UnitsAdminDocument,
    "\n  mutation CreatePrison($contact: UnitContactInput!, $rulePack: String!) {\n    createPrison(contact: $contact, rulePack: $rulePack) {\n      id\n    }\n  }\n": typeof types.CreatePrisonDocument,
    "\n  mutation CreateDetoxCentre($contact: UnitContactInput!, $rulePack: String!) {\n    createDetoxCentre(contact: $contact, rulePack: $rulePack) {\n      id\n    }\n  }\n": typeof types.CreateDetoxCentreDocument,
    "\n  mutation CreateVenue($kind: String!, $contact: UnitContactInput!, $rulePack: String!, $parentBureauId: ID, $actsAsCountyBureau: Boolean!) {\n    createVenue(kind: $kind, contact: $contact, rulePack: $rulePack, parentBureauId: $parentBureauId, actsAsCountyBureau: $actsAsCountyBureau) {\n      id\n    }\n  }\n": typeof types.CreateVenueDocument,
    "\n  mutation UpdatePrison($id: ID!, $contact: UnitContactInput!) {\n    updatePrison(id: $id, contact: $contact) {\n      id\n    }\n  }\n": typeof types.UpdatePrisonDocument,
    "\n  mutation UpdateDetoxCentre($id: ID!, $contact: UnitContactInput!) {\n    updateDetoxCentre(id: $id, contact: $contact) {\n      id\n    }\n  }\n": typeof types.UpdateDetoxCentreDocument,
    "\n  mutation UpdateVenue($id: ID!, $contact: UnitContactInput!) {\n    updateVenue(id: $id, contact: $contact) {\n      id\n    }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  mutation SetPrisonActive($id: ID!, $active: Boolean!, $reason: String) {\n    setPrisonActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n": typeof types.SetPrisonActiveDocument,
    "\n  mutation SetDetoxCentreActive($id: ID!, $active: Boolean!, $reason: String) {\n    setDetoxCentreActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n": typeof types.SetDetoxCentreActiveDocument,
    "\n  mutation SetVenueActive($id: ID!, $active: Boolean!, $reason: String) {\n    setVenueActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n": typeof types.SetVenueActiveDocument,
    "\n  mutation SchedulePrisonRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    schedulePrisonRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n": typeof types.SchedulePrisonRulePackDocument,
    "\n  mutation ScheduleDetoxCentreRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    scheduleDetoxCentreRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n": typeof types.ScheduleDetoxCentreRulePackDocument,
    "\n  mutation ScheduleVenueRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    scheduleVenueRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n": typeof types.ScheduleVenueRulePackDocument,
    "\n  mutation SaveWard($unitId: ID!, $part: WardInput!) {\n    saveWard(prisonId: $unitId, ward: $part) {\n      id\n    }\n  }\n": typeof types.SaveWardDocument,
    "\n  mutation SaveBrigade($unitId: ID!, $part: BrigadeInput!) {\n    saveBrigade(centreId: $unitId, brigade: $part) {\n      id\n    }\n  }\n": typeof types.SaveBrigadeDocument,
};
const documents: Documents = {
    "\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      holidays\n      makeupWorkdays\n    }\n  }\n": types.CalendarYearsDocument,
    "\n  mutation EnterCalendarYear($year: Int!, $holidays: [String!]!, $makeupWorkdays: [String!]!) {\n    enterCalendarYear(year: $year, holidays: $holidays, makeupWorkdays: $makeupWorkdays) {\n      year\n      source\n      holidays\n      makeupWorkdays\n    }\n  }\n": types.EnterCalendarYearDocument,
    "\n  query PriorityPolicies {\n    priorityPolicies {\n      id\n      subjectKind\n      category\n      maxTimes\n      period\n      conditions\n      setAt\n    }\n  }\n": types.PriorityPoliciesDocument,
    "\n  mutation SetPriorityPolicy($input: PriorityPolicyInput!) {\n    setPriorityPolicy(input: $input) {\n      id\n    }\n  }\n": types.SetPriorityPolicyDocument,
    "\n  query MeetingReport($from: String!, $to: String!) {\n    meetingReport(from: $from, to: $to) {\n      month\n      institutionId\n      institutionName\n      applications\n      approved\n      rejected\n      withdrawn\n      pending\n      met\n      noShows\n      forfeited\n      stopped\n      terminated\n      interrupted\n      approvalRate\n      decidedOnTime\n      decidedLate\n      overdue\n      averageReviewHours\n    }\n  }\n": types.MeetingReportDocument,
    "\n  query SlotCompliance($month: String!) {\n    slotCompliance(month: $month) {\n      unitId\n      unitName\n      total\n      minimum\n      belowMinimum\n      late\n    }\n  }\n": types.SlotComplianceDocument,
    "\n  query UnitsAdmin {\n    prisons {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      wards {\n        id\n        number\n        name\n      }\n    }\n    detoxCentres {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      brigades {\n        id\n        number\n        name\n      }\n    }\n    countyBureaus {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      kind\n      actsAsCountyBureau\n    }\n  }\n": types.UnitsAdminDocument,
    "\n  mutation CreatePrison($contact: UnitContactInput!, $rulePack: String!) {\n    createPrison(contact: $contact, rulePack: $rulePack) {\n      id\n    }\n  }\n": types.CreatePrisonDocument,
    "\n  mutation CreateDetoxCentre($contact: UnitContactInput!, $rulePack: String!) {\n    createDetoxCentre(contact: $contact, rulePack: $rulePack) {\n      id\n    }\n  }\n": types.CreateDetoxCentreDocument,
    "\n  mutation CreateVenue($kind: String!, $contact: UnitContactInput!, $rulePack: String!, $parentBureauId: ID, $actsAsCountyBureau: Boolean!) {\n    createVenue(kind: $kind, contact: $contact, rulePack: $rulePack, parentBureauId: $parentBureauId, actsAsCountyBureau: $actsAsCountyBureau) {\n      id\n    }\n  }\n": types.CreateVenueDocument,
    "\n  mutation UpdatePrison($id: ID!, $contact: UnitContactInput!) {\n    updatePrison(id: $id, contact: $contact) {\n      id\n    }\n  }\n": types.UpdatePrisonDocument,
    "\n  mutation UpdateDetoxCentre($id: ID!, $contact: UnitContactInput!) {\n    updateDetoxCentre(id: $id, contact: $contact) {\n      id\n    }\n  }\n": types.UpdateDetoxCentreDocument,
    "\n  mutation UpdateVenue($id: ID!, $contact: UnitContactInput!) {\n    updateVenue(id: $id, contact: $contact) {\n      id\n    }\n  }\n": types.UpdateVenueDocument,
    "\n  mutation SetPrisonActive($id: ID!, $active: Boolean!, $reason: String) {\n    setPrisonActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n": types.SetPrisonActiveDocument,
    "\n  mutation SetDetoxCentreActive($id: ID!, $active: Boolean!, $reason: String) {\n    setDetoxCentreActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n": types.SetDetoxCentreActiveDocument,
    "\n  mutation SetVenueActive($id: ID!, $active: Boolean!, $reason: String) {\n    setVenueActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n": types.SetVenueActiveDocument,
    "\n  mutation SchedulePrisonRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    schedulePrisonRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n": types.SchedulePrisonRulePackDocument,
    "\n  mutation ScheduleDetoxCentreRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    scheduleDetoxCentreRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n": types.ScheduleDetoxCentreRulePackDocument,
    "\n  mutation ScheduleVenueRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    scheduleVenueRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n": types.ScheduleVenueRulePackDocument,
    "\n  mutation SaveWard($unitId: ID!, $part: WardInput!) {\n    saveWard(prisonId: $unitId, ward: $part) {\n      id\n    }\n  }\n": types.SaveWardDocument,
    "\n  mutation SaveBrigade($unitId: ID!, $part: BrigadeInput!) {\n    saveBrigade(centreId: $unitId, brigade: $part) {\n      id\n    }\n  }\n": types.SaveBrigadeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      holidays\n      makeupWorkdays\n    }\n  }\n"): (typeof documents)["\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      holidays\n      makeupWorkdays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterCalendarYear($year: Int!, $holidays: [String!]!, $makeupWorkdays: [String!]!) {\n    enterCalendarYear(year: $year, holidays: $holidays, makeupWorkdays: $makeupWorkdays) {\n      year\n      source\n      holidays\n      makeupWorkdays\n    }\n  }\n"): (typeof documents)["\n  mutation EnterCalendarYear($year: Int!, $holidays: [String!]!, $makeupWorkdays: [String!]!) {\n    enterCalendarYear(year: $year, holidays: $holidays, makeupWorkdays: $makeupWorkdays) {\n      year\n      source\n      holidays\n      makeupWorkdays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityPolicies {\n    priorityPolicies {\n      id\n      subjectKind\n      category\n      maxTimes\n      period\n      conditions\n      setAt\n    }\n  }\n"): (typeof documents)["\n  query PriorityPolicies {\n    priorityPolicies {\n      id\n      subjectKind\n      category\n      maxTimes\n      period\n      conditions\n      setAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPriorityPolicy($input: PriorityPolicyInput!) {\n    setPriorityPolicy(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetPriorityPolicy($input: PriorityPolicyInput!) {\n    setPriorityPolicy(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingReport($from: String!, $to: String!) {\n    meetingReport(from: $from, to: $to) {\n      month\n      institutionId\n      institutionName\n      applications\n      approved\n      rejected\n      withdrawn\n      pending\n      met\n      noShows\n      forfeited\n      stopped\n      terminated\n      interrupted\n      approvalRate\n      decidedOnTime\n      decidedLate\n      overdue\n      averageReviewHours\n    }\n  }\n"): (typeof documents)["\n  query MeetingReport($from: String!, $to: String!) {\n    meetingReport(from: $from, to: $to) {\n      month\n      institutionId\n      institutionName\n      applications\n      approved\n      rejected\n      withdrawn\n      pending\n      met\n      noShows\n      forfeited\n      stopped\n      terminated\n      interrupted\n      approvalRate\n      decidedOnTime\n      decidedLate\n      overdue\n      averageReviewHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlotCompliance($month: String!) {\n    slotCompliance(month: $month) {\n      unitId\n      unitName\n      total\n      minimum\n      belowMinimum\n      late\n    }\n  }\n"): (typeof documents)["\n  query SlotCompliance($month: String!) {\n    slotCompliance(month: $month) {\n      unitId\n      unitName\n      total\n      minimum\n      belowMinimum\n      late\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsAdmin {\n    prisons {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      wards {\n        id\n        number\n        name\n      }\n    }\n    detoxCentres {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      brigades {\n        id\n        number\n        name\n      }\n    }\n    countyBureaus {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      kind\n      actsAsCountyBureau\n    }\n  }\n"): (typeof documents)["\n  query UnitsAdmin {\n    prisons {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      wards {\n        id\n        number\n        name\n      }\n    }\n    detoxCentres {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      brigades {\n        id\n        number\n        name\n      }\n    }\n    countyBureaus {\n      id\n      name\n      region\n      address\n      phone\n      active\n      inactiveReason\n      rulePack\n      packSchedule {\n        rulePack\n        effectiveFrom\n      }\n      kind\n      actsAsCountyBureau\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePrison($contact: UnitContactInput!, $rulePack: String!) {\n    createPrison(contact: $contact, rulePack: $rulePack) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePrison($contact: UnitContactInput!, $rulePack: String!) {\n    createPrison(contact: $contact, rulePack: $rulePack) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDetoxCentre($contact: UnitContactInput!, $rulePack: String!) {\n    createDetoxCentre(contact: $contact, rulePack: $rulePack) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDetoxCentre($contact: UnitContactInput!, $rulePack: String!) {\n    createDetoxCentre(contact: $contact, rulePack: $rulePack) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenue($kind: String!, $contact: UnitContactInput!, $rulePack: String!, $parentBureauId: ID, $actsAsCountyBureau: Boolean!) {\n    createVenue(kind: $kind, contact: $contact, rulePack: $rulePack, parentBureauId: $parentBureauId, actsAsCountyBureau: $actsAsCountyBureau) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVenue($kind: String!, $contact: UnitContactInput!, $rulePack: String!, $parentBureauId: ID, $actsAsCountyBureau: Boolean!) {\n    createVenue(kind: $kind, contact: $contact, rulePack: $rulePack, parentBureauId: $parentBureauId, actsAsCountyBureau: $actsAsCountyBureau) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePrison($id: ID!, $contact: UnitContactInput!) {\n    updatePrison(id: $id, contact: $contact) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePrison($id: ID!, $contact: UnitContactInput!) {\n    updatePrison(id: $id, contact: $contact) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDetoxCentre($id: ID!, $contact: UnitContactInput!) {\n    updateDetoxCentre(id: $id, contact: $contact) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDetoxCentre($id: ID!, $contact: UnitContactInput!) {\n    updateDetoxCentre(id: $id, contact: $contact) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($id: ID!, $contact: UnitContactInput!) {\n    updateVenue(id: $id, contact: $contact) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVenue($id: ID!, $contact: UnitContactInput!) {\n    updateVenue(id: $id, contact: $contact) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPrisonActive($id: ID!, $active: Boolean!, $reason: String) {\n    setPrisonActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetPrisonActive($id: ID!, $active: Boolean!, $reason: String) {\n    setPrisonActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDetoxCentreActive($id: ID!, $active: Boolean!, $reason: String) {\n    setDetoxCentreActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetDetoxCentreActive($id: ID!, $active: Boolean!, $reason: String) {\n    setDetoxCentreActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVenueActive($id: ID!, $active: Boolean!, $reason: String) {\n    setVenueActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetVenueActive($id: ID!, $active: Boolean!, $reason: String) {\n    setVenueActive(id: $id, active: $active, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePrisonRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    schedulePrisonRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulePrisonRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    schedulePrisonRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleDetoxCentreRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    scheduleDetoxCentreRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleDetoxCentreRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    scheduleDetoxCentreRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleVenueRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    scheduleVenueRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleVenueRulePack($id: ID!, $pack: PackAssignmentInput!) {\n    scheduleVenueRulePack(id: $id, pack: $pack) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWard($unitId: ID!, $part: WardInput!) {\n    saveWard(prisonId: $unitId, ward: $part) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveWard($unitId: ID!, $part: WardInput!) {\n    saveWard(prisonId: $unitId, ward: $part) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBrigade($unitId: ID!, $part: BrigadeInput!) {\n    saveBrigade(centreId: $unitId, brigade: $part) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBrigade($unitId: ID!, $part: BrigadeInput!) {\n    saveBrigade(centreId: $unitId, brigade: $part) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;