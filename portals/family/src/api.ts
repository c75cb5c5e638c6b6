import { gql } from '@apollo/client/core';
import type { KeyedTextLike } from '@rv/ui';

/** The family portal's GraphQL documents, in one place (the screens import them by name). */

export interface MonthUse { month: string; used: number; allowed: number; blockedBy: string | null }
export interface Relative {
  id: string; subjectId: string; visitorName: string; relation: string; rulePack: string; ownIdNumber: string | null; monthsUsed: MonthUse[];
  subject: { __typename: 'Inmate' | 'Detainee'; id: string; name: string; prison?: { id: string; name: string }; centre?: { id: string; name: string } };
}
export interface ServiceDay { id: string; date: string; available: number; capacity: number; closedBy: string | null }
export interface Venue { id: string; name: string; kind: string; region: string; address: string; rulePack: string }
export interface Mine {
  id: string; number: string; status: string; rulePack: string; rejectionKeyed: KeyedTextLike | null; meetingTime: string | null; submittedAt: string;
  serviceDay: { id: string; date: string }; venue: Venue | null; subject: { id: string; name: string };
}

/** GD-17 / GD-19: the relatives registered for the signed-in family, with their pack and months (GD-11). */
export const MY_RELATIVES = gql`query MyRelatives($months: [String!]!) { myRelatives { id subjectId visitorName relation rulePack ownIdNumber
  monthsUsed(months: $months) { month used allowed blockedBy }
  subject { ... on Inmate { id name prison { id name } } ... on Detainee { id name centre { id name } } } } }`;

/** GD-13: an institution's published days of two months (full ones too, to mark them), and the years the calendar holds. */
export const DAYS = gql`query FamilyDays($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {
  thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) { id date available capacity closedBy }
  nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) { id date available capacity closedBy }
  calendarYears { year } }`;

export const VENUES = gql`query Venues { countyBureaus { id name kind region address rulePack } }`;

export const SUBMIT = gql`mutation Apply($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number status } }`;

const MINE = gql`fragment MineFields on Application { id number status rulePack rejectionKeyed { key params rule } meetingTime submittedAt serviceDay { id date }
  venue { id name kind region address rulePack } subject { ... on Inmate { id name } ... on Detainee { id name } } }`;

export const MY_APPLICATIONS = gql`query MyApplications { applications(limit: 50) { ...MineFields } } ${MINE}`;
export const ONE_APPLICATION = gql`query OneApplication($id: ID!) { application(id: $id) { ...MineFields } } ${MINE}`;
/** GD-26: a decision reaches the family's page at once; the cache updates the card by its id. */
export const APPLICATION_CHANGED = gql`subscription MyApplicationChanged { applicationChanged { id status rejectionKeyed { key params rule } meetingTime } }`;
export const WITHDRAW = gql`mutation Withdraw($id: ID!) { cancelApplication(id: $id) { id status } }`;

/** GD-39: notices of stopped meetings are public: families must know before they travel. */
export const NOTICES = gql`query Notices { suspensionNotices { id fromDate toDate messageKeyed { key params } issuedAt } }`;
/** GD-26: the rules a family is told, from the province's own rule pack, in the language chosen. */
export const BRIEFINGS = gql`query Briefings($locale: String!) { rulesBriefings(locale: $locale) { rulePack name lines { topic text } } }`;
/** GD-26: anyone holding the number and an ID number on the application can look the result up. */
export const RESULT = gql`query Result($number: String!, $idNumber: String!) {
  applicationResult(number: $number, idNumber: $idNumber) { number status serviceDate venue rejectionKeyed { key params rule } } }`;
export const INSTITUTIONS = gql`query PublicInstitutions { prisons { id name } detoxCentres { id name } }`;
