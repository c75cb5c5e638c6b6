/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** CQ-2 / CQ-3: ordinary, state security, terrorism, or unclear (temporary holding) */
export type CaseCategory =
  | 'ORDINARY'
  | 'STATE_SECURITY'
  | 'TERRORISM'
  | 'UNCLEAR';

/** 案件阶段 investigation, prosecution, trial */
export type CaseStage =
  | 'INVESTIGATION'
  | 'PROSECUTION'
  | 'TRIAL';

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

export type LawyerViolationInput = {
  /** The lawyer meeting (its booking id) */
  bookingId: string;
  /** The county justice bureau to report to */
  bureauId: string;
  /** Required for OTHER */
  details?: string | null | undefined;
  /** A code of lawyerViolationGrounds (CQ-14) */
  ground: string;
  /** Which of the meeting’s lawyers */
  lawyerAccountId?: string | null | undefined;
};

export type LawyerViolationStatus =
  | 'HANDLED'
  | 'REPORTED';

/** CQ-1: what the suspect asked for */
export type LegalHelpKind =
  | 'LEGAL_AID'
  | 'LEGAL_HELP'
  | 'RETAIN_LAWYER';

export type MeetingKind =
  | 'FAMILY'
  | 'LAWYER'
  | 'OFFICIAL';

/** CQ-7: standard, quick (≤30 min) or video room */
export type MeetingRoomKind =
  | 'QUICK'
  | 'STANDARD'
  | 'VIDEO';

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

/** CQ-3: lawyer meetings and interrogations (提讯提解) share one queue */
export type QueueEntryKind =
  | 'ESCORT'
  | 'INTERROGATION'
  | 'LAWYER_MEETING';

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

export type OpenMeetingAlarmsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenMeetingAlarmsQuery = { openMeetingAlarms: Array<{ id: string, kind: string, meetingId: string, raisedAt: string }> };

export type MeetingAlarmRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MeetingAlarmRaisedSubscription = { meetingAlarmRaised: { id: string, kind: string, acknowledgedAt: string | null } };

export type AcknowledgeMeetingAlarmMutationVariables = Exact<{
  id: string;
}>;


export type AcknowledgeMeetingAlarmMutation = { acknowledgeMeetingAlarm: { id: string, acknowledgedAt: string | null } };

export type MyAlertPhoneQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAlertPhoneQuery = { me: { id: string, phoneMasked: string | null } };

export type SetMyAlertPhoneMutationVariables = Exact<{
  p: string;
}>;


export type SetMyAlertPhoneMutation = { setMyAlertPhone: { id: string, phoneMasked: string | null } };

export type LegalHelpQueryVariables = Exact<{ [key: string]: never; }>;


export type LegalHelpQuery = { legalHelpRequests: Array<{ id: string, kind: LegalHelpKind, filedAt: string, passedTo: string | null, passedAt: string | null, dueAt: string | null, alert: string, dutyLawyerAccountId: string | null, suspectId: string }>, suspects: Array<{ id: string, name: string, suspectNumber: string }>, dutyLawyers: Array<{ accountId: string, name: string, firm: string }> };

export type RecordLegalHelpMutationVariables = Exact<{
  s: string;
  k: LegalHelpKind;
}>;


export type RecordLegalHelpMutation = { recordLegalHelpRequest: { id: string } };

export type HandLegalHelpMutationVariables = Exact<{
  r: string;
  l: string;
}>;


export type HandLegalHelpMutation = { handLegalHelpToDutyLawyer: { id: string } };

export type LawyerLettersQueryVariables = Exact<{ [key: string]: never; }>;


export type LawyerLettersQuery = { lawyerLetters: Array<{ id: string, status: LawyerLetterStatus, receivedAt: string, passedAt: string | null, via: LawyerLetterVia | null, withheldGround: string | null, withheldApprovedBy: string | null, lawyerAccountId: string, suspect: { id: string, name: string, suspectNumber: string } }>, suspects: Array<{ id: string, name: string, suspectNumber: string }> };

export type MandatedLawyersQueryVariables = Exact<{
  s: string;
}>;


export type MandatedLawyersQuery = { mandatedLawyers: Array<{ accountId: string, name: string, firm: string }> };

export type ReceiveSuspectLetterMutationVariables = Exact<{
  s: string;
  l: string;
}>;


export type ReceiveSuspectLetterMutation = { receiveSuspectLetter: { id: string } };

export type PassLetterOnMutationVariables = Exact<{
  id: string;
  v: LawyerLetterVia;
}>;


export type PassLetterOnMutation = { passLetterOn: { id: string, status: LawyerLetterStatus } };

export type WithholdLetterMutationVariables = Exact<{
  id: string;
  g: string;
  a?: string | null | undefined;
}>;


export type WithholdLetterMutation = { withholdLetter: { id: string, status: LawyerLetterStatus } };

export type LawyerRoomMeetingsQueryVariables = Exact<{
  date: string;
}>;


export type LawyerRoomMeetingsQuery = { meetings: Array<{ id: string, bookingId: string, state: MeetingState, kind: MeetingKind, bookedMinutes: number | null, startedAt: string | null, endReasonKeyed: { key: string, params: string, rule: string | null } | null }> };

export type LawyerRoomMeetingChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LawyerRoomMeetingChangedSubscription = { meetingChanged: { id: string, state: MeetingState } };

export type LawyerRoomDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type LawyerRoomDeskQuery = { lawyerQueue: Array<{ id: string, startsAt: string | null, suspect: { name: string, suspectNumber: string }, room: { name: string } | null, lawyers: Array<{ accountId: string, name: string, firm: string }>, companions: Array<{ role: RequesterType, name: string }> }>, lawyerViolationGrounds: Array<{ code: string, labelKey: string, needsText: boolean }>, countyBureaus: Array<{ id: string, name: string, kind: string }> };

export type RoomMeetingAlarmsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoomMeetingAlarmsQuery = { openMeetingAlarms: Array<{ id: string, kind: string, meetingId: string, raisedAt: string }> };

export type LawyerRoomAlarmSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LawyerRoomAlarmSubscription = { meetingAlarmRaised: { id: string, kind: string, acknowledgedAt: string | null } };

export type StartLawyerMeetingMutationVariables = Exact<{
  id: string;
}>;


export type StartLawyerMeetingMutation = { startMeeting: { id: string, state: MeetingState, secondsLeft: number | null } };

export type ReportLawyerViolationMutationVariables = Exact<{
  i: LawyerViolationInput;
}>;


export type ReportLawyerViolationMutation = { reportLawyerViolation: { id: string, status: LawyerViolationStatus } };

export type LawyerQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type LawyerQueueQuery = { lawyerQueue: Array<{ id: string, seq: string | null, kind: QueueEntryKind, status: QueueEntryStatus, channel: QueueChannel, mode: LawyerMeetingMode, purpose: LawyerMeetingPurpose, minutes: number, dueAt: string | null, overdue: boolean, position: number | null, startsAt: string | null, caseUnit: string | null, officers: string | null, requesterType: RequesterType | null, refusalText: string | null, handedOverAt: string | null, identityConfirmed: boolean, lawyerAccountIds: Array<string>, suspect: { id: string, name: string, suspectNumber: string, caseStage: CaseStage, caseCategory: CaseCategory }, room: { id: string, name: string } | null, credentials: Array<{ kind: CredentialKind, reference: string, source: string }> }>, meetingRooms: Array<{ id: string, name: string, kind: MeetingRoomKind }> };

export type QueueEntryChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueEntryChangedSubscription = { queueEntryChanged: { id: string, status: QueueEntryStatus } };

export type ArrangeMutationVariables = Exact<{
  e: string;
  r: string;
  at: string;
  l?: string | null | undefined;
}>;


export type ArrangeMutation = { arrangeQueueEntry: { id: string, status: QueueEntryStatus } };

export type AcceptBookingMutationVariables = Exact<{
  e: string;
}>;


export type AcceptBookingMutation = { acceptLawyerBooking: { id: string, status: QueueEntryStatus } };

export type RefuseMutationVariables = Exact<{
  e: string;
  t: string;
}>;


export type RefuseMutation = { recordSuspectRefusal: { id: string, status: QueueEntryStatus } };

export type HandoverMutationVariables = Exact<{
  e: string;
  ok: boolean;
  note?: string | null | undefined;
}>;


export type HandoverMutation = { recordHandover: { id: string, handedOverAt: string | null } };

export type DeskSuspectsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskSuspectsQuery = { suspects: Array<{ id: string, name: string, suspectNumber: string, caseStage: CaseStage, caseCategory: CaseCategory }> };

export type LawyerByCertificateQueryVariables = Exact<{
  n: string;
}>;


export type LawyerByCertificateQuery = { lawyerByCertificate: { accountId: string, name: string, firm: string } | null };

export type AcceptAtDeskMutationVariables = Exact<{
  s: string;
  i: LawyerMeetingInput;
}>;


export type AcceptAtDeskMutation = { acceptLawyerAtDesk: { id: string, seq: string | null } };

export type AcceptInterrogationMutationVariables = Exact<{
  s: string;
  u: string;
  o: string;
  m: number;
}>;


export type AcceptInterrogationMutation = { acceptInterrogation: { id: string, seq: string | null } };


export const OpenMeetingAlarmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenMeetingAlarms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openMeetingAlarms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}}]}}]} as unknown as DocumentNode<OpenMeetingAlarmsQuery, OpenMeetingAlarmsQueryVariables>;
export const MeetingAlarmRaisedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingAlarmRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingAlarmRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<MeetingAlarmRaisedSubscription, MeetingAlarmRaisedSubscriptionVariables>;
export const AcknowledgeMeetingAlarmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeMeetingAlarm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeMeetingAlarm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeMeetingAlarmMutation, AcknowledgeMeetingAlarmMutationVariables>;
export const MyAlertPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAlertPhone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}}]}}]}}]} as unknown as DocumentNode<MyAlertPhoneQuery, MyAlertPhoneQueryVariables>;
export const SetMyAlertPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyAlertPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyAlertPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}}]}}]}}]} as unknown as DocumentNode<SetMyAlertPhoneMutation, SetMyAlertPhoneMutationVariables>;
export const LegalHelpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalHelp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalHelpRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"passedTo"}},{"kind":"Field","name":{"kind":"Name","value":"passedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"dutyLawyerAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"suspectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspectNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyLawyers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firm"}}]}}]}}]} as unknown as DocumentNode<LegalHelpQuery, LegalHelpQueryVariables>;
export const RecordLegalHelpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLegalHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalHelpKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLegalHelpRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"suspectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordLegalHelpMutation, RecordLegalHelpMutationVariables>;
export const HandLegalHelpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandLegalHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handLegalHelpToDutyLawyer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"lawyerAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HandLegalHelpMutation, HandLegalHelpMutationVariables>;
export const LawyerLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawyerLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lawyerLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"passedAt"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"withheldGround"}},{"kind":"Field","name":{"kind":"Name","value":"withheldApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"lawyerAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"suspect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspectNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspectNumber"}}]}}]}}]} as unknown as DocumentNode<LawyerLettersQuery, LawyerLettersQueryVariables>;
export const MandatedLawyersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MandatedLawyers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mandatedLawyers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"suspectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firm"}}]}}]}}]} as unknown as DocumentNode<MandatedLawyersQuery, MandatedLawyersQueryVariables>;
export const ReceiveSuspectLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveSuspectLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveSuspectLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"suspectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"lawyerAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReceiveSuspectLetterMutation, ReceiveSuspectLetterMutationVariables>;
export const PassLetterOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PassLetterOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LawyerLetterVia"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passLetterOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"letterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"via"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PassLetterOnMutation, PassLetterOnMutationVariables>;
export const WithholdLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithholdLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withholdLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"letterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"ground"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}},{"kind":"Argument","name":{"kind":"Name","value":"approvedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithholdLetterMutation, WithholdLetterMutationVariables>;
export const LawyerRoomMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawyerRoomMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bookedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReasonKeyed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<LawyerRoomMeetingsQuery, LawyerRoomMeetingsQueryVariables>;
export const LawyerRoomMeetingChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LawyerRoomMeetingChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<LawyerRoomMeetingChangedSubscription, LawyerRoomMeetingChangedSubscriptionVariables>;
export const LawyerRoomDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawyerRoomDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lawyerQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ARRANGED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspectNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lawyers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lawyerViolationGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"needsText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countyBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<LawyerRoomDeskQuery, LawyerRoomDeskQueryVariables>;
export const RoomMeetingAlarmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomMeetingAlarms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openMeetingAlarms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}}]}}]} as unknown as DocumentNode<RoomMeetingAlarmsQuery, RoomMeetingAlarmsQueryVariables>;
export const LawyerRoomAlarmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LawyerRoomAlarm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingAlarmRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<LawyerRoomAlarmSubscription, LawyerRoomAlarmSubscriptionVariables>;
export const StartLawyerMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartLawyerMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}}]}}]}}]} as unknown as DocumentNode<StartLawyerMeetingMutation, StartLawyerMeetingMutationVariables>;
export const ReportLawyerViolationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportLawyerViolation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LawyerViolationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportLawyerViolation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReportLawyerViolationMutation, ReportLawyerViolationMutationVariables>;
export const LawyerQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawyerQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lawyerQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"officers"}},{"kind":"Field","name":{"kind":"Name","value":"requesterType"}},{"kind":"Field","name":{"kind":"Name","value":"refusalText"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"identityConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"lawyerAccountIds"}},{"kind":"Field","name":{"kind":"Name","value":"suspect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseStage"}},{"kind":"Field","name":{"kind":"Name","value":"caseCategory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<LawyerQueueQuery, LawyerQueueQueryVariables>;
export const QueueEntryChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueEntryChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueEntryChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<QueueEntryChangedSubscription, QueueEntryChangedSubscriptionVariables>;
export const ArrangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Arrange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrangeQueueEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"roomId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"leaderApproval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArrangeMutation, ArrangeMutationVariables>;
export const AcceptBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptLawyerBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptBookingMutation, AcceptBookingMutationVariables>;
export const RefuseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refuse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSuspectRefusal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RefuseMutation, RefuseMutationVariables>;
export const HandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Handover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ok"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"identityConfirmed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ok"}}},{"kind":"Argument","name":{"kind":"Name","value":"computerNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}}]}}]}}]} as unknown as DocumentNode<HandoverMutation, HandoverMutationVariables>;
export const DeskSuspectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskSuspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseStage"}},{"kind":"Field","name":{"kind":"Name","value":"caseCategory"}}]}}]}}]} as unknown as DocumentNode<DeskSuspectsQuery, DeskSuspectsQueryVariables>;
export const LawyerByCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawyerByCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lawyerByCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certificateNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firm"}}]}}]}}]} as unknown as DocumentNode<LawyerByCertificateQuery, LawyerByCertificateQueryVariables>;
export const AcceptAtDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAtDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LawyerMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptLawyerAtDesk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"suspectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<AcceptAtDeskMutation, AcceptAtDeskMutationVariables>;
export const AcceptInterrogationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInterrogation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInterrogation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"suspectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseUnit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"officers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<AcceptInterrogationMutation, AcceptInterrogationMutationVariables>;