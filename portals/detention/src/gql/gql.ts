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
    "query OpenMeetingAlarms { openMeetingAlarms { id kind meetingId raisedAt } }": typeof types.OpenMeetingAlarmsDocument,
    "subscription MeetingAlarmRaised { meetingAlarmRaised { id kind acknowledgedAt } }": typeof types.MeetingAlarmRaisedDocument,
    "mutation AcknowledgeMeetingAlarm($id: ID!) { acknowledgeMeetingAlarm(id: $id) { id acknowledgedAt } }": typeof types.AcknowledgeMeetingAlarmDocument,
    "query MyAlertPhone { me { id phoneMasked } }": typeof types.MyAlertPhoneDocument,
    "mutation SetMyAlertPhone($p: String!) { setMyAlertPhone(phone: $p) { id phoneMasked } }": typeof types.SetMyAlertPhoneDocument,
    "query LegalHelp {\n  legalHelpRequests { id kind filedAt passedTo passedAt dueAt alert dutyLawyerAccountId suspectId }\n  suspects(limit: 200) { id name suspectNumber }\n  dutyLawyers { accountId name firm }\n}": typeof types.LegalHelpDocument,
    "mutation RecordLegalHelp($s: ID!, $k: LegalHelpKind!) { recordLegalHelpRequest(suspectId: $s, kind: $k) { id } }": typeof types.RecordLegalHelpDocument,
    "mutation HandLegalHelp($r: ID!, $l: ID!) { handLegalHelpToDutyLawyer(requestId: $r, lawyerAccountId: $l) { id } }": typeof types.HandLegalHelpDocument,
    "query LawyerLetters {\n  lawyerLetters { id status receivedAt passedAt via withheldGround withheldApprovedBy lawyerAccountId suspect { id name suspectNumber } }\n  suspects(limit: 200) { id name suspectNumber }\n}": typeof types.LawyerLettersDocument,
    "query MandatedLawyers($s: ID!) { mandatedLawyers(suspectId: $s) { accountId name firm } }": typeof types.MandatedLawyersDocument,
    "mutation ReceiveSuspectLetter($s: ID!, $l: ID!) { receiveSuspectLetter(suspectId: $s, lawyerAccountId: $l) { id } }": typeof types.ReceiveSuspectLetterDocument,
    "mutation PassLetterOn($id: ID!, $v: LawyerLetterVia!) { passLetterOn(letterId: $id, via: $v) { id status } }": typeof types.PassLetterOnDocument,
    "mutation WithholdLetter($id: ID!, $g: String!, $a: String) { withholdLetter(letterId: $id, ground: $g, approvedBy: $a) { id status } }": typeof types.WithholdLetterDocument,
    "query LawyerRoomMeetings($date: String!) {\n  meetings(date: $date) { id bookingId state kind bookedMinutes startedAt endReasonKeyed { key params rule } } }": typeof types.LawyerRoomMeetingsDocument,
    "subscription LawyerRoomMeetingChanged { meetingChanged { id state } }": typeof types.LawyerRoomMeetingChangedDocument,
    "query LawyerRoomDesk {\n  lawyerQueue(status: [ARRANGED]) { id startsAt suspect { name suspectNumber } room { name } lawyers { accountId name firm } companions { role name } }\n  lawyerViolationGrounds { code labelKey needsText }\n  countyBureaus { id name kind }\n}": typeof types.LawyerRoomDeskDocument,
    "query RoomMeetingAlarms { openMeetingAlarms { id kind meetingId raisedAt } }": typeof types.RoomMeetingAlarmsDocument,
    "subscription LawyerRoomAlarm { meetingAlarmRaised { id kind acknowledgedAt } }": typeof types.LawyerRoomAlarmDocument,
    "mutation StartLawyerMeeting($id: ID!) { startMeeting(id: $id) { id state secondsLeft } }": typeof types.StartLawyerMeetingDocument,
    "mutation ReportLawyerViolation($i: LawyerViolationInput!) { reportLawyerViolation(input: $i) { id status } }": typeof types.ReportLawyerViolationDocument,
    "query LawyerQueue {\n  lawyerQueue { id seq kind status channel mode purpose minutes dueAt overdue position startsAt caseUnit officers requesterType refusalText\n    handedOverAt identityConfirmed lawyerAccountIds suspect { id name suspectNumber caseStage caseCategory } room { id name } credentials { kind reference source } }\n  meetingRooms { id name kind }\n}": typeof types.LawyerQueueDocument,
    "subscription QueueEntryChanged { queueEntryChanged { id status } }": typeof types.QueueEntryChangedDocument,
    "mutation Arrange($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) { arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) { id status } }": typeof types.ArrangeDocument,
    "mutation AcceptBooking($e: ID!) { acceptLawyerBooking(entryId: $e) { id status } }": typeof types.AcceptBookingDocument,
    "mutation Refuse($e: ID!, $t: String!) { recordSuspectRefusal(entryId: $e, text: $t) { id status } }": typeof types.RefuseDocument,
    "mutation Handover($e: ID!, $ok: Boolean!, $note: String) { recordHandover(entryId: $e, identityConfirmed: $ok, computerNote: $note) { id handedOverAt } }": typeof types.HandoverDocument,
    "query DeskSuspects { suspects(limit: 200) { id name suspectNumber caseStage caseCategory } }": typeof types.DeskSuspectsDocument,
    "query LawyerByCertificate($n: String!) { lawyerByCertificate(certificateNumber: $n) { accountId name firm } }": typeof types.LawyerByCertificateDocument,
    "mutation AcceptAtDesk($s: ID!, $i: LawyerMeetingInput!) { acceptLawyerAtDesk(suspectId: $s, input: $i) { id seq } }": typeof types.AcceptAtDeskDocument,
    "mutation AcceptInterrogation($s: ID!, $u: String!, $o: String!, $m: Int!) { acceptInterrogation(suspectId: $s, caseUnit: $u, officers: $o, minutes: $m) { id seq } }": typeof types.AcceptInterrogationDocument,
};
const documents: Documents = {
    "query OpenMeetingAlarms { openMeetingAlarms { id kind meetingId raisedAt } }": types.OpenMeetingAlarmsDocument,
    "subscription MeetingAlarmRaised { meetingAlarmRaised { id kind acknowledgedAt } }": types.MeetingAlarmRaisedDocument,
    "mutation AcknowledgeMeetingAlarm($id: ID!) { acknowledgeMeetingAlarm(id: $id) { id acknowledgedAt } }": types.AcknowledgeMeetingAlarmDocument,
    "query MyAlertPhone { me { id phoneMasked } }": types.MyAlertPhoneDocument,
    "mutation SetMyAlertPhone($p: String!) { setMyAlertPhone(phone: $p) { id phoneMasked } }": types.SetMyAlertPhoneDocument,
    "query LegalHelp {\n  legalHelpRequests { id kind filedAt passedTo passedAt dueAt alert dutyLawyerAccountId suspectId }\n  suspects(limit: 200) { id name suspectNumber }\n  dutyLawyers { accountId name firm }\n}": types.LegalHelpDocument,
    "mutation RecordLegalHelp($s: ID!, $k: LegalHelpKind!) { recordLegalHelpRequest(suspectId: $s, kind: $k) { id } }": types.RecordLegalHelpDocument,
    "mutation HandLegalHelp($r: ID!, $l: ID!) { handLegalHelpToDutyLawyer(requestId: $r, lawyerAccountId: $l) { id } }": types.HandLegalHelpDocument,
    "query LawyerLetters {\n  lawyerLetters { id status receivedAt passedAt via withheldGround withheldApprovedBy lawyerAccountId suspect { id name suspectNumber } }\n  suspects(limit: 200) { id name suspectNumber }\n}": types.LawyerLettersDocument,
    "query MandatedLawyers($s: ID!) { mandatedLawyers(suspectId: $s) { accountId name firm } }": types.MandatedLawyersDocument,
    "mutation ReceiveSuspectLetter($s: ID!, $l: ID!) { receiveSuspectLetter(suspectId: $s, lawyerAccountId: $l) { id } }": types.ReceiveSuspectLetterDocument,
    "mutation PassLetterOn($id: ID!, $v: LawyerLetterVia!) { passLetterOn(letterId: $id, via: $v) { id status } }": types.PassLetterOnDocument,
    "mutation WithholdLetter($id: ID!, $g: String!, $a: String) { withholdLetter(letterId: $id, ground: $g, approvedBy: $a) { id status } }": types.WithholdLetterDocument,
    "query LawyerRoomMeetings($date: String!) {\n  meetings(date: $date) { id bookingId state kind bookedMinutes startedAt endReasonKeyed { key params rule } } }": types.LawyerRoomMeetingsDocument,
    "subscription LawyerRoomMeetingChanged { meetingChanged { id state } }": types.LawyerRoomMeetingChangedDocument,
    "query LawyerRoomDesk {\n  lawyerQueue(status: [ARRANGED]) { id startsAt suspect { name suspectNumber } room { name } lawyers { accountId name firm } companions { role name } }\n  lawyerViolationGrounds { code labelKey needsText }\n  countyBureaus { id name kind }\n}": types.LawyerRoomDeskDocument,
    "query RoomMeetingAlarms { openMeetingAlarms { id kind meetingId raisedAt } }": types.RoomMeetingAlarmsDocument,
    "subscription LawyerRoomAlarm { meetingAlarmRaised { id kind acknowledgedAt } }": types.LawyerRoomAlarmDocument,
    "mutation StartLawyerMeeting($id: ID!) { startMeeting(id: $id) { id state secondsLeft } }": types.StartLawyerMeetingDocument,
    "mutation ReportLawyerViolation($i: LawyerViolationInput!) { reportLawyerViolation(input: $i) { id status } }": types.ReportLawyerViolationDocument,
    "query LawyerQueue {\n  lawyerQueue { id seq kind status channel mode purpose minutes dueAt overdue position startsAt caseUnit officers requesterType refusalText\n    handedOverAt identityConfirmed lawyerAccountIds suspect { id name suspectNumber caseStage caseCategory } room { id name } credentials { kind reference source } }\n  meetingRooms { id name kind }\n}": types.LawyerQueueDocument,
    "subscription QueueEntryChanged { queueEntryChanged { id status } }": types.QueueEntryChangedDocument,
    "mutation Arrange($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) { arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) { id status } }": types.ArrangeDocument,
    "mutation AcceptBooking($e: ID!) { acceptLawyerBooking(entryId: $e) { id status } }": types.AcceptBookingDocument,
    "mutation Refuse($e: ID!, $t: String!) { recordSuspectRefusal(entryId: $e, text: $t) { id status } }": types.RefuseDocument,
    "mutation Handover($e: ID!, $ok: Boolean!, $note: String) { recordHandover(entryId: $e, identityConfirmed: $ok, computerNote: $note) { id handedOverAt } }": types.HandoverDocument,
    "query DeskSuspects { suspects(limit: 200) { id name suspectNumber caseStage caseCategory } }": types.DeskSuspectsDocument,
    "query LawyerByCertificate($n: String!) { lawyerByCertificate(certificateNumber: $n) { accountId name firm } }": types.LawyerByCertificateDocument,
    "mutation AcceptAtDesk($s: ID!, $i: LawyerMeetingInput!) { acceptLawyerAtDesk(suspectId: $s, input: $i) { id seq } }": types.AcceptAtDeskDocument,
    "mutation AcceptInterrogation($s: ID!, $u: String!, $o: String!, $m: Int!) { acceptInterrogation(suspectId: $s, caseUnit: $u, officers: $o, minutes: $m) { id seq } }": types.AcceptInterrogationDocument,
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
export function graphql(source: "query OpenMeetingAlarms { openMeetingAlarms { id kind meetingId raisedAt } }"): (typeof documents)["query OpenMeetingAlarms { openMeetingAlarms { id kind meetingId raisedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MeetingAlarmRaised { meetingAlarmRaised { id kind acknowledgedAt } }"): (typeof documents)["subscription MeetingAlarmRaised { meetingAlarmRaised { id kind acknowledgedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeMeetingAlarm($id: ID!) { acknowledgeMeetingAlarm(id: $id) { id acknowledgedAt } }"): (typeof documents)["mutation AcknowledgeMeetingAlarm($id: ID!) { acknowledgeMeetingAlarm(id: $id) { id acknowledgedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAlertPhone { me { id phoneMasked } }"): (typeof documents)["query MyAlertPhone { me { id phoneMasked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMyAlertPhone($p: String!) { setMyAlertPhone(phone: $p) { id phoneMasked } }"): (typeof documents)["mutation SetMyAlertPhone($p: String!) { setMyAlertPhone(phone: $p) { id phoneMasked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LegalHelp {\n  legalHelpRequests { id kind filedAt passedTo passedAt dueAt alert dutyLawyerAccountId suspectId }\n  suspects(limit: 200) { id name suspectNumber }\n  dutyLawyers { accountId name firm }\n}"): (typeof documents)["query LegalHelp {\n  legalHelpRequests { id kind filedAt passedTo passedAt dueAt alert dutyLawyerAccountId suspectId }\n  suspects(limit: 200) { id name suspectNumber }\n  dutyLawyers { accountId name firm }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLegalHelp($s: ID!, $k: LegalHelpKind!) { recordLegalHelpRequest(suspectId: $s, kind: $k) { id } }"): (typeof documents)["mutation RecordLegalHelp($s: ID!, $k: LegalHelpKind!) { recordLegalHelpRequest(suspectId: $s, kind: $k) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HandLegalHelp($r: ID!, $l: ID!) { handLegalHelpToDutyLawyer(requestId: $r, lawyerAccountId: $l) { id } }"): (typeof documents)["mutation HandLegalHelp($r: ID!, $l: ID!) { handLegalHelpToDutyLawyer(requestId: $r, lawyerAccountId: $l) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawyerLetters {\n  lawyerLetters { id status receivedAt passedAt via withheldGround withheldApprovedBy lawyerAccountId suspect { id name suspectNumber } }\n  suspects(limit: 200) { id name suspectNumber }\n}"): (typeof documents)["query LawyerLetters {\n  lawyerLetters { id status receivedAt passedAt via withheldGround withheldApprovedBy lawyerAccountId suspect { id name suspectNumber } }\n  suspects(limit: 200) { id name suspectNumber }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MandatedLawyers($s: ID!) { mandatedLawyers(suspectId: $s) { accountId name firm } }"): (typeof documents)["query MandatedLawyers($s: ID!) { mandatedLawyers(suspectId: $s) { accountId name firm } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReceiveSuspectLetter($s: ID!, $l: ID!) { receiveSuspectLetter(suspectId: $s, lawyerAccountId: $l) { id } }"): (typeof documents)["mutation ReceiveSuspectLetter($s: ID!, $l: ID!) { receiveSuspectLetter(suspectId: $s, lawyerAccountId: $l) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PassLetterOn($id: ID!, $v: LawyerLetterVia!) { passLetterOn(letterId: $id, via: $v) { id status } }"): (typeof documents)["mutation PassLetterOn($id: ID!, $v: LawyerLetterVia!) { passLetterOn(letterId: $id, via: $v) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithholdLetter($id: ID!, $g: String!, $a: String) { withholdLetter(letterId: $id, ground: $g, approvedBy: $a) { id status } }"): (typeof documents)["mutation WithholdLetter($id: ID!, $g: String!, $a: String) { withholdLetter(letterId: $id, ground: $g, approvedBy: $a) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawyerRoomMeetings($date: String!) {\n  meetings(date: $date) { id bookingId state kind bookedMinutes startedAt endReasonKeyed { key params rule } } }"): (typeof documents)["query LawyerRoomMeetings($date: String!) {\n  meetings(date: $date) { id bookingId state kind bookedMinutes startedAt endReasonKeyed { key params rule } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LawyerRoomMeetingChanged { meetingChanged { id state } }"): (typeof documents)["subscription LawyerRoomMeetingChanged { meetingChanged { id state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawyerRoomDesk {\n  lawyerQueue(status: [ARRANGED]) { id startsAt suspect { name suspectNumber } room { name } lawyers { accountId name firm } companions { role name } }\n  lawyerViolationGrounds { code labelKey needsText }\n  countyBureaus { id name kind }\n}"): (typeof documents)["query LawyerRoomDesk {\n  lawyerQueue(status: [ARRANGED]) { id startsAt suspect { name suspectNumber } room { name } lawyers { accountId name firm } companions { role name } }\n  lawyerViolationGrounds { code labelKey needsText }\n  countyBureaus { id name kind }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoomMeetingAlarms { openMeetingAlarms { id kind meetingId raisedAt } }"): (typeof documents)["query RoomMeetingAlarms { openMeetingAlarms { id kind meetingId raisedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LawyerRoomAlarm { meetingAlarmRaised { id kind acknowledgedAt } }"): (typeof documents)["subscription LawyerRoomAlarm { meetingAlarmRaised { id kind acknowledgedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartLawyerMeeting($id: ID!) { startMeeting(id: $id) { id state secondsLeft } }"): (typeof documents)["mutation StartLawyerMeeting($id: ID!) { startMeeting(id: $id) { id state secondsLeft } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportLawyerViolation($i: LawyerViolationInput!) { reportLawyerViolation(input: $i) { id status } }"): (typeof documents)["mutation ReportLawyerViolation($i: LawyerViolationInput!) { reportLawyerViolation(input: $i) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawyerQueue {\n  lawyerQueue { id seq kind status channel mode purpose minutes dueAt overdue position startsAt caseUnit officers requesterType refusalText\n    handedOverAt identityConfirmed lawyerAccountIds suspect { id name suspectNumber caseStage caseCategory } room { id name } credentials { kind reference source } }\n  meetingRooms { id name kind }\n}"): (typeof documents)["query LawyerQueue {\n  lawyerQueue { id seq kind status channel mode purpose minutes dueAt overdue position startsAt caseUnit officers requesterType refusalText\n    handedOverAt identityConfirmed lawyerAccountIds suspect { id name suspectNumber caseStage caseCategory } room { id name } credentials { kind reference source } }\n  meetingRooms { id name kind }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueEntryChanged { queueEntryChanged { id status } }"): (typeof documents)["subscription QueueEntryChanged { queueEntryChanged { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Arrange($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) { arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) { id status } }"): (typeof documents)["mutation Arrange($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) { arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptBooking($e: ID!) { acceptLawyerBooking(entryId: $e) { id status } }"): (typeof documents)["mutation AcceptBooking($e: ID!) { acceptLawyerBooking(entryId: $e) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Refuse($e: ID!, $t: String!) { recordSuspectRefusal(entryId: $e, text: $t) { id status } }"): (typeof documents)["mutation Refuse($e: ID!, $t: String!) { recordSuspectRefusal(entryId: $e, text: $t) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Handover($e: ID!, $ok: Boolean!, $note: String) { recordHandover(entryId: $e, identityConfirmed: $ok, computerNote: $note) { id handedOverAt } }"): (typeof documents)["mutation Handover($e: ID!, $ok: Boolean!, $note: String) { recordHandover(entryId: $e, identityConfirmed: $ok, computerNote: $note) { id handedOverAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeskSuspects { suspects(limit: 200) { id name suspectNumber caseStage caseCategory } }"): (typeof documents)["query DeskSuspects { suspects(limit: 200) { id name suspectNumber caseStage caseCategory } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawyerByCertificate($n: String!) { lawyerByCertificate(certificateNumber: $n) { accountId name firm } }"): (typeof documents)["query LawyerByCertificate($n: String!) { lawyerByCertificate(certificateNumber: $n) { accountId name firm } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptAtDesk($s: ID!, $i: LawyerMeetingInput!) { acceptLawyerAtDesk(suspectId: $s, input: $i) { id seq } }"): (typeof documents)["mutation AcceptAtDesk($s: ID!, $i: LawyerMeetingInput!) { acceptLawyerAtDesk(suspectId: $s, input: $i) { id seq } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInterrogation($s: ID!, $u: String!, $o: String!, $m: Int!) { acceptInterrogation(suspectId: $s, caseUnit: $u, officers: $o, minutes: $m) { id seq } }"): (typeof documents)["mutation AcceptInterrogation($s: ID!, $u: String!, $o: String!, $m: Int!) { acceptInterrogation(suspectId: $s, caseUnit: $u, officers: $o, minutes: $m) { id seq } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;