/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** CQ-2 / CQ-14: an assistant or translator coming with the lawyer */
export type CompanionInput = {
  name: string;
  role: RequesterType;
};

/** CQ-2: one document shown (at the desk) or uploaded */
export type CredentialInput = {
  /** A copy, base64 (≤ 2 MB) */
  file?: string | null | undefined;
  fileName?: string | null | undefined;
  /** The lawyer's account id, or the companion's name */
  holder: string;
  kind: CredentialKind;
  /** Document number or short description */
  reference: string;
};

/** CQ-2: the documents a meeting may ask for, and nothing else */
export type CredentialKind =
  | 'APPROVAL_DOCUMENT'
  | 'FIRM_LETTER'
  | 'HELP_NOTICE'
  | 'HELP_REQUEST'
  | 'IDENTITY_DOCUMENT'
  | 'INTERN_CARD'
  | 'INVESTIGATOR_PERMISSION'
  | 'LEGAL_AID_LETTER'
  | 'LEGAL_AID_WORK_CARD'
  | 'POWER_OF_ATTORNEY'
  | 'PRACTICE_CERTIFICATE';

export type LawyerComplaintInput = {
  bookingId?: string | null | undefined;
  contactId: string;
  text: string;
  /** CQ-13: ask to be heard in person */
  wantsHearing?: boolean;
};

export type LawyerComplaintStatus =
  | 'ANSWERED'
  | 'OPEN';

export type LawyerLetterStatus =
  | 'PASSED_ON'
  | 'RECEIVED'
  | 'WITHHELD';

/** CQ-1: how the letter reached the lawyer (handed over, at a meeting, by post) */
export type LawyerLetterVia =
  | 'AT_MEETING'
  | 'HANDED'
  | 'POST';

/** CQ-2: a lawyer meeting request: who asks, the documents CQ-2 names, and how to meet */
export type LawyerMeetingInput = {
  companions?: Array<CompanionInput>;
  credentials: Array<CredentialInput>;
  /** One lawyer, or two defence lawyers meeting together (CQ-7) */
  lawyerAccountIds: Array<string>;
  minutes?: number;
  mode?: LawyerMeetingMode;
  purpose?: LawyerMeetingPurpose;
  requesterType: RequesterType;
};

export type LawyerMeetingMode =
  | 'IN_PERSON'
  | 'REMOTE';

export type LawyerMeetingPurpose =
  | 'MANDATE_END'
  | 'MEETING';

export type MandateKind =
  | 'DEFENCE'
  | 'DUTY'
  | 'LEGAL_AID';

export type MeetingState =
  | 'CANCELLED'
  | 'ENDED'
  | 'INTERRUPTED'
  | 'LIVE'
  | 'SCHEDULED'
  | 'TERMINATED';

/** CQ-5: at the desk, online or by phone */
export type QueueChannel =
  | 'DESK'
  | 'ONLINE'
  | 'PHONE';

export type QueueEntryStatus =
  | 'ARRANGED'
  | 'BOOKED'
  | 'CANCELLED'
  | 'REFUSED_BY_SUSPECT'
  | 'WAITING';

export type RequesterType =
  | 'ASSISTANT'
  | 'DEFENCE_LAWYER'
  | 'DUTY_LAWYER'
  | 'TRANSLATOR';

export type RegistrationBureausQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrationBureausQuery = { countyBureaus: Array<{ id: string, name: string, kind: string }> };

export type RegisterLawyerMutationVariables = Exact<{
  username: string;
  password: string;
  name: string;
  phone: string;
  certificateNumber: string;
  firm: string;
  bureauId: string;
}>;


export type RegisterLawyerMutation = { registerLawyer: { accountId: string, status: string } };

export type BookingContextQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingContextQuery = { detentionCentres: Array<{ id: string, name: string }>, me: { id: string } };

export type BookLawyerMeetingMutationVariables = Exact<{
  c: string;
  n: string;
  id: string;
  i: LawyerMeetingInput;
}>;


export type BookLawyerMeetingMutation = { bookLawyerMeeting: { id: string, status: QueueEntryStatus } };

export type AfterMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AfterMeetingsQuery = { myLawyerMeetings: Array<{ id: string, status: QueueEntryStatus, startsAt: string | null, centre: { id: string, name: string }, suspect: { id: string, name: string } }>, lawyerComplaints: Array<{ id: string, centreId: string, contactId: string, text: string, wantsHearing: boolean, filedAt: string, status: LawyerComplaintStatus, feedback: string | null, heardInPerson: boolean, answeredAt: string | null }> };

export type ComplaintContactsQueryVariables = Exact<{
  c: string;
}>;


export type ComplaintContactsQuery = { complaintContacts: Array<{ id: string, organ: string, organName: string, contactName: string, phone: string }> };

export type EvaluateLawyerMeetingMutationVariables = Exact<{
  b: string;
  s: number;
  c?: string | null | undefined;
}>;


export type EvaluateLawyerMeetingMutation = { evaluateLawyerMeeting: { id: string, score: number } };

export type FileLawyerComplaintMutationVariables = Exact<{
  i: LawyerComplaintInput;
}>;


export type FileLawyerComplaintMutation = { fileLawyerComplaint: { id: string, status: LawyerComplaintStatus } };

export type LawyerMeetingsTodayQueryVariables = Exact<{
  date: string;
}>;


export type LawyerMeetingsTodayQuery = { meetings: Array<{ id: string, bookingId: string, state: MeetingState }> };

export type LawyerMeetingChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LawyerMeetingChangedSubscription = { meetingChanged: { id: string, bookingId: string, state: MeetingState } };

export type RaiseMeetingAlarmMutationVariables = Exact<{
  m: string;
  k: string;
}>;


export type RaiseMeetingAlarmMutation = { raiseMeetingAlarm: { id: string, kind: string } };

export type MyLawyerMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLawyerMeetingsQuery = { myLawyerMeetings: Array<{ id: string, status: QueueEntryStatus, seq: string | null, position: number | null, dueAt: string | null, overdue: boolean, startsAt: string | null, mode: LawyerMeetingMode, purpose: LawyerMeetingPurpose, minutes: number, refusalText: string | null, channel: QueueChannel, centre: { id: string, name: string }, suspect: { id: string, name: string, suspectNumber: string }, room: { id: string, name: string } | null, credentials: Array<{ kind: CredentialKind, reference: string, source: string, fileName: string | null }> }>, myMandates: Array<{ id: string, kind: MandateKind, suspect: { id: string, name: string, suspectNumber: string, centre: { id: string, name: string } } }>, myLetters: Array<{ id: string, status: LawyerLetterStatus, receivedAt: string, passedAt: string | null, via: LawyerLetterVia | null, withheldGround: string | null, suspect: { id: string, name: string }, centre: { id: string, name: string } }> };

export type MyQueueEntryChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyQueueEntryChangedSubscription = { queueEntryChanged: { id: string, status: QueueEntryStatus } };


export const RegistrationBureausDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RegistrationBureausQuery, RegistrationBureausQueryVariables>;
export const RegisterLawyerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterLawyer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certificateNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLawyer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"Argument","name":{"kind":"Name","value":"certificateNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certificateNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"firm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firm"}}},{"kind":"Argument","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RegisterLawyerMutation, RegisterLawyerMutationVariables>;
export const BookingContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detentionCentres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BookingContextQuery, BookingContextQueryVariables>;
export const BookLawyerMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookLawyerMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LawyerMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookLawyerMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centreId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"suspectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"Argument","name":{"kind":"Name","value":"suspectIdNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BookLawyerMeetingMutation, BookLawyerMeetingMutationVariables>;
export const AfterMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfterMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLawyerMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lawyerComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"centreId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"wantsHearing"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"heardInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<AfterMeetingsQuery, AfterMeetingsQueryVariables>;
export const ComplaintContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centreId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organ"}},{"kind":"Field","name":{"kind":"Name","value":"organName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ComplaintContactsQuery, ComplaintContactsQueryVariables>;
export const EvaluateLawyerMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateLawyerMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateLawyerMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"score"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<EvaluateLawyerMeetingMutation, EvaluateLawyerMeetingMutationVariables>;
export const FileLawyerComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileLawyerComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LawyerComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileLawyerComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FileLawyerComplaintMutation, FileLawyerComplaintMutationVariables>;
export const LawyerMeetingsTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawyerMeetingsToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<LawyerMeetingsTodayQuery, LawyerMeetingsTodayQueryVariables>;
export const LawyerMeetingChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LawyerMeetingChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<LawyerMeetingChangedSubscription, LawyerMeetingChangedSubscriptionVariables>;
export const RaiseMeetingAlarmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseMeetingAlarm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseMeetingAlarm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RaiseMeetingAlarmMutation, RaiseMeetingAlarmMutationVariables>;
export const MyLawyerMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLawyerMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLawyerMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"refusalText"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspectNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myMandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"suspect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"passedAt"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"withheldGround"}},{"kind":"Field","name":{"kind":"Name","value":"suspect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyLawyerMeetingsQuery, MyLawyerMeetingsQueryVariables>;
export const MyQueueEntryChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyQueueEntryChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueEntryChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MyQueueEntryChangedSubscription, MyQueueEntryChangedSubscriptionVariables>;