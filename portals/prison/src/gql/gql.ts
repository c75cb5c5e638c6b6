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
    "query ExtraMeetings { extraMeetings { id month reason stepsRequired stepsApproved granted nextStep\n  inmate { id name inmateNumber } } }": typeof types.ExtraMeetingsDocument,
    "query EmergencyInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }": typeof types.EmergencyInmatesDocument,
    "mutation RequestExtraMeeting($inmateId: ID!, $month: String!, $reason: String!) {\n  requestExtraMeeting(inmateId: $inmateId, month: $month, reason: $reason) { id } }": typeof types.RequestExtraMeetingDocument,
    "mutation ApproveExtraMeeting($id: ID!) { approveExtraMeeting(id: $id) { id stepsApproved granted nextStep } }": typeof types.ApproveExtraMeetingDocument,
    "query ApprovedMeetings { applications(status: APPROVED, limit: 200) {\n  id number meetingTime emergencyMinutes serviceDay { date } emergencyApproval { minutes meetingTime } } }": typeof types.ApprovedMeetingsDocument,
    "mutation ApproveEmergencyMeeting($id: ID!, $reason: String!, $minutes: Int, $time: String) {\n  approveEmergencyMeeting(applicationId: $id, reason: $reason, extraMinutes: $minutes, meetingTime: $time) { id emergencyMinutes meetingTime } }": typeof types.ApproveEmergencyMeetingDocument,
    "query InmateRequests { inmateRequests { id institutionId inmateName reason status stage stageDueOn rejectionKeyed { key params rule } relatives { name relation idNumberMasked phoneMasked } rejectionReasons { code labelKey needsText } form1 { title subtitle lines } } }": typeof types.InmateRequestsDocument,
    "subscription InmateRequestChanged { inmateRequestChanged { id status stage } }": typeof types.InmateRequestChangedDocument,
    "query RequestInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }": typeof types.RequestInmatesDocument,
    "mutation RequestInmateMeeting($input: InmateRequestInput!) { requestInmateMeeting(input: $input) { id } }": typeof types.RequestInmateMeetingDocument,
    "query RequestVenues { countyBureaus { id name kind } }": typeof types.RequestVenuesDocument,
    "mutation DecideInmateRequest($id: ID!, $approve: Boolean!, $serviceDayId: ID, $venueId: ID, $meetingTime: String, $reasonCode: String, $reason: String) {\n  decideInmateRequest(id: $id, approve: $approve, serviceDayId: $serviceDayId, venueId: $venueId, meetingTime: $meetingTime, reasonCode: $reasonCode, reason: $reason) { id stage } }": typeof types.DecideInmateRequestDocument,
    "mutation ChangeInmateRequestDate($id: ID!, $serviceDayId: ID!, $meetingTime: String) {\n  changeInmateRequestDate(id: $id, serviceDayId: $serviceDayId, meetingTime: $meetingTime) { id stage } }": typeof types.ChangeInmateRequestDateDocument,
    "mutation InmateTold($id: ID!) { inmateRequestTold(id: $id) { id stage } }": typeof types.InmateToldDocument,
    "query OfficialSessions { officialSessions { id organ issuedBy letterNumber purpose officials date minutes status\n  inmate { id name inmateNumber } } }": typeof types.OfficialSessionsDocument,
    "query OfficialInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }": typeof types.OfficialInmatesDocument,
    "mutation ArrangeOfficialSession($input: OfficialSessionInput!) { arrangeOfficialSession(input: $input) { joiningCode session { id } } }": typeof types.ArrangeOfficialSessionDocument,
    "mutation CancelOfficialSession($id: ID!) { cancelOfficialSession(id: $id) { id status } }": typeof types.CancelOfficialSessionDocument,
};
const documents: Documents = {
    "query ExtraMeetings { extraMeetings { id month reason stepsRequired stepsApproved granted nextStep\n  inmate { id name inmateNumber } } }": types.ExtraMeetingsDocument,
    "query EmergencyInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }": types.EmergencyInmatesDocument,
    "mutation RequestExtraMeeting($inmateId: ID!, $month: String!, $reason: String!) {\n  requestExtraMeeting(inmateId: $inmateId, month: $month, reason: $reason) { id } }": types.RequestExtraMeetingDocument,
    "mutation ApproveExtraMeeting($id: ID!) { approveExtraMeeting(id: $id) { id stepsApproved granted nextStep } }": types.ApproveExtraMeetingDocument,
    "query ApprovedMeetings { applications(status: APPROVED, limit: 200) {\n  id number meetingTime emergencyMinutes serviceDay { date } emergencyApproval { minutes meetingTime } } }": types.ApprovedMeetingsDocument,
    "mutation ApproveEmergencyMeeting($id: ID!, $reason: String!, $minutes: Int, $time: String) {\n  approveEmergencyMeeting(applicationId: $id, reason: $reason, extraMinutes: $minutes, meetingTime: $time) { id emergencyMinutes meetingTime } }": types.ApproveEmergencyMeetingDocument,
    "query InmateRequests { inmateRequests { id institutionId inmateName reason status stage stageDueOn rejectionKeyed { key params rule } relatives { name relation idNumberMasked phoneMasked } rejectionReasons { code labelKey needsText } form1 { title subtitle lines } } }": types.InmateRequestsDocument,
    "subscription InmateRequestChanged { inmateRequestChanged { id status stage } }": types.InmateRequestChangedDocument,
    "query RequestInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }": types.RequestInmatesDocument,
    "mutation RequestInmateMeeting($input: InmateRequestInput!) { requestInmateMeeting(input: $input) { id } }": types.RequestInmateMeetingDocument,
    "query RequestVenues { countyBureaus { id name kind } }": types.RequestVenuesDocument,
    "mutation DecideInmateRequest($id: ID!, $approve: Boolean!, $serviceDayId: ID, $venueId: ID, $meetingTime: String, $reasonCode: String, $reason: String) {\n  decideInmateRequest(id: $id, approve: $approve, serviceDayId: $serviceDayId, venueId: $venueId, meetingTime: $meetingTime, reasonCode: $reasonCode, reason: $reason) { id stage } }": types.DecideInmateRequestDocument,
    "mutation ChangeInmateRequestDate($id: ID!, $serviceDayId: ID!, $meetingTime: String) {\n  changeInmateRequestDate(id: $id, serviceDayId: $serviceDayId, meetingTime: $meetingTime) { id stage } }": types.ChangeInmateRequestDateDocument,
    "mutation InmateTold($id: ID!) { inmateRequestTold(id: $id) { id stage } }": types.InmateToldDocument,
    "query OfficialSessions { officialSessions { id organ issuedBy letterNumber purpose officials date minutes status\n  inmate { id name inmateNumber } } }": types.OfficialSessionsDocument,
    "query OfficialInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }": types.OfficialInmatesDocument,
    "mutation ArrangeOfficialSession($input: OfficialSessionInput!) { arrangeOfficialSession(input: $input) { joiningCode session { id } } }": types.ArrangeOfficialSessionDocument,
    "mutation CancelOfficialSession($id: ID!) { cancelOfficialSession(id: $id) { id status } }": types.CancelOfficialSessionDocument,
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
export function graphql(source: "query ExtraMeetings { extraMeetings { id month reason stepsRequired stepsApproved granted nextStep\n  inmate { id name inmateNumber } } }"): (typeof documents)["query ExtraMeetings { extraMeetings { id month reason stepsRequired stepsApproved granted nextStep\n  inmate { id name inmateNumber } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmergencyInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }"): (typeof documents)["query EmergencyInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestExtraMeeting($inmateId: ID!, $month: String!, $reason: String!) {\n  requestExtraMeeting(inmateId: $inmateId, month: $month, reason: $reason) { id } }"): (typeof documents)["mutation RequestExtraMeeting($inmateId: ID!, $month: String!, $reason: String!) {\n  requestExtraMeeting(inmateId: $inmateId, month: $month, reason: $reason) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveExtraMeeting($id: ID!) { approveExtraMeeting(id: $id) { id stepsApproved granted nextStep } }"): (typeof documents)["mutation ApproveExtraMeeting($id: ID!) { approveExtraMeeting(id: $id) { id stepsApproved granted nextStep } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovedMeetings { applications(status: APPROVED, limit: 200) {\n  id number meetingTime emergencyMinutes serviceDay { date } emergencyApproval { minutes meetingTime } } }"): (typeof documents)["query ApprovedMeetings { applications(status: APPROVED, limit: 200) {\n  id number meetingTime emergencyMinutes serviceDay { date } emergencyApproval { minutes meetingTime } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveEmergencyMeeting($id: ID!, $reason: String!, $minutes: Int, $time: String) {\n  approveEmergencyMeeting(applicationId: $id, reason: $reason, extraMinutes: $minutes, meetingTime: $time) { id emergencyMinutes meetingTime } }"): (typeof documents)["mutation ApproveEmergencyMeeting($id: ID!, $reason: String!, $minutes: Int, $time: String) {\n  approveEmergencyMeeting(applicationId: $id, reason: $reason, extraMinutes: $minutes, meetingTime: $time) { id emergencyMinutes meetingTime } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InmateRequests { inmateRequests { id institutionId inmateName reason status stage stageDueOn rejectionKeyed { key params rule } relatives { name relation idNumberMasked phoneMasked } rejectionReasons { code labelKey needsText } form1 { title subtitle lines } } }"): (typeof documents)["query InmateRequests { inmateRequests { id institutionId inmateName reason status stage stageDueOn rejectionKeyed { key params rule } relatives { name relation idNumberMasked phoneMasked } rejectionReasons { code labelKey needsText } form1 { title subtitle lines } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription InmateRequestChanged { inmateRequestChanged { id status stage } }"): (typeof documents)["subscription InmateRequestChanged { inmateRequestChanged { id status stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }"): (typeof documents)["query RequestInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestInmateMeeting($input: InmateRequestInput!) { requestInmateMeeting(input: $input) { id } }"): (typeof documents)["mutation RequestInmateMeeting($input: InmateRequestInput!) { requestInmateMeeting(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestVenues { countyBureaus { id name kind } }"): (typeof documents)["query RequestVenues { countyBureaus { id name kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideInmateRequest($id: ID!, $approve: Boolean!, $serviceDayId: ID, $venueId: ID, $meetingTime: String, $reasonCode: String, $reason: String) {\n  decideInmateRequest(id: $id, approve: $approve, serviceDayId: $serviceDayId, venueId: $venueId, meetingTime: $meetingTime, reasonCode: $reasonCode, reason: $reason) { id stage } }"): (typeof documents)["mutation DecideInmateRequest($id: ID!, $approve: Boolean!, $serviceDayId: ID, $venueId: ID, $meetingTime: String, $reasonCode: String, $reason: String) {\n  decideInmateRequest(id: $id, approve: $approve, serviceDayId: $serviceDayId, venueId: $venueId, meetingTime: $meetingTime, reasonCode: $reasonCode, reason: $reason) { id stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeInmateRequestDate($id: ID!, $serviceDayId: ID!, $meetingTime: String) {\n  changeInmateRequestDate(id: $id, serviceDayId: $serviceDayId, meetingTime: $meetingTime) { id stage } }"): (typeof documents)["mutation ChangeInmateRequestDate($id: ID!, $serviceDayId: ID!, $meetingTime: String) {\n  changeInmateRequestDate(id: $id, serviceDayId: $serviceDayId, meetingTime: $meetingTime) { id stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InmateTold($id: ID!) { inmateRequestTold(id: $id) { id stage } }"): (typeof documents)["mutation InmateTold($id: ID!) { inmateRequestTold(id: $id) { id stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfficialSessions { officialSessions { id organ issuedBy letterNumber purpose officials date minutes status\n  inmate { id name inmateNumber } } }"): (typeof documents)["query OfficialSessions { officialSessions { id organ issuedBy letterNumber purpose officials date minutes status\n  inmate { id name inmateNumber } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfficialInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }"): (typeof documents)["query OfficialInmates($search: String) { inmates(search: $search, limit: 20) { id name inmateNumber } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArrangeOfficialSession($input: OfficialSessionInput!) { arrangeOfficialSession(input: $input) { joiningCode session { id } } }"): (typeof documents)["mutation ArrangeOfficialSession($input: OfficialSessionInput!) { arrangeOfficialSession(input: $input) { joiningCode session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelOfficialSession($id: ID!) { cancelOfficialSession(id: $id) { id status } }"): (typeof documents)["mutation CancelOfficialSession($id: ID!) { cancelOfficialSession(id: $id) { id status } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;