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
    "query CalendarYears { calendarYears { year source holidays makeupWorkdays } }": typeof types.CalendarYearsDocument,
    "mutation EnterCalendarYear($year: Int!, $holidays: [String!]!, $makeupWorkdays: [String!]!) {\n  enterCalendarYear(year: $year, holidays: $holidays, makeupWorkdays: $makeupWorkdays) { year source holidays makeupWorkdays } }": typeof types.EnterCalendarYearDocument,
    "query PriorityPolicies { priorityPolicies { id subjectKind category maxTimes period conditions setAt } }": typeof types.PriorityPoliciesDocument,
    "mutation SetPriorityPolicy($input: PriorityPolicyInput!) { setPriorityPolicy(input: $input) { id } }": typeof types.SetPriorityPolicyDocument,
    "query MeetingReport($from: String!, $to: String!) {\n  meetingReport(from: $from, to: $to) { month institutionId institutionName applications approved rejected withdrawn pending met noShows forfeited stopped terminated interrupted\n    approvalRate decidedOnTime decidedLate overdue averageReviewHours } }": typeof types.MeetingReportDocument,
    "query SlotCompliance($month: String!) { slotCompliance(month: $month) { unitId unitName total minimum belowMinimum late } }": typeof types.SlotComplianceDocument,
    "query UnitsAdmin {\n  prisons { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } wards { id number name } } detoxCentres { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } brigades { id number name } } countyBureaus { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } kind actsAsCountyBureau }\n}": typeof types.UnitsAdminDocument,
    "mutation CreatePrison($contact: UnitContactInput!, $rulePack: String!) { createPrison(contact: $contact, rulePack: $rulePack) { id } }": typeof types.CreatePrisonDocument,
    "mutation CreateDetoxCentre($contact: UnitContactInput!, $rulePack: String!) { createDetoxCentre(contact: $contact, rulePack: $rulePack) { id } }": typeof types.CreateDetoxCentreDocument,
    "mutation CreateVenue($kind: String!, $contact: UnitContactInput!, $rulePack: String!, $parentBureauId: ID, $actsAsCountyBureau: Boolean!) {\n  createVenue(kind: $kind, contact: $contact, rulePack: $rulePack, parentBureauId: $parentBureauId, actsAsCountyBureau: $actsAsCountyBureau) { id } }": typeof types.CreateVenueDocument,
    "mutation UpdatePrison($id: ID!, $contact: UnitContactInput!) { updatePrison(id: $id, contact: $contact) { id } }": typeof types.UpdatePrisonDocument,
    "mutation UpdateDetoxCentre($id: ID!, $contact: UnitContactInput!) { updateDetoxCentre(id: $id, contact: $contact) { id } }": typeof types.UpdateDetoxCentreDocument,
    "mutation UpdateVenue($id: ID!, $contact: UnitContactInput!) { updateVenue(id: $id, contact: $contact) { id } }": typeof types.UpdateVenueDocument,
    "mutation SetPrisonActive($id: ID!, $active: Boolean!, $reason: String) { setPrisonActive(id: $id, active: $active, reason: $reason) { id } }": typeof types.SetPrisonActiveDocument,
    "mutation SetDetoxCentreActive($id: ID!, $active: Boolean!, $reason: String) { setDetoxCentreActive(id: $id, active: $active, reason: $reason) { id } }": typeof types.SetDetoxCentreActiveDocument,
    "mutation SetVenueActive($id: ID!, $active: Boolean!, $reason: String) { setVenueActive(id: $id, active: $active, reason: $reason) { id } }": typeof types.SetVenueActiveDocument,
    "mutation SchedulePrisonRulePack($id: ID!, $pack: PackAssignmentInput!) { schedulePrisonRulePack(id: $id, pack: $pack) { id } }": typeof types.SchedulePrisonRulePackDocument,
    "mutation ScheduleDetoxCentreRulePack($id: ID!, $pack: PackAssignmentInput!) { scheduleDetoxCentreRulePack(id: $id, pack: $pack) { id } }": typeof types.ScheduleDetoxCentreRulePackDocument,
    "mutation ScheduleVenueRulePack($id: ID!, $pack: PackAssignmentInput!) { scheduleVenueRulePack(id: $id, pack: $pack) { id } }": typeof types.ScheduleVenueRulePackDocument,
    "mutation SaveWard($unitId: ID!, $part: WardInput!) { saveWard(prisonId: $unitId, ward: $part) { id } }": typeof types.SaveWardDocument,
    "mutation SaveBrigade($unitId: ID!, $part: BrigadeInput!) { saveBrigade(centreId: $unitId, brigade: $part) { id } }": typeof types.SaveBrigadeDocument,
};
const documents: Documents = {
    "query CalendarYears { calendarYears { year source holidays makeupWorkdays } }": types.CalendarYearsDocument,
    "mutation EnterCalendarYear($year: Int!, $holidays: [String!]!, $makeupWorkdays: [String!]!) {\n  enterCalendarYear(year: $year, holidays: $holidays, makeupWorkdays: $makeupWorkdays) { year source holidays makeupWorkdays } }": types.EnterCalendarYearDocument,
    "query PriorityPolicies { priorityPolicies { id subjectKind category maxTimes period conditions setAt } }": types.PriorityPoliciesDocument,
    "mutation SetPriorityPolicy($input: PriorityPolicyInput!) { setPriorityPolicy(input: $input) { id } }": types.SetPriorityPolicyDocument,
    "query MeetingReport($from: String!, $to: String!) {\n  meetingReport(from: $from, to: $to) { month institutionId institutionName applications approved rejected withdrawn pending met noShows forfeited stopped terminated interrupted\n    approvalRate decidedOnTime decidedLate overdue averageReviewHours } }": types.MeetingReportDocument,
    "query SlotCompliance($month: String!) { slotCompliance(month: $month) { unitId unitName total minimum belowMinimum late } }": types.SlotComplianceDocument,
    "query UnitsAdmin {\n  prisons { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } wards { id number name } } detoxCentres { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } brigades { id number name } } countyBureaus { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } kind actsAsCountyBureau }\n}": types.UnitsAdminDocument,
    "mutation CreatePrison($contact: UnitContactInput!, $rulePack: String!) { createPrison(contact: $contact, rulePack: $rulePack) { id } }": types.CreatePrisonDocument,
    "mutation CreateDetoxCentre($contact: UnitContactInput!, $rulePack: String!) { createDetoxCentre(contact: $contact, rulePack: $rulePack) { id } }": types.CreateDetoxCentreDocument,
    "mutation CreateVenue($kind: String!, $contact: UnitContactInput!, $rulePack: String!, $parentBureauId: ID, $actsAsCountyBureau: Boolean!) {\n  createVenue(kind: $kind, contact: $contact, rulePack: $rulePack, parentBureauId: $parentBureauId, actsAsCountyBureau: $actsAsCountyBureau) { id } }": types.CreateVenueDocument,
    "mutation UpdatePrison($id: ID!, $contact: UnitContactInput!) { updatePrison(id: $id, contact: $contact) { id } }": types.UpdatePrisonDocument,
    "mutation UpdateDetoxCentre($id: ID!, $contact: UnitContactInput!) { updateDetoxCentre(id: $id, contact: $contact) { id } }": types.UpdateDetoxCentreDocument,
    "mutation UpdateVenue($id: ID!, $contact: UnitContactInput!) { updateVenue(id: $id, contact: $contact) { id } }": types.UpdateVenueDocument,
    "mutation SetPrisonActive($id: ID!, $active: Boolean!, $reason: String) { setPrisonActive(id: $id, active: $active, reason: $reason) { id } }": types.SetPrisonActiveDocument,
    "mutation SetDetoxCentreActive($id: ID!, $active: Boolean!, $reason: String) { setDetoxCentreActive(id: $id, active: $active, reason: $reason) { id } }": types.SetDetoxCentreActiveDocument,
    "mutation SetVenueActive($id: ID!, $active: Boolean!, $reason: String) { setVenueActive(id: $id, active: $active, reason: $reason) { id } }": types.SetVenueActiveDocument,
    "mutation SchedulePrisonRulePack($id: ID!, $pack: PackAssignmentInput!) { schedulePrisonRulePack(id: $id, pack: $pack) { id } }": types.SchedulePrisonRulePackDocument,
    "mutation ScheduleDetoxCentreRulePack($id: ID!, $pack: PackAssignmentInput!) { scheduleDetoxCentreRulePack(id: $id, pack: $pack) { id } }": types.ScheduleDetoxCentreRulePackDocument,
    "mutation ScheduleVenueRulePack($id: ID!, $pack: PackAssignmentInput!) { scheduleVenueRulePack(id: $id, pack: $pack) { id } }": types.ScheduleVenueRulePackDocument,
    "mutation SaveWard($unitId: ID!, $part: WardInput!) { saveWard(prisonId: $unitId, ward: $part) { id } }": types.SaveWardDocument,
    "mutation SaveBrigade($unitId: ID!, $part: BrigadeInput!) { saveBrigade(centreId: $unitId, brigade: $part) { id } }": types.SaveBrigadeDocument,
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
export function graphql(source: "query CalendarYears { calendarYears { year source holidays makeupWorkdays } }"): (typeof documents)["query CalendarYears { calendarYears { year source holidays makeupWorkdays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnterCalendarYear($year: Int!, $holidays: [String!]!, $makeupWorkdays: [String!]!) {\n  enterCalendarYear(year: $year, holidays: $holidays, makeupWorkdays: $makeupWorkdays) { year source holidays makeupWorkdays } }"): (typeof documents)["mutation EnterCalendarYear($year: Int!, $holidays: [String!]!, $makeupWorkdays: [String!]!) {\n  enterCalendarYear(year: $year, holidays: $holidays, makeupWorkdays: $makeupWorkdays) { year source holidays makeupWorkdays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PriorityPolicies { priorityPolicies { id subjectKind category maxTimes period conditions setAt } }"): (typeof documents)["query PriorityPolicies { priorityPolicies { id subjectKind category maxTimes period conditions setAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPriorityPolicy($input: PriorityPolicyInput!) { setPriorityPolicy(input: $input) { id } }"): (typeof documents)["mutation SetPriorityPolicy($input: PriorityPolicyInput!) { setPriorityPolicy(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingReport($from: String!, $to: String!) {\n  meetingReport(from: $from, to: $to) { month institutionId institutionName applications approved rejected withdrawn pending met noShows forfeited stopped terminated interrupted\n    approvalRate decidedOnTime decidedLate overdue averageReviewHours } }"): (typeof documents)["query MeetingReport($from: String!, $to: String!) {\n  meetingReport(from: $from, to: $to) { month institutionId institutionName applications approved rejected withdrawn pending met noShows forfeited stopped terminated interrupted\n    approvalRate decidedOnTime decidedLate overdue averageReviewHours } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SlotCompliance($month: String!) { slotCompliance(month: $month) { unitId unitName total minimum belowMinimum late } }"): (typeof documents)["query SlotCompliance($month: String!) { slotCompliance(month: $month) { unitId unitName total minimum belowMinimum late } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitsAdmin {\n  prisons { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } wards { id number name } } detoxCentres { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } brigades { id number name } } countyBureaus { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } kind actsAsCountyBureau }\n}"): (typeof documents)["query UnitsAdmin {\n  prisons { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } wards { id number name } } detoxCentres { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } brigades { id number name } } countyBureaus { id name region address phone active inactiveReason rulePack packSchedule { rulePack effectiveFrom } kind actsAsCountyBureau }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePrison($contact: UnitContactInput!, $rulePack: String!) { createPrison(contact: $contact, rulePack: $rulePack) { id } }"): (typeof documents)["mutation CreatePrison($contact: UnitContactInput!, $rulePack: String!) { createPrison(contact: $contact, rulePack: $rulePack) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDetoxCentre($contact: UnitContactInput!, $rulePack: String!) { createDetoxCentre(contact: $contact, rulePack: $rulePack) { id } }"): (typeof documents)["mutation CreateDetoxCentre($contact: UnitContactInput!, $rulePack: String!) { createDetoxCentre(contact: $contact, rulePack: $rulePack) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateVenue($kind: String!, $contact: UnitContactInput!, $rulePack: String!, $parentBureauId: ID, $actsAsCountyBureau: Boolean!) {\n  createVenue(kind: $kind, contact: $contact, rulePack: $rulePack, parentBureauId: $parentBureauId, actsAsCountyBureau: $actsAsCountyBureau) { id } }"): (typeof documents)["mutation CreateVenue($kind: String!, $contact: UnitContactInput!, $rulePack: String!, $parentBureauId: ID, $actsAsCountyBureau: Boolean!) {\n  createVenue(kind: $kind, contact: $contact, rulePack: $rulePack, parentBureauId: $parentBureauId, actsAsCountyBureau: $actsAsCountyBureau) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePrison($id: ID!, $contact: UnitContactInput!) { updatePrison(id: $id, contact: $contact) { id } }"): (typeof documents)["mutation UpdatePrison($id: ID!, $contact: UnitContactInput!) { updatePrison(id: $id, contact: $contact) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDetoxCentre($id: ID!, $contact: UnitContactInput!) { updateDetoxCentre(id: $id, contact: $contact) { id } }"): (typeof documents)["mutation UpdateDetoxCentre($id: ID!, $contact: UnitContactInput!) { updateDetoxCentre(id: $id, contact: $contact) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateVenue($id: ID!, $contact: UnitContactInput!) { updateVenue(id: $id, contact: $contact) { id } }"): (typeof documents)["mutation UpdateVenue($id: ID!, $contact: UnitContactInput!) { updateVenue(id: $id, contact: $contact) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPrisonActive($id: ID!, $active: Boolean!, $reason: String) { setPrisonActive(id: $id, active: $active, reason: $reason) { id } }"): (typeof documents)["mutation SetPrisonActive($id: ID!, $active: Boolean!, $reason: String) { setPrisonActive(id: $id, active: $active, reason: $reason) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDetoxCentreActive($id: ID!, $active: Boolean!, $reason: String) { setDetoxCentreActive(id: $id, active: $active, reason: $reason) { id } }"): (typeof documents)["mutation SetDetoxCentreActive($id: ID!, $active: Boolean!, $reason: String) { setDetoxCentreActive(id: $id, active: $active, reason: $reason) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetVenueActive($id: ID!, $active: Boolean!, $reason: String) { setVenueActive(id: $id, active: $active, reason: $reason) { id } }"): (typeof documents)["mutation SetVenueActive($id: ID!, $active: Boolean!, $reason: String) { setVenueActive(id: $id, active: $active, reason: $reason) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchedulePrisonRulePack($id: ID!, $pack: PackAssignmentInput!) { schedulePrisonRulePack(id: $id, pack: $pack) { id } }"): (typeof documents)["mutation SchedulePrisonRulePack($id: ID!, $pack: PackAssignmentInput!) { schedulePrisonRulePack(id: $id, pack: $pack) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleDetoxCentreRulePack($id: ID!, $pack: PackAssignmentInput!) { scheduleDetoxCentreRulePack(id: $id, pack: $pack) { id } }"): (typeof documents)["mutation ScheduleDetoxCentreRulePack($id: ID!, $pack: PackAssignmentInput!) { scheduleDetoxCentreRulePack(id: $id, pack: $pack) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleVenueRulePack($id: ID!, $pack: PackAssignmentInput!) { scheduleVenueRulePack(id: $id, pack: $pack) { id } }"): (typeof documents)["mutation ScheduleVenueRulePack($id: ID!, $pack: PackAssignmentInput!) { scheduleVenueRulePack(id: $id, pack: $pack) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveWard($unitId: ID!, $part: WardInput!) { saveWard(prisonId: $unitId, ward: $part) { id } }"): (typeof documents)["mutation SaveWard($unitId: ID!, $part: WardInput!) { saveWard(prisonId: $unitId, ward: $part) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveBrigade($unitId: ID!, $part: BrigadeInput!) { saveBrigade(centreId: $unitId, brigade: $part) { id } }"): (typeof documents)["mutation SaveBrigade($unitId: ID!, $part: BrigadeInput!) { saveBrigade(centreId: $unitId, brigade: $part) { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;