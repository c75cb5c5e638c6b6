/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type InmateRequestInput = {
  /** Form 1’s applicant: the inmate’s name */
  inmateName: string;
  reason: string;
  relatives: Array<NamedRelativeInput>;
  subjectId: string;
};

export type NamedRelativeInput = {
  address: string;
  idNumber: string;
  name: string;
  phone: string;
  relation: Relation;
};

/** YN-34: an organ’s request, as its official letter gives it */
export type OfficialSessionInput = {
  /** YYYY-MM-DD, China Standard Time */
  date: string;
  inmateId: string;
  /** The organ’s name as on its letter */
  issuedBy: string;
  /** The letter’s number (公函文号) */
  letterNumber: string;
  minutes: number;
  officials: Array<string>;
  /** COURT, PROCURATORATE, POLICE, DISCIPLINE_COMMISSION or NOTARY */
  organ: string;
  /** INTERROGATION, HEARING, INVESTIGATION, NOTARISATION or OTHER */
  purpose: string;
};

export type OfficialSessionStatus =
  | 'ARRANGED'
  | 'CANCELLED';

/** 亲属关系 Relation to the subject (YN-36 relatives, YN-37 guardians) */
export type Relation =
  | 'CHILD'
  | 'GRANDCHILD'
  | 'GRANDPARENT'
  | 'GUARDIAN'
  | 'IN_LAW'
  | 'OTHER_RELATIVE'
  | 'PARENT'
  | 'SIBLING'
  | 'SPOUSE';

export type ExtraMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExtraMeetingsQuery = { extraMeetings: Array<{ id: string, month: string, reason: string, stepsRequired: number, stepsApproved: number, granted: boolean, nextStep: string | null, inmate: { id: string, name: string, inmateNumber: string } }> };

export type EmergencyInmatesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type EmergencyInmatesQuery = { inmates: Array<{ id: string, name: string, inmateNumber: string }> };

export type RequestExtraMeetingMutationVariables = Exact<{
  inmateId: string;
  month: string;
  reason: string;
}>;


export type RequestExtraMeetingMutation = { requestExtraMeeting: { id: string } };

export type ApproveExtraMeetingMutationVariables = Exact<{
  id: string;
}>;


export type ApproveExtraMeetingMutation = { approveExtraMeeting: { id: string, stepsApproved: number, granted: boolean, nextStep: string | null } };

export type ApprovedMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovedMeetingsQuery = { applications: Array<{ id: string, number: string, meetingTime: string | null, emergencyMinutes: number, serviceDay: { date: string }, emergencyApproval: { minutes: number, meetingTime: string | null } | null }> };

export type ApproveEmergencyMeetingMutationVariables = Exact<{
  id: string;
  reason: string;
  minutes?: number | null | undefined;
  time?: string | null | undefined;
}>;


export type ApproveEmergencyMeetingMutation = { approveEmergencyMeeting: { id: string, emergencyMinutes: number, meetingTime: string | null } };

export type InmateRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type InmateRequestsQuery = { inmateRequests: Array<{ id: string, institutionId: string, inmateName: string, reason: string, status: string, stage: string, stageDueOn: string | null, rejectionKeyed: { key: string, params: string, rule: string | null } | null, relatives: Array<{ name: string, relation: Relation, idNumberMasked: string, phoneMasked: string }>, rejectionReasons: Array<{ code: string, labelKey: string, needsText: boolean }>, form1: { title: string, subtitle: string, lines: Array<string> } }> };

export type InmateRequestChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InmateRequestChangedSubscription = { inmateRequestChanged: { id: string, status: string, stage: string } };

export type RequestInmatesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type RequestInmatesQuery = { inmates: Array<{ id: string, name: string, inmateNumber: string }> };

export type RequestInmateMeetingMutationVariables = Exact<{
  input: InmateRequestInput;
}>;


export type RequestInmateMeetingMutation = { requestInmateMeeting: { id: string } };

export type RequestVenuesQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestVenuesQuery = { countyBureaus: Array<{ id: string, name: string, kind: string }> };

export type DecideInmateRequestMutationVariables = Exact<{
  id: string;
  approve: boolean;
  serviceDayId?: string | null | undefined;
  venueId?: string | null | undefined;
  meetingTime?: string | null | undefined;
  reasonCode?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type DecideInmateRequestMutation = { decideInmateRequest: { id: string, stage: string } };

export type ChangeInmateRequestDateMutationVariables = Exact<{
  id: string;
  serviceDayId: string;
  meetingTime?: string | null | undefined;
}>;


export type ChangeInmateRequestDateMutation = { changeInmateRequestDate: { id: string, stage: string } };

export type InmateToldMutationVariables = Exact<{
  id: string;
}>;


export type InmateToldMutation = { inmateRequestTold: { id: string, stage: string } };

export type OfficialSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficialSessionsQuery = { officialSessions: Array<{ id: string, organ: string, issuedBy: string, letterNumber: string, purpose: string, officials: Array<string>, date: string, minutes: number, status: OfficialSessionStatus, inmate: { id: string, name: string, inmateNumber: string } }> };

export type OfficialInmatesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type OfficialInmatesQuery = { inmates: Array<{ id: string, name: string, inmateNumber: string }> };

export type ArrangeOfficialSessionMutationVariables = Exact<{
  input: OfficialSessionInput;
}>;


export type ArrangeOfficialSessionMutation = { arrangeOfficialSession: { joiningCode: string, session: { id: string } } };

export type CancelOfficialSessionMutationVariables = Exact<{
  id: string;
}>;


export type CancelOfficialSessionMutation = { cancelOfficialSession: { id: string, status: OfficialSessionStatus } };


export const ExtraMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExtraMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extraMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stepsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"stepsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"inmate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inmateNumber"}}]}}]}}]}}]} as unknown as DocumentNode<ExtraMeetingsQuery, ExtraMeetingsQueryVariables>;
export const EmergencyInmatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyInmates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inmates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inmateNumber"}}]}}]}}]} as unknown as DocumentNode<EmergencyInmatesQuery, EmergencyInmatesQueryVariables>;
export const RequestExtraMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExtraMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inmateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtraMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inmateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inmateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestExtraMeetingMutation, RequestExtraMeetingMutationVariables>;
export const ApproveExtraMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveExtraMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveExtraMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stepsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]} as unknown as DocumentNode<ApproveExtraMeetingMutation, ApproveExtraMeetingMutationVariables>;
export const ApprovedMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovedMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPROVED"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTime"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTime"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovedMeetingsQuery, ApprovedMeetingsQueryVariables>;
export const ApproveEmergencyMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveEmergencyMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"time"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveEmergencyMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"extraMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"meetingTime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"time"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTime"}}]}}]}}]} as unknown as DocumentNode<ApproveEmergencyMeetingMutation, ApproveEmergencyMeetingMutationVariables>;
export const InmateRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InmateRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inmateRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"inmateName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionKeyed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"needsText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form1"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}}]}}]}}]} as unknown as DocumentNode<InmateRequestsQuery, InmateRequestsQueryVariables>;
export const InmateRequestChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InmateRequestChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inmateRequestChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<InmateRequestChangedSubscription, InmateRequestChangedSubscriptionVariables>;
export const RequestInmatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestInmates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inmates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inmateNumber"}}]}}]}}]} as unknown as DocumentNode<RequestInmatesQuery, RequestInmatesQueryVariables>;
export const RequestInmateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestInmateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InmateRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestInmateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestInmateMeetingMutation, RequestInmateMeetingMutationVariables>;
export const RequestVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestVenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RequestVenuesQuery, RequestVenuesQueryVariables>;
export const DecideInmateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideInmateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceDayId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingTime"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideInmateRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceDayId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceDayId"}}},{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"meetingTime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingTime"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasonCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<DecideInmateRequestMutation, DecideInmateRequestMutationVariables>;
export const ChangeInmateRequestDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeInmateRequestDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceDayId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingTime"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeInmateRequestDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceDayId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceDayId"}}},{"kind":"Argument","name":{"kind":"Name","value":"meetingTime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ChangeInmateRequestDateMutation, ChangeInmateRequestDateMutationVariables>;
export const InmateToldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InmateTold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inmateRequestTold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<InmateToldMutation, InmateToldMutationVariables>;
export const OfficialSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organ"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"letterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"officials"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inmate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inmateNumber"}}]}}]}}]}}]} as unknown as DocumentNode<OfficialSessionsQuery, OfficialSessionsQueryVariables>;
export const OfficialInmatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialInmates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inmates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inmateNumber"}}]}}]}}]} as unknown as DocumentNode<OfficialInmatesQuery, OfficialInmatesQueryVariables>;
export const ArrangeOfficialSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeOfficialSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficialSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrangeOfficialSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joiningCode"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ArrangeOfficialSessionMutation, ArrangeOfficialSessionMutationVariables>;
export const CancelOfficialSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOfficialSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOfficialSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelOfficialSessionMutation, CancelOfficialSessionMutationVariables>;