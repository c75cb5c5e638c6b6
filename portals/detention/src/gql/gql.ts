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
    "\n  query OpenMeetingAlarms {\n    openMeetingAlarms {\n      id\n      kind\n      meetingId\n      raisedAt\n    }\n  }\n": typeof types.OpenMeetingAlarmsDocument,
    "\n  subscription MeetingAlarmRaised {\n    meetingAlarmRaised {\n      id\n      kind\n      acknowledgedAt\n    }\n  }\n": typeof types.MeetingAlarmRaisedDocument,
    "\n  mutation AcknowledgeMeetingAlarm($id: ID!) {\n    acknowledgeMeetingAlarm(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeMeetingAlarmDocument,
    "\n  query MyAlertPhone {\n    me {\n      id\n      phoneMasked\n    }\n  }\n": typeof types.MyAlertPhoneDocument,
    "\n  mutation SetMyAlertPhone($p: String!) {\n    setMyAlertPhone(phone: $p) {\n      id\n      phoneMasked\n    }\n  }\n": typeof types.SetMyAlertPhoneDocument,
    "\n  query LegalHelp {\n    legalHelpRequests {\n      id\n      kind\n      filedAt\n      passedTo\n      passedAt\n      dueAt\n      alert\n      dutyLawyerAccountId\n      suspectId\n    }\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n    }\n    dutyLawyers {\n      accountId\n      name\n      firm\n    }\n  }\n": typeof types.LegalHelpDocument,
    "\n  mutation RecordLegalHelp($s: ID!, $k: LegalHelpKind!) {\n    recordLegalHelpRequest(suspectId: $s, kind: $k) {\n      id\n    }\n  }\n": typeof types.RecordLegalHelpDocument,
    "\n  mutation HandLegalHelp($r: ID!, $l: ID!) {\n    handLegalHelpToDutyLawyer(requestId: $r, lawyerAccountId: $l) {\n      id\n    }\n  }\n": typeof types.HandLegalHelpDocument,
    "\n  query LawyerLetters {\n    lawyerLetters {\n      id\n      status\n      receivedAt\n      passedAt\n      via\n      withheldGround\n      withheldApprovedBy\n      lawyerAccountId\n      suspect {\n        id\n        name\n        suspectNumber\n      }\n    }\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n    }\n  }\n": typeof types.LawyerLettersDocument,
    "\n  query MandatedLawyers($s: ID!) {\n    mandatedLawyers(suspectId: $s) {\n      accountId\n      name\n      firm\n    }\n  }\n": typeof types.MandatedLawyersDocument,
    "\n  mutation ReceiveSuspectLetter($s: ID!, $l: ID!) {\n    receiveSuspectLetter(suspectId: $s, lawyerAccountId: $l) {\n      id\n    }\n  }\n": typeof types.ReceiveSuspectLetterDocument,
    "\n  mutation PassLetterOn($id: ID!, $v: LawyerLetterVia!) {\n    passLetterOn(letterId: $id, via: $v) {\n      id\n      status\n    }\n  }\n": typeof types.PassLetterOnDocument,
    "\n  mutation WithholdLetter($id: ID!, $g: String!, $a: String) {\n    withholdLetter(letterId: $id, ground: $g, approvedBy: $a) {\n      id\n      status\n    }\n  }\n": typeof types.WithholdLetterDocument,
    "\n  query LawyerRoomMeetings($date: String!) {\n    meetings(date: $date) {\n      id\n      bookingId\n      state\n      kind\n      bookedMinutes\n      startedAt\n      endReasonKeyed {\n        key\n        params\n        rule\n      }\n    }\n  }\n": typeof types.LawyerRoomMeetingsDocument,
    "\n  subscription LawyerRoomMeetingChanged {\n    meetingChanged {\n      id\n      state\n    }\n  }\n": typeof types.LawyerRoomMeetingChangedDocument,
    "\n  query LawyerRoomDesk {\n    lawyerQueue(status: [ARRANGED]) {\n      id\n      startsAt\n      suspect {\n        name\n        suspectNumber\n      }\n      room {\n        name\n      }\n      lawyers {\n        accountId\n        name\n        firm\n      }\n      companions {\n        role\n        name\n      }\n    }\n    lawyerViolationGrounds {\n      code\n      labelKey\n      needsText\n    }\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.LawyerRoomDeskDocument,
    "\n  query RoomMeetingAlarms {\n    openMeetingAlarms {\n      id\n      kind\n      meetingId\n      raisedAt\n    }\n  }\n": typeof types.RoomMeetingAlarmsDocument,
    "\n  subscription LawyerRoomAlarm {\n    meetingAlarmRaised {\n      id\n      kind\n      acknowledgedAt\n    }\n  }\n": typeof types.LawyerRoomAlarmDocument,
    "\n  mutation StartLawyerMeeting($id: ID!) {\n    startMeeting(id: $id) {\n      id\n      state\n      secondsLeft\n    }\n  }\n": typeof types.StartLawyerMeetingDocument,
    "\n  mutation ReportLawyerViolation($i: LawyerViolationInput!) {\n    reportLawyerViolation(input: $i) {\n      id\n      status\n    }\n  }\n": typeof types.ReportLawyerViolationDocument,
    "\n  query LawyerQueue {\n    lawyerQueue {\n      id\n      seq\n      kind\n      status\n      channel\n      mode\n      purpose\n      minutes\n      dueAt\n      overdue\n      position\n      startsAt\n      caseUnit\n      officers\n      requesterType\n      refusalText\n      handedOverAt\n      identityConfirmed\n      lawyerAccountIds\n      suspect {\n        id\n        name\n        suspectNumber\n        caseStage\n        caseCategory\n      }\n      room {\n        id\n        name\n      }\n      credentials {\n        kind\n        reference\n        source\n      }\n    }\n    meetingRooms {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.LawyerQueueDocument,
    "\n  subscription QueueEntryChanged {\n    queueEntryChanged {\n      id\n      status\n    }\n  }\n": typeof types.QueueEntryChangedDocument,
    "\n  mutation Arrange($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) {\n    arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) {\n      id\n      status\n    }\n  }\n": typeof types.ArrangeDocument,
    "\n  mutation AcceptBooking($e: ID!) {\n    acceptLawyerBooking(entryId: $e) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptBookingDocument,
    "\n  mutation Refuse($e: ID!, $t: String!) {\n    recordSuspectRefusal(entryId: $e, text: $t) {\n      id\n      status\n    }\n  }\n": typeof types.RefuseDocument,
    "\n  mutation Handover($e: ID!, $ok: Boolean!, $note: String) {\n    recordHandover(entryId: $e, identityConfirmed: $ok, computerNote: $note) {\n      id\n      handedOverAt\n    }\n  }\n": typeof types.HandoverDocument,
    "\n  query DeskSuspects {\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n      caseStage\n      caseCategory\n    }\n  }\n": typeof types.DeskSuspectsDocument,
    "\n  query LawyerByCertificate($n: String!) {\n    lawyerByCertificate(certificateNumber: $n) {\n      accountId\n      name\n      firm\n    }\n  }\n": typeof types.LawyerByCertificateDocument,
    "\n  mutation AcceptAtDesk($s: ID!, $i: LawyerMeetingInput!) {\n    acceptLawyerAtDesk(suspectId: $s, input: $i) {\n      id\n      seq\n    }\n  }\n": typeof types.AcceptAtDeskDocument,
    "\n  mutation AcceptInterrogation($s: ID!, $u: String!, $o: String!, $m: Int!) {\n    acceptInterrogation(suspectId: $s, caseUnit: $u, officers: $o, minutes: $m) {\n      id\n      seq\n    }\n  }\n": typeof types.AcceptInterrogationDocument,
};
const documents: Documents = {
    "\n  query OpenMeetingAlarms {\n    openMeetingAlarms {\n      id\n      kind\n      meetingId\n      raisedAt\n    }\n  }\n": types.OpenMeetingAlarmsDocument,
    "\n  subscription MeetingAlarmRaised {\n    meetingAlarmRaised {\n      id\n      kind\n      acknowledgedAt\n    }\n  }\n": types.MeetingAlarmRaisedDocument,
    "\n  mutation AcknowledgeMeetingAlarm($id: ID!) {\n    acknowledgeMeetingAlarm(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeMeetingAlarmDocument,
    "\n  query MyAlertPhone {\n    me {\n      id\n      phoneMasked\n    }\n  }\n": types.MyAlertPhoneDocument,
    "\n  mutation SetMyAlertPhone($p: String!) {\n    setMyAlertPhone(phone: $p) {\n      id\n      phoneMasked\n    }\n  }\n": types.SetMyAlertPhoneDocument,
    "\n  query LegalHelp {\n    legalHelpRequests {\n      id\n      kind\n      filedAt\n      passedTo\n      passedAt\n      dueAt\n      alert\n      dutyLawyerAccountId\n      suspectId\n    }\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n    }\n    dutyLawyers {\n      accountId\n      name\n      firm\n    }\n  }\n": types.LegalHelpDocument,
    "\n  mutation RecordLegalHelp($s: ID!, $k: LegalHelpKind!) {\n    recordLegalHelpRequest(suspectId: $s, kind: $k) {\n      id\n    }\n  }\n": types.RecordLegalHelpDocument,
    "\n  mutation HandLegalHelp($r: ID!, $l: ID!) {\n    handLegalHelpToDutyLawyer(requestId: $r, lawyerAccountId: $l) {\n      id\n    }\n  }\n": types.HandLegalHelpDocument,
    "\n  query LawyerLetters {\n    lawyerLetters {\n      id\n      status\n      receivedAt\n      passedAt\n      via\n      withheldGround\n      withheldApprovedBy\n      lawyerAccountId\n      suspect {\n        id\n        name\n        suspectNumber\n      }\n    }\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n    }\n  }\n": types.LawyerLettersDocument,
    "\n  query MandatedLawyers($s: ID!) {\n    mandatedLawyers(suspectId: $s) {\n      accountId\n      name\n      firm\n    }\n  }\n": types.MandatedLawyersDocument,
    "\n  mutation ReceiveSuspectLetter($s: ID!, $l: ID!) {\n    receiveSuspectLetter(suspectId: $s, lawyerAccountId: $l) {\n      id\n    }\n  }\n": types.ReceiveSuspectLetterDocument,
    "\n  mutation PassLetterOn($id: ID!, $v: LawyerLetterVia!) {\n    passLetterOn(letterId: $id, via: $v) {\n      id\n      status\n    }\n  }\n": types.PassLetterOnDocument,
    "\n  mutation WithholdLetter($id: ID!, $g: String!, $a: String) {\n    withholdLetter(letterId: $id, ground: $g, approvedBy: $a) {\n      id\n      status\n    }\n  }\n": types.WithholdLetterDocument,
    "\n  query LawyerRoomMeetings($date: String!) {\n    meetings(date: $date) {\n      id\n      bookingId\n      state\n      kind\n      bookedMinutes\n      startedAt\n      endReasonKeyed {\n        key\n        params\n        rule\n      }\n    }\n  }\n": types.LawyerRoomMeetingsDocument,
    "\n  subscription LawyerRoomMeetingChanged {\n    meetingChanged {\n      id\n      state\n    }\n  }\n": types.LawyerRoomMeetingChangedDocument,
    "\n  query LawyerRoomDesk {\n    lawyerQueue(status: [ARRANGED]) {\n      id\n      startsAt\n      suspect {\n        name\n        suspectNumber\n      }\n      room {\n        name\n      }\n      lawyers {\n        accountId\n        name\n        firm\n      }\n      companions {\n        role\n        name\n      }\n    }\n    lawyerViolationGrounds {\n      code\n      labelKey\n      needsText\n    }\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n": types.LawyerRoomDeskDocument,
    "\n  query RoomMeetingAlarms {\n    openMeetingAlarms {\n      id\n      kind\n      meetingId\n      raisedAt\n    }\n  }\n": types.RoomMeetingAlarmsDocument,
    "\n  subscription LawyerRoomAlarm {\n    meetingAlarmRaised {\n      id\n      kind\n      acknowledgedAt\n    }\n  }\n": types.LawyerRoomAlarmDocument,
    "\n  mutation StartLawyerMeeting($id: ID!) {\n    startMeeting(id: $id) {\n      id\n      state\n      secondsLeft\n    }\n  }\n": types.StartLawyerMeetingDocument,
    "\n  mutation ReportLawyerViolation($i: LawyerViolationInput!) {\n    reportLawyerViolation(input: $i) {\n      id\n      status\n    }\n  }\n": types.ReportLawyerViolationDocument,
    "\n  query LawyerQueue {\n    lawyerQueue {\n      id\n      seq\n      kind\n      status\n      channel\n      mode\n      purpose\n      minutes\n      dueAt\n      overdue\n      position\n      startsAt\n      caseUnit\n      officers\n      requesterType\n      refusalText\n      handedOverAt\n      identityConfirmed\n      lawyerAccountIds\n      suspect {\n        id\n        name\n        suspectNumber\n        caseStage\n        caseCategory\n      }\n      room {\n        id\n        name\n      }\n      credentials {\n        kind\n        reference\n        source\n      }\n    }\n    meetingRooms {\n      id\n      name\n      kind\n    }\n  }\n": types.LawyerQueueDocument,
    "\n  subscription QueueEntryChanged {\n    queueEntryChanged {\n      id\n      status\n    }\n  }\n": types.QueueEntryChangedDocument,
    "\n  mutation Arrange($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) {\n    arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) {\n      id\n      status\n    }\n  }\n": types.ArrangeDocument,
    "\n  mutation AcceptBooking($e: ID!) {\n    acceptLawyerBooking(entryId: $e) {\n      id\n      status\n    }\n  }\n": types.AcceptBookingDocument,
    "\n  mutation Refuse($e: ID!, $t: String!) {\n    recordSuspectRefusal(entryId: $e, text: $t) {\n      id\n      status\n    }\n  }\n": types.RefuseDocument,
    "\n  mutation Handover($e: ID!, $ok: Boolean!, $note: String) {\n    recordHandover(entryId: $e, identityConfirmed: $ok, computerNote: $note) {\n      id\n      handedOverAt\n    }\n  }\n": types.HandoverDocument,
    "\n  query DeskSuspects {\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n      caseStage\n      caseCategory\n    }\n  }\n": types.DeskSuspectsDocument,
    "\n  query LawyerByCertificate($n: String!) {\n    lawyerByCertificate(certificateNumber: $n) {\n      accountId\n      name\n      firm\n    }\n  }\n": types.LawyerByCertificateDocument,
    "\n  mutation AcceptAtDesk($s: ID!, $i: LawyerMeetingInput!) {\n    acceptLawyerAtDesk(suspectId: $s, input: $i) {\n      id\n      seq\n    }\n  }\n": types.AcceptAtDeskDocument,
    "\n  mutation AcceptInterrogation($s: ID!, $u: String!, $o: String!, $m: Int!) {\n    acceptInterrogation(suspectId: $s, caseUnit: $u, officers: $o, minutes: $m) {\n      id\n      seq\n    }\n  }\n": types.AcceptInterrogationDocument,
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
export function graphql(source: "\n  query OpenMeetingAlarms {\n    openMeetingAlarms {\n      id\n      kind\n      meetingId\n      raisedAt\n    }\n  }\n"): (typeof documents)["\n  query OpenMeetingAlarms {\n    openMeetingAlarms {\n      id\n      kind\n      meetingId\n      raisedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingAlarmRaised {\n    meetingAlarmRaised {\n      id\n      kind\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingAlarmRaised {\n    meetingAlarmRaised {\n      id\n      kind\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeMeetingAlarm($id: ID!) {\n    acknowledgeMeetingAlarm(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeMeetingAlarm($id: ID!) {\n    acknowledgeMeetingAlarm(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAlertPhone {\n    me {\n      id\n      phoneMasked\n    }\n  }\n"): (typeof documents)["\n  query MyAlertPhone {\n    me {\n      id\n      phoneMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyAlertPhone($p: String!) {\n    setMyAlertPhone(phone: $p) {\n      id\n      phoneMasked\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyAlertPhone($p: String!) {\n    setMyAlertPhone(phone: $p) {\n      id\n      phoneMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalHelp {\n    legalHelpRequests {\n      id\n      kind\n      filedAt\n      passedTo\n      passedAt\n      dueAt\n      alert\n      dutyLawyerAccountId\n      suspectId\n    }\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n    }\n    dutyLawyers {\n      accountId\n      name\n      firm\n    }\n  }\n"): (typeof documents)["\n  query LegalHelp {\n    legalHelpRequests {\n      id\n      kind\n      filedAt\n      passedTo\n      passedAt\n      dueAt\n      alert\n      dutyLawyerAccountId\n      suspectId\n    }\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n    }\n    dutyLawyers {\n      accountId\n      name\n      firm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordLegalHelp($s: ID!, $k: LegalHelpKind!) {\n    recordLegalHelpRequest(suspectId: $s, kind: $k) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordLegalHelp($s: ID!, $k: LegalHelpKind!) {\n    recordLegalHelpRequest(suspectId: $s, kind: $k) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandLegalHelp($r: ID!, $l: ID!) {\n    handLegalHelpToDutyLawyer(requestId: $r, lawyerAccountId: $l) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HandLegalHelp($r: ID!, $l: ID!) {\n    handLegalHelpToDutyLawyer(requestId: $r, lawyerAccountId: $l) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LawyerLetters {\n    lawyerLetters {\n      id\n      status\n      receivedAt\n      passedAt\n      via\n      withheldGround\n      withheldApprovedBy\n      lawyerAccountId\n      suspect {\n        id\n        name\n        suspectNumber\n      }\n    }\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n    }\n  }\n"): (typeof documents)["\n  query LawyerLetters {\n    lawyerLetters {\n      id\n      status\n      receivedAt\n      passedAt\n      via\n      withheldGround\n      withheldApprovedBy\n      lawyerAccountId\n      suspect {\n        id\n        name\n        suspectNumber\n      }\n    }\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MandatedLawyers($s: ID!) {\n    mandatedLawyers(suspectId: $s) {\n      accountId\n      name\n      firm\n    }\n  }\n"): (typeof documents)["\n  query MandatedLawyers($s: ID!) {\n    mandatedLawyers(suspectId: $s) {\n      accountId\n      name\n      firm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveSuspectLetter($s: ID!, $l: ID!) {\n    receiveSuspectLetter(suspectId: $s, lawyerAccountId: $l) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveSuspectLetter($s: ID!, $l: ID!) {\n    receiveSuspectLetter(suspectId: $s, lawyerAccountId: $l) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PassLetterOn($id: ID!, $v: LawyerLetterVia!) {\n    passLetterOn(letterId: $id, via: $v) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PassLetterOn($id: ID!, $v: LawyerLetterVia!) {\n    passLetterOn(letterId: $id, via: $v) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithholdLetter($id: ID!, $g: String!, $a: String) {\n    withholdLetter(letterId: $id, ground: $g, approvedBy: $a) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithholdLetter($id: ID!, $g: String!, $a: String) {\n    withholdLetter(letterId: $id, ground: $g, approvedBy: $a) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LawyerRoomMeetings($date: String!) {\n    meetings(date: $date) {\n      id\n      bookingId\n      state\n      kind\n      bookedMinutes\n      startedAt\n      endReasonKeyed {\n        key\n        params\n        rule\n      }\n    }\n  }\n"): (typeof documents)["\n  query LawyerRoomMeetings($date: String!) {\n    meetings(date: $date) {\n      id\n      bookingId\n      state\n      kind\n      bookedMinutes\n      startedAt\n      endReasonKeyed {\n        key\n        params\n        rule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LawyerRoomMeetingChanged {\n    meetingChanged {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  subscription LawyerRoomMeetingChanged {\n    meetingChanged {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LawyerRoomDesk {\n    lawyerQueue(status: [ARRANGED]) {\n      id\n      startsAt\n      suspect {\n        name\n        suspectNumber\n      }\n      room {\n        name\n      }\n      lawyers {\n        accountId\n        name\n        firm\n      }\n      companions {\n        role\n        name\n      }\n    }\n    lawyerViolationGrounds {\n      code\n      labelKey\n      needsText\n    }\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query LawyerRoomDesk {\n    lawyerQueue(status: [ARRANGED]) {\n      id\n      startsAt\n      suspect {\n        name\n        suspectNumber\n      }\n      room {\n        name\n      }\n      lawyers {\n        accountId\n        name\n        firm\n      }\n      companions {\n        role\n        name\n      }\n    }\n    lawyerViolationGrounds {\n      code\n      labelKey\n      needsText\n    }\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomMeetingAlarms {\n    openMeetingAlarms {\n      id\n      kind\n      meetingId\n      raisedAt\n    }\n  }\n"): (typeof documents)["\n  query RoomMeetingAlarms {\n    openMeetingAlarms {\n      id\n      kind\n      meetingId\n      raisedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LawyerRoomAlarm {\n    meetingAlarmRaised {\n      id\n      kind\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  subscription LawyerRoomAlarm {\n    meetingAlarmRaised {\n      id\n      kind\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLawyerMeeting($id: ID!) {\n    startMeeting(id: $id) {\n      id\n      state\n      secondsLeft\n    }\n  }\n"): (typeof documents)["\n  mutation StartLawyerMeeting($id: ID!) {\n    startMeeting(id: $id) {\n      id\n      state\n      secondsLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportLawyerViolation($i: LawyerViolationInput!) {\n    reportLawyerViolation(input: $i) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportLawyerViolation($i: LawyerViolationInput!) {\n    reportLawyerViolation(input: $i) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LawyerQueue {\n    lawyerQueue {\n      id\n      seq\n      kind\n      status\n      channel\n      mode\n      purpose\n      minutes\n      dueAt\n      overdue\n      position\n      startsAt\n      caseUnit\n      officers\n      requesterType\n      refusalText\n      handedOverAt\n      identityConfirmed\n      lawyerAccountIds\n      suspect {\n        id\n        name\n        suspectNumber\n        caseStage\n        caseCategory\n      }\n      room {\n        id\n        name\n      }\n      credentials {\n        kind\n        reference\n        source\n      }\n    }\n    meetingRooms {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query LawyerQueue {\n    lawyerQueue {\n      id\n      seq\n      kind\n      status\n      channel\n      mode\n      purpose\n      minutes\n      dueAt\n      overdue\n      position\n      startsAt\n      caseUnit\n      officers\n      requesterType\n      refusalText\n      handedOverAt\n      identityConfirmed\n      lawyerAccountIds\n      suspect {\n        id\n        name\n        suspectNumber\n        caseStage\n        caseCategory\n      }\n      room {\n        id\n        name\n      }\n      credentials {\n        kind\n        reference\n        source\n      }\n    }\n    meetingRooms {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueEntryChanged {\n    queueEntryChanged {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription QueueEntryChanged {\n    queueEntryChanged {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Arrange($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) {\n    arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Arrange($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) {\n    arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptBooking($e: ID!) {\n    acceptLawyerBooking(entryId: $e) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptBooking($e: ID!) {\n    acceptLawyerBooking(entryId: $e) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refuse($e: ID!, $t: String!) {\n    recordSuspectRefusal(entryId: $e, text: $t) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Refuse($e: ID!, $t: String!) {\n    recordSuspectRefusal(entryId: $e, text: $t) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Handover($e: ID!, $ok: Boolean!, $note: String) {\n    recordHandover(entryId: $e, identityConfirmed: $ok, computerNote: $note) {\n      id\n      handedOverAt\n    }\n  }\n"): (typeof documents)["\n  mutation Handover($e: ID!, $ok: Boolean!, $note: String) {\n    recordHandover(entryId: $e, identityConfirmed: $ok, computerNote: $note) {\n      id\n      handedOverAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskSuspects {\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n      caseStage\n      caseCategory\n    }\n  }\n"): (typeof documents)["\n  query DeskSuspects {\n    suspects(limit: 200) {\n      id\n      name\n      suspectNumber\n      caseStage\n      caseCategory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LawyerByCertificate($n: String!) {\n    lawyerByCertificate(certificateNumber: $n) {\n      accountId\n      name\n      firm\n    }\n  }\n"): (typeof documents)["\n  query LawyerByCertificate($n: String!) {\n    lawyerByCertificate(certificateNumber: $n) {\n      accountId\n      name\n      firm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAtDesk($s: ID!, $i: LawyerMeetingInput!) {\n    acceptLawyerAtDesk(suspectId: $s, input: $i) {\n      id\n      seq\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAtDesk($s: ID!, $i: LawyerMeetingInput!) {\n    acceptLawyerAtDesk(suspectId: $s, input: $i) {\n      id\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInterrogation($s: ID!, $u: String!, $o: String!, $m: Int!) {\n    acceptInterrogation(suspectId: $s, caseUnit: $u, officers: $o, minutes: $m) {\n      id\n      seq\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInterrogation($s: ID!, $u: String!, $o: String!, $m: Int!) {\n    acceptInterrogation(suspectId: $s, caseUnit: $u, officers: $o, minutes: $m) {\n      id\n      seq\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;