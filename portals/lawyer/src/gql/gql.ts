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
    "\n  query RegistrationBureaus {\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.RegistrationBureausDocument,
    "\n  mutation RegisterLawyer(\n    $username: String!\n    $password: String!\n    $name: String!\n    $phone: String!\n    $certificateNumber: String!\n    $firm: String!\n    $bureauId: ID!\n  ) {\n    registerLawyer(\n      username: $username\n      password: $password\n      name: $name\n      phone: $phone\n      certificateNumber: $certificateNumber\n      firm: $firm\n      bureauId: $bureauId\n    ) {\n      accountId\n      status\n    }\n  }\n": typeof types.RegisterLawyerDocument,
    "\n  query BookingContext {\n    detentionCentres {\n      id\n      name\n    }\n    me {\n      id\n    }\n  }\n": typeof types.BookingContextDocument,
    "\n  mutation BookLawyerMeeting($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) {\n    bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) {\n      id\n      status\n    }\n  }\n": typeof types.BookLawyerMeetingDocument,
    "\n  query AfterMeetings {\n    myLawyerMeetings {\n      id\n      status\n      startsAt\n      centre {\n        id\n        name\n      }\n      suspect {\n        id\n        name\n      }\n    }\n    lawyerComplaints {\n      id\n      centreId\n      contactId\n      text\n      wantsHearing\n      filedAt\n      status\n      feedback\n      heardInPerson\n      answeredAt\n    }\n  }\n": typeof types.AfterMeetingsDocument,
    "\n  query ComplaintContacts($c: ID!) {\n    complaintContacts(centreId: $c) {\n      id\n      organ\n      organName\n      contactName\n      phone\n    }\n  }\n": typeof types.ComplaintContactsDocument,
    "\n  mutation EvaluateLawyerMeeting($b: ID!, $s: Int!, $c: String) {\n    evaluateLawyerMeeting(bookingId: $b, score: $s, comment: $c) {\n      id\n      score\n    }\n  }\n": typeof types.EvaluateLawyerMeetingDocument,
    "\n  mutation FileLawyerComplaint($i: LawyerComplaintInput!) {\n    fileLawyerComplaint(input: $i) {\n      id\n      status\n    }\n  }\n": typeof types.FileLawyerComplaintDocument,
    "\n  query LawyerMeetingsToday($date: String!) {\n    meetings(date: $date) {\n      id\n      bookingId\n      state\n    }\n  }\n": typeof types.LawyerMeetingsTodayDocument,
    "\n  subscription LawyerMeetingChanged {\n    meetingChanged {\n      id\n      bookingId\n      state\n    }\n  }\n": typeof types.LawyerMeetingChangedDocument,
    "\n  mutation RaiseMeetingAlarm($m: ID!, $k: String!) {\n    raiseMeetingAlarm(meetingId: $m, kind: $k) {\n      id\n      kind\n    }\n  }\n": typeof types.RaiseMeetingAlarmDocument,
    "\n  query MyLawyerMeetings {\n    myLawyerMeetings {\n      id\n      status\n      seq\n      position\n      dueAt\n      overdue\n      startsAt\n      mode\n      purpose\n      minutes\n      refusalText\n      channel\n      centre {\n        id\n        name\n      }\n      suspect {\n        id\n        name\n        suspectNumber\n      }\n      room {\n        id\n        name\n      }\n      credentials {\n        kind\n        reference\n        source\n        fileName\n      }\n    }\n    myMandates {\n      id\n      kind\n      suspect {\n        id\n        name\n        suspectNumber\n        centre {\n          id\n          name\n        }\n      }\n    }\n    myLetters {\n      id\n      status\n      receivedAt\n      passedAt\n      via\n      withheldGround\n      suspect {\n        id\n        name\n      }\n      centre {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyLawyerMeetingsDocument,
    "\n  subscription MyQueueEntryChanged {\n    queueEntryChanged {\n      id\n      status\n    }\n  }\n": typeof types.MyQueueEntryChangedDocument,
};
const documents: Documents = {
    "\n  query RegistrationBureaus {\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n": types.RegistrationBureausDocument,
    "\n  mutation RegisterLawyer(\n    $username: String!\n    $password: String!\n    $name: String!\n    $phone: String!\n    $certificateNumber: String!\n    $firm: String!\n    $bureauId: ID!\n  ) {\n    registerLawyer(\n      username: $username\n      password: $password\n      name: $name\n      phone: $phone\n      certificateNumber: $certificateNumber\n      firm: $firm\n      bureauId: $bureauId\n    ) {\n      accountId\n      status\n    }\n  }\n": types.RegisterLawyerDocument,
    "\n  query BookingContext {\n    detentionCentres {\n      id\n      name\n    }\n    me {\n      id\n    }\n  }\n": types.BookingContextDocument,
    "\n  mutation BookLawyerMeeting($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) {\n    bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) {\n      id\n      status\n    }\n  }\n": types.BookLawyerMeetingDocument,
    "\n  query AfterMeetings {\n    myLawyerMeetings {\n      id\n      status\n      startsAt\n      centre {\n        id\n        name\n      }\n      suspect {\n        id\n        name\n      }\n    }\n    lawyerComplaints {\n      id\n      centreId\n      contactId\n      text\n      wantsHearing\n      filedAt\n      status\n      feedback\n      heardInPerson\n      answeredAt\n    }\n  }\n": types.AfterMeetingsDocument,
    "\n  query ComplaintContacts($c: ID!) {\n    complaintContacts(centreId: $c) {\n      id\n      organ\n      organName\n      contactName\n      phone\n    }\n  }\n": types.ComplaintContactsDocument,
    "\n  mutation EvaluateLawyerMeeting($b: ID!, $s: Int!, $c: String) {\n    evaluateLawyerMeeting(bookingId: $b, score: $s, comment: $c) {\n      id\n      score\n    }\n  }\n": types.EvaluateLawyerMeetingDocument,
    "\n  mutation FileLawyerComplaint($i: LawyerComplaintInput!) {\n    fileLawyerComplaint(input: $i) {\n      id\n      status\n    }\n  }\n": types.FileLawyerComplaintDocument,
    "\n  query LawyerMeetingsToday($date: String!) {\n    meetings(date: $date) {\n      id\n      bookingId\n      state\n    }\n  }\n": types.LawyerMeetingsTodayDocument,
    "\n  subscription LawyerMeetingChanged {\n    meetingChanged {\n      id\n      bookingId\n      state\n    }\n  }\n": types.LawyerMeetingChangedDocument,
    "\n  mutation RaiseMeetingAlarm($m: ID!, $k: String!) {\n    raiseMeetingAlarm(meetingId: $m, kind: $k) {\n      id\n      kind\n    }\n  }\n": types.RaiseMeetingAlarmDocument,
    "\n  query MyLawyerMeetings {\n    myLawyerMeetings {\n      id\n      status\n      seq\n      position\n      dueAt\n      overdue\n      startsAt\n      mode\n      purpose\n      minutes\n      refusalText\n      channel\n      centre {\n        id\n        name\n      }\n      suspect {\n        id\n        name\n        suspectNumber\n      }\n      room {\n        id\n        name\n      }\n      credentials {\n        kind\n        reference\n        source\n        fileName\n      }\n    }\n    myMandates {\n      id\n      kind\n      suspect {\n        id\n        name\n        suspectNumber\n        centre {\n          id\n          name\n        }\n      }\n    }\n    myLetters {\n      id\n      status\n      receivedAt\n      passedAt\n      via\n      withheldGround\n      suspect {\n        id\n        name\n      }\n      centre {\n        id\n        name\n      }\n    }\n  }\n": types.MyLawyerMeetingsDocument,
    "\n  subscription MyQueueEntryChanged {\n    queueEntryChanged {\n      id\n      status\n    }\n  }\n": types.MyQueueEntryChangedDocument,
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
export function graphql(source: "\n  query RegistrationBureaus {\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query RegistrationBureaus {\n    countyBureaus {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterLawyer(\n    $username: String!\n    $password: String!\n    $name: String!\n    $phone: String!\n    $certificateNumber: String!\n    $firm: String!\n    $bureauId: ID!\n  ) {\n    registerLawyer(\n      username: $username\n      password: $password\n      name: $name\n      phone: $phone\n      certificateNumber: $certificateNumber\n      firm: $firm\n      bureauId: $bureauId\n    ) {\n      accountId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterLawyer(\n    $username: String!\n    $password: String!\n    $name: String!\n    $phone: String!\n    $certificateNumber: String!\n    $firm: String!\n    $bureauId: ID!\n  ) {\n    registerLawyer(\n      username: $username\n      password: $password\n      name: $name\n      phone: $phone\n      certificateNumber: $certificateNumber\n      firm: $firm\n      bureauId: $bureauId\n    ) {\n      accountId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingContext {\n    detentionCentres {\n      id\n      name\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query BookingContext {\n    detentionCentres {\n      id\n      name\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookLawyerMeeting($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) {\n    bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BookLawyerMeeting($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) {\n    bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AfterMeetings {\n    myLawyerMeetings {\n      id\n      status\n      startsAt\n      centre {\n        id\n        name\n      }\n      suspect {\n        id\n        name\n      }\n    }\n    lawyerComplaints {\n      id\n      centreId\n      contactId\n      text\n      wantsHearing\n      filedAt\n      status\n      feedback\n      heardInPerson\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  query AfterMeetings {\n    myLawyerMeetings {\n      id\n      status\n      startsAt\n      centre {\n        id\n        name\n      }\n      suspect {\n        id\n        name\n      }\n    }\n    lawyerComplaints {\n      id\n      centreId\n      contactId\n      text\n      wantsHearing\n      filedAt\n      status\n      feedback\n      heardInPerson\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintContacts($c: ID!) {\n    complaintContacts(centreId: $c) {\n      id\n      organ\n      organName\n      contactName\n      phone\n    }\n  }\n"): (typeof documents)["\n  query ComplaintContacts($c: ID!) {\n    complaintContacts(centreId: $c) {\n      id\n      organ\n      organName\n      contactName\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateLawyerMeeting($b: ID!, $s: Int!, $c: String) {\n    evaluateLawyerMeeting(bookingId: $b, score: $s, comment: $c) {\n      id\n      score\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluateLawyerMeeting($b: ID!, $s: Int!, $c: String) {\n    evaluateLawyerMeeting(bookingId: $b, score: $s, comment: $c) {\n      id\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileLawyerComplaint($i: LawyerComplaintInput!) {\n    fileLawyerComplaint(input: $i) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FileLawyerComplaint($i: LawyerComplaintInput!) {\n    fileLawyerComplaint(input: $i) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LawyerMeetingsToday($date: String!) {\n    meetings(date: $date) {\n      id\n      bookingId\n      state\n    }\n  }\n"): (typeof documents)["\n  query LawyerMeetingsToday($date: String!) {\n    meetings(date: $date) {\n      id\n      bookingId\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LawyerMeetingChanged {\n    meetingChanged {\n      id\n      bookingId\n      state\n    }\n  }\n"): (typeof documents)["\n  subscription LawyerMeetingChanged {\n    meetingChanged {\n      id\n      bookingId\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseMeetingAlarm($m: ID!, $k: String!) {\n    raiseMeetingAlarm(meetingId: $m, kind: $k) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseMeetingAlarm($m: ID!, $k: String!) {\n    raiseMeetingAlarm(meetingId: $m, kind: $k) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLawyerMeetings {\n    myLawyerMeetings {\n      id\n      status\n      seq\n      position\n      dueAt\n      overdue\n      startsAt\n      mode\n      purpose\n      minutes\n      refusalText\n      channel\n      centre {\n        id\n        name\n      }\n      suspect {\n        id\n        name\n        suspectNumber\n      }\n      room {\n        id\n        name\n      }\n      credentials {\n        kind\n        reference\n        source\n        fileName\n      }\n    }\n    myMandates {\n      id\n      kind\n      suspect {\n        id\n        name\n        suspectNumber\n        centre {\n          id\n          name\n        }\n      }\n    }\n    myLetters {\n      id\n      status\n      receivedAt\n      passedAt\n      via\n      withheldGround\n      suspect {\n        id\n        name\n      }\n      centre {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyLawyerMeetings {\n    myLawyerMeetings {\n      id\n      status\n      seq\n      position\n      dueAt\n      overdue\n      startsAt\n      mode\n      purpose\n      minutes\n      refusalText\n      channel\n      centre {\n        id\n        name\n      }\n      suspect {\n        id\n        name\n        suspectNumber\n      }\n      room {\n        id\n        name\n      }\n      credentials {\n        kind\n        reference\n        source\n        fileName\n      }\n    }\n    myMandates {\n      id\n      kind\n      suspect {\n        id\n        name\n        suspectNumber\n        centre {\n          id\n          name\n        }\n      }\n    }\n    myLetters {\n      id\n      status\n      receivedAt\n      passedAt\n      via\n      withheldGround\n      suspect {\n        id\n        name\n      }\n      centre {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyQueueEntryChanged {\n    queueEntryChanged {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription MyQueueEntryChanged {\n    queueEntryChanged {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;