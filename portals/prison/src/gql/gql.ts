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
    "\n  query ExtraMeetings {\n    extraMeetings {\n      id\n      month\n      reason\n      stepsRequired\n      stepsApproved\n      granted\n      nextStep\n      inmate {\n        id\n        name\n        inmateNumber\n      }\n    }\n  }\n": typeof types.ExtraMeetingsDocument,
    "\n  query EmergencyInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n": typeof types.EmergencyInmatesDocument,
    "\n  mutation RequestExtraMeeting($inmateId: ID!, $month: String!, $reason: String!) {\n    requestExtraMeeting(inmateId: $inmateId, month: $month, reason: $reason) {\n      id\n    }\n  }\n": typeof types.RequestExtraMeetingDocument,
    "\n  mutation ApproveExtraMeeting($id: ID!) {\n    approveExtraMeeting(id: $id) {\n      id\n      stepsApproved\n      granted\n      nextStep\n    }\n  }\n": typeof types.ApproveExtraMeetingDocument,
    "\n  query ApprovedMeetings {\n    applications(status: APPROVED, limit: 200) {\n      id\n      number\n      meetingTime\n      emergencyMinutes\n      serviceDay {\n        date\n      }\n      emergencyApproval {\n        minutes\n        meetingTime\n      }\n    }\n  }\n": typeof types.ApprovedMeetingsDocument,
    "\n  mutation ApproveEmergencyMeeting($id: ID!, $reason: String!, $minutes: Int, $time: String) {\n    approveEmergencyMeeting(applicationId: $id, reason: $reason, extraMinutes: $minutes, meetingTime: $time) {\n      id\n      emergencyMinutes\n      meetingTime\n    }\n  }\n": typeof types.ApproveEmergencyMeetingDocument,
    "\n  query InmateRequests {\n    inmateRequests {\n      id\n      institutionId\n      inmateName\n      reason\n      status\n      stage\n      stageDueOn\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n      relatives {\n        name\n        relation\n        idNumberMasked\n        phoneMasked\n      }\n      rejectionReasons {\n        code\n        labelKey\n        needsText\n      }\n      form1 {\n        title\n        subtitle\n        lines\n      }\n    }\n  }\n": typeof types.InmateRequestsDocument,
    "\n  subscription InmateRequestChanged {\n    inmateRequestChanged {\n      id\n      status\n      stage\n    }\n  }\n": typeof types.InmateRequestChangedDocument,
    "\n  query RequestInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n": typeof types.RequestInmatesDocument,
    "\n  mutation RequestInmateMeeting($input: InmateRequestInput!) {\n    requestInmateMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.RequestInmateMeetingDocument,
    "\n  query RequestVenues {\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.RequestVenuesDocument,
    "\n  mutation DecideInmateRequest($id: ID!, $approve: Boolean!, $serviceDayId: ID, $venueId: ID, $meetingTime: String, $reasonCode: String, $reason: String) {\n    decideInmateRequest(\n      id: $id\n      approve: $approve\n      serviceDayId: $serviceDayId\n      venueId: $venueId\n      meetingTime: $meetingTime\n      reasonCode: $reasonCode\n      reason: $reason\n    ) {\n      id\n      stage\n    }\n  }\n": typeof types.DecideInmateRequestDocument,
    "\n  mutation ChangeInmateRequestDate($id: ID!, $serviceDayId: ID!, $meetingTime: String) {\n    changeInmateRequestDate(id: $id, serviceDayId: $serviceDayId, meetingTime: $meetingTime) {\n      id\n      stage\n    }\n  }\n": typeof types.ChangeInmateRequestDateDocument,
    "\n  mutation InmateTold($id: ID!) {\n    inmateRequestTold(id: $id) {\n      id\n      stage\n    }\n  }\n": typeof types.InmateToldDocument,
    "\n  query OfficialSessions {\n    officialSessions {\n      id\n      organ\n      issuedBy\n      letterNumber\n      purpose\n      officials\n      date\n      minutes\n      status\n      inmate {\n        id\n        name\n        inmateNumber\n      }\n    }\n  }\n": typeof types.OfficialSessionsDocument,
    "\n  query OfficialInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n": typeof types.OfficialInmatesDocument,
    "\n  mutation ArrangeOfficialSession($input: OfficialSessionInput!) {\n    arrangeOfficialSession(input: $input) {\n      joiningCode\n      session {\n        id\n      }\n    }\n  }\n": typeof types.ArrangeOfficialSessionDocument,
    "\n  mutation CancelOfficialSession($id: ID!) {\n    cancelOfficialSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelOfficialSessionDocument,
};
const documents: Documents = {
    "\n  query ExtraMeetings {\n    extraMeetings {\n      id\n      month\n      reason\n      stepsRequired\n      stepsApproved\n      granted\n      nextStep\n      inmate {\n        id\n        name\n        inmateNumber\n      }\n    }\n  }\n": types.ExtraMeetingsDocument,
    "\n  query EmergencyInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n": types.EmergencyInmatesDocument,
    "\n  mutation RequestExtraMeeting($inmateId: ID!, $month: String!, $reason: String!) {\n    requestExtraMeeting(inmateId: $inmateId, month: $month, reason: $reason) {\n      id\n    }\n  }\n": types.RequestExtraMeetingDocument,
    "\n  mutation ApproveExtraMeeting($id: ID!) {\n    approveExtraMeeting(id: $id) {\n      id\n      stepsApproved\n      granted\n      nextStep\n    }\n  }\n": types.ApproveExtraMeetingDocument,
    "\n  query ApprovedMeetings {\n    applications(status: APPROVED, limit: 200) {\n      id\n      number\n      meetingTime\n      emergencyMinutes\n      serviceDay {\n        date\n      }\n      emergencyApproval {\n        minutes\n        meetingTime\n      }\n    }\n  }\n": types.ApprovedMeetingsDocument,
    "\n  mutation ApproveEmergencyMeeting($id: ID!, $reason: String!, $minutes: Int, $time: String) {\n    approveEmergencyMeeting(applicationId: $id, reason: $reason, extraMinutes: $minutes, meetingTime: $time) {\n      id\n      emergencyMinutes\n      meetingTime\n    }\n  }\n": types.ApproveEmergencyMeetingDocument,
    "\n  query InmateRequests {\n    inmateRequests {\n      id\n      institutionId\n      inmateName\n      reason\n      status\n      stage\n      stageDueOn\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n      relatives {\n        name\n        relation\n        idNumberMasked\n        phoneMasked\n      }\n      rejectionReasons {\n        code\n        labelKey\n        needsText\n      }\n      form1 {\n        title\n        subtitle\n        lines\n      }\n    }\n  }\n": types.InmateRequestsDocument,
    "\n  subscription InmateRequestChanged {\n    inmateRequestChanged {\n      id\n      status\n      stage\n    }\n  }\n": types.InmateRequestChangedDocument,
    "\n  query RequestInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n": types.RequestInmatesDocument,
    "\n  mutation RequestInmateMeeting($input: InmateRequestInput!) {\n    requestInmateMeeting(input: $input) {\n      id\n    }\n  }\n": types.RequestInmateMeetingDocument,
    "\n  query RequestVenues {\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n": types.RequestVenuesDocument,
    "\n  mutation DecideInmateRequest($id: ID!, $approve: Boolean!, $serviceDayId: ID, $venueId: ID, $meetingTime: String, $reasonCode: String, $reason: String) {\n    decideInmateRequest(\n      id: $id\n      approve: $approve\n      serviceDayId: $serviceDayId\n      venueId: $venueId\n      meetingTime: $meetingTime\n      reasonCode: $reasonCode\n      reason: $reason\n    ) {\n      id\n      stage\n    }\n  }\n": types.DecideInmateRequestDocument,
    "\n  mutation ChangeInmateRequestDate($id: ID!, $serviceDayId: ID!, $meetingTime: String) {\n    changeInmateRequestDate(id: $id, serviceDayId: $serviceDayId, meetingTime: $meetingTime) {\n      id\n      stage\n    }\n  }\n": types.ChangeInmateRequestDateDocument,
    "\n  mutation InmateTold($id: ID!) {\n    inmateRequestTold(id: $id) {\n      id\n      stage\n    }\n  }\n": types.InmateToldDocument,
    "\n  query OfficialSessions {\n    officialSessions {\n      id\n      organ\n      issuedBy\n      letterNumber\n      purpose\n      officials\n      date\n      minutes\n      status\n      inmate {\n        id\n        name\n        inmateNumber\n      }\n    }\n  }\n": types.OfficialSessionsDocument,
    "\n  query OfficialInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n": types.OfficialInmatesDocument,
    "\n  mutation ArrangeOfficialSession($input: OfficialSessionInput!) {\n    arrangeOfficialSession(input: $input) {\n      joiningCode\n      session {\n        id\n      }\n    }\n  }\n": types.ArrangeOfficialSessionDocument,
    "\n  mutation CancelOfficialSession($id: ID!) {\n    cancelOfficialSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelOfficialSessionDocument,
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
export function graphql(source: "\n  query ExtraMeetings {\n    extraMeetings {\n      id\n      month\n      reason\n      stepsRequired\n      stepsApproved\n      granted\n      nextStep\n      inmate {\n        id\n        name\n        inmateNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExtraMeetings {\n    extraMeetings {\n      id\n      month\n      reason\n      stepsRequired\n      stepsApproved\n      granted\n      nextStep\n      inmate {\n        id\n        name\n        inmateNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n"): (typeof documents)["\n  query EmergencyInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExtraMeeting($inmateId: ID!, $month: String!, $reason: String!) {\n    requestExtraMeeting(inmateId: $inmateId, month: $month, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RequestExtraMeeting($inmateId: ID!, $month: String!, $reason: String!) {\n    requestExtraMeeting(inmateId: $inmateId, month: $month, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveExtraMeeting($id: ID!) {\n    approveExtraMeeting(id: $id) {\n      id\n      stepsApproved\n      granted\n      nextStep\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveExtraMeeting($id: ID!) {\n    approveExtraMeeting(id: $id) {\n      id\n      stepsApproved\n      granted\n      nextStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovedMeetings {\n    applications(status: APPROVED, limit: 200) {\n      id\n      number\n      meetingTime\n      emergencyMinutes\n      serviceDay {\n        date\n      }\n      emergencyApproval {\n        minutes\n        meetingTime\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovedMeetings {\n    applications(status: APPROVED, limit: 200) {\n      id\n      number\n      meetingTime\n      emergencyMinutes\n      serviceDay {\n        date\n      }\n      emergencyApproval {\n        minutes\n        meetingTime\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveEmergencyMeeting($id: ID!, $reason: String!, $minutes: Int, $time: String) {\n    approveEmergencyMeeting(applicationId: $id, reason: $reason, extraMinutes: $minutes, meetingTime: $time) {\n      id\n      emergencyMinutes\n      meetingTime\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveEmergencyMeeting($id: ID!, $reason: String!, $minutes: Int, $time: String) {\n    approveEmergencyMeeting(applicationId: $id, reason: $reason, extraMinutes: $minutes, meetingTime: $time) {\n      id\n      emergencyMinutes\n      meetingTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InmateRequests {\n    inmateRequests {\n      id\n      institutionId\n      inmateName\n      reason\n      status\n      stage\n      stageDueOn\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n      relatives {\n        name\n        relation\n        idNumberMasked\n        phoneMasked\n      }\n      rejectionReasons {\n        code\n        labelKey\n        needsText\n      }\n      form1 {\n        title\n        subtitle\n        lines\n      }\n    }\n  }\n"): (typeof documents)["\n  query InmateRequests {\n    inmateRequests {\n      id\n      institutionId\n      inmateName\n      reason\n      status\n      stage\n      stageDueOn\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n      relatives {\n        name\n        relation\n        idNumberMasked\n        phoneMasked\n      }\n      rejectionReasons {\n        code\n        labelKey\n        needsText\n      }\n      form1 {\n        title\n        subtitle\n        lines\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InmateRequestChanged {\n    inmateRequestChanged {\n      id\n      status\n      stage\n    }\n  }\n"): (typeof documents)["\n  subscription InmateRequestChanged {\n    inmateRequestChanged {\n      id\n      status\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n"): (typeof documents)["\n  query RequestInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInmateMeeting($input: InmateRequestInput!) {\n    requestInmateMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RequestInmateMeeting($input: InmateRequestInput!) {\n    requestInmateMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestVenues {\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query RequestVenues {\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideInmateRequest($id: ID!, $approve: Boolean!, $serviceDayId: ID, $venueId: ID, $meetingTime: String, $reasonCode: String, $reason: String) {\n    decideInmateRequest(\n      id: $id\n      approve: $approve\n      serviceDayId: $serviceDayId\n      venueId: $venueId\n      meetingTime: $meetingTime\n      reasonCode: $reasonCode\n      reason: $reason\n    ) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation DecideInmateRequest($id: ID!, $approve: Boolean!, $serviceDayId: ID, $venueId: ID, $meetingTime: String, $reasonCode: String, $reason: String) {\n    decideInmateRequest(\n      id: $id\n      approve: $approve\n      serviceDayId: $serviceDayId\n      venueId: $venueId\n      meetingTime: $meetingTime\n      reasonCode: $reasonCode\n      reason: $reason\n    ) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeInmateRequestDate($id: ID!, $serviceDayId: ID!, $meetingTime: String) {\n    changeInmateRequestDate(id: $id, serviceDayId: $serviceDayId, meetingTime: $meetingTime) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeInmateRequestDate($id: ID!, $serviceDayId: ID!, $meetingTime: String) {\n    changeInmateRequestDate(id: $id, serviceDayId: $serviceDayId, meetingTime: $meetingTime) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InmateTold($id: ID!) {\n    inmateRequestTold(id: $id) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation InmateTold($id: ID!) {\n    inmateRequestTold(id: $id) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialSessions {\n    officialSessions {\n      id\n      organ\n      issuedBy\n      letterNumber\n      purpose\n      officials\n      date\n      minutes\n      status\n      inmate {\n        id\n        name\n        inmateNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficialSessions {\n    officialSessions {\n      id\n      organ\n      issuedBy\n      letterNumber\n      purpose\n      officials\n      date\n      minutes\n      status\n      inmate {\n        id\n        name\n        inmateNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n"): (typeof documents)["\n  query OfficialInmates($search: String) {\n    inmates(search: $search, limit: 20) {\n      id\n      name\n      inmateNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeOfficialSession($input: OfficialSessionInput!) {\n    arrangeOfficialSession(input: $input) {\n      joiningCode\n      session {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArrangeOfficialSession($input: OfficialSessionInput!) {\n    arrangeOfficialSession(input: $input) {\n      joiningCode\n      session {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOfficialSession($id: ID!) {\n    cancelOfficialSession(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOfficialSession($id: ID!) {\n    cancelOfficialSession(id: $id) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;