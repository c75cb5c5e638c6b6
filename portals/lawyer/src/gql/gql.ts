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
    "query RegistrationBureaus { countyBureaus { id name kind } }": typeof types.RegistrationBureausDocument,
    "mutation RegisterLawyer($username: String!, $password: String!, $name: String!, $phone: String!, $certificateNumber: String!, $firm: String!, $bureauId: ID!) {\n  registerLawyer(username: $username, password: $password, name: $name, phone: $phone, certificateNumber: $certificateNumber, firm: $firm, bureauId: $bureauId) { accountId status } }": typeof types.RegisterLawyerDocument,
    "query BookingContext { detentionCentres { id name } me { id } }": typeof types.BookingContextDocument,
    "mutation BookLawyerMeeting($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) {\n    bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) { id status } }": typeof types.BookLawyerMeetingDocument,
    "query AfterMeetings {\n  myLawyerMeetings { id status startsAt centre { id name } suspect { id name } }\n  lawyerComplaints { id centreId contactId text wantsHearing filedAt status feedback heardInPerson answeredAt }\n}": typeof types.AfterMeetingsDocument,
    "query ComplaintContacts($c: ID!) { complaintContacts(centreId: $c) { id organ organName contactName phone } }": typeof types.ComplaintContactsDocument,
    "mutation EvaluateLawyerMeeting($b: ID!, $s: Int!, $c: String) { evaluateLawyerMeeting(bookingId: $b, score: $s, comment: $c) { id score } }": typeof types.EvaluateLawyerMeetingDocument,
    "mutation FileLawyerComplaint($i: LawyerComplaintInput!) { fileLawyerComplaint(input: $i) { id status } }": typeof types.FileLawyerComplaintDocument,
    "query LawyerMeetingsToday($date: String!) { meetings(date: $date) { id bookingId state } }": typeof types.LawyerMeetingsTodayDocument,
    "subscription LawyerMeetingChanged { meetingChanged { id bookingId state } }": typeof types.LawyerMeetingChangedDocument,
    "mutation RaiseMeetingAlarm($m: ID!, $k: String!) { raiseMeetingAlarm(meetingId: $m, kind: $k) { id kind } }": typeof types.RaiseMeetingAlarmDocument,
    "query MyLawyerMeetings {\n  myLawyerMeetings { id status seq position dueAt overdue startsAt mode purpose minutes refusalText channel\n    centre { id name } suspect { id name suspectNumber } room { id name } credentials { kind reference source fileName } }\n  myMandates { id kind suspect { id name suspectNumber centre { id name } } }\n  myLetters { id status receivedAt passedAt via withheldGround suspect { id name } centre { id name } }\n}": typeof types.MyLawyerMeetingsDocument,
    "subscription MyQueueEntryChanged { queueEntryChanged { id status } }": typeof types.MyQueueEntryChangedDocument,
};
const documents: Documents = {
    "query RegistrationBureaus { countyBureaus { id name kind } }": types.RegistrationBureausDocument,
    "mutation RegisterLawyer($username: String!, $password: String!, $name: String!, $phone: String!, $certificateNumber: String!, $firm: String!, $bureauId: ID!) {\n  registerLawyer(username: $username, password: $password, name: $name, phone: $phone, certificateNumber: $certificateNumber, firm: $firm, bureauId: $bureauId) { accountId status } }": types.RegisterLawyerDocument,
    "query BookingContext { detentionCentres { id name } me { id } }": types.BookingContextDocument,
    "mutation BookLawyerMeeting($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) {\n    bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) { id status } }": types.BookLawyerMeetingDocument,
    "query AfterMeetings {\n  myLawyerMeetings { id status startsAt centre { id name } suspect { id name } }\n  lawyerComplaints { id centreId contactId text wantsHearing filedAt status feedback heardInPerson answeredAt }\n}": types.AfterMeetingsDocument,
    "query ComplaintContacts($c: ID!) { complaintContacts(centreId: $c) { id organ organName contactName phone } }": types.ComplaintContactsDocument,
    "mutation EvaluateLawyerMeeting($b: ID!, $s: Int!, $c: String) { evaluateLawyerMeeting(bookingId: $b, score: $s, comment: $c) { id score } }": types.EvaluateLawyerMeetingDocument,
    "mutation FileLawyerComplaint($i: LawyerComplaintInput!) { fileLawyerComplaint(input: $i) { id status } }": types.FileLawyerComplaintDocument,
    "query LawyerMeetingsToday($date: String!) { meetings(date: $date) { id bookingId state } }": types.LawyerMeetingsTodayDocument,
    "subscription LawyerMeetingChanged { meetingChanged { id bookingId state } }": types.LawyerMeetingChangedDocument,
    "mutation RaiseMeetingAlarm($m: ID!, $k: String!) { raiseMeetingAlarm(meetingId: $m, kind: $k) { id kind } }": types.RaiseMeetingAlarmDocument,
    "query MyLawyerMeetings {\n  myLawyerMeetings { id status seq position dueAt overdue startsAt mode purpose minutes refusalText channel\n    centre { id name } suspect { id name suspectNumber } room { id name } credentials { kind reference source fileName } }\n  myMandates { id kind suspect { id name suspectNumber centre { id name } } }\n  myLetters { id status receivedAt passedAt via withheldGround suspect { id name } centre { id name } }\n}": types.MyLawyerMeetingsDocument,
    "subscription MyQueueEntryChanged { queueEntryChanged { id status } }": types.MyQueueEntryChangedDocument,
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
export function graphql(source: "query RegistrationBureaus { countyBureaus { id name kind } }"): (typeof documents)["query RegistrationBureaus { countyBureaus { id name kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterLawyer($username: String!, $password: String!, $name: String!, $phone: String!, $certificateNumber: String!, $firm: String!, $bureauId: ID!) {\n  registerLawyer(username: $username, password: $password, name: $name, phone: $phone, certificateNumber: $certificateNumber, firm: $firm, bureauId: $bureauId) { accountId status } }"): (typeof documents)["mutation RegisterLawyer($username: String!, $password: String!, $name: String!, $phone: String!, $certificateNumber: String!, $firm: String!, $bureauId: ID!) {\n  registerLawyer(username: $username, password: $password, name: $name, phone: $phone, certificateNumber: $certificateNumber, firm: $firm, bureauId: $bureauId) { accountId status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingContext { detentionCentres { id name } me { id } }"): (typeof documents)["query BookingContext { detentionCentres { id name } me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookLawyerMeeting($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) {\n    bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) { id status } }"): (typeof documents)["mutation BookLawyerMeeting($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) {\n    bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AfterMeetings {\n  myLawyerMeetings { id status startsAt centre { id name } suspect { id name } }\n  lawyerComplaints { id centreId contactId text wantsHearing filedAt status feedback heardInPerson answeredAt }\n}"): (typeof documents)["query AfterMeetings {\n  myLawyerMeetings { id status startsAt centre { id name } suspect { id name } }\n  lawyerComplaints { id centreId contactId text wantsHearing filedAt status feedback heardInPerson answeredAt }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintContacts($c: ID!) { complaintContacts(centreId: $c) { id organ organName contactName phone } }"): (typeof documents)["query ComplaintContacts($c: ID!) { complaintContacts(centreId: $c) { id organ organName contactName phone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvaluateLawyerMeeting($b: ID!, $s: Int!, $c: String) { evaluateLawyerMeeting(bookingId: $b, score: $s, comment: $c) { id score } }"): (typeof documents)["mutation EvaluateLawyerMeeting($b: ID!, $s: Int!, $c: String) { evaluateLawyerMeeting(bookingId: $b, score: $s, comment: $c) { id score } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FileLawyerComplaint($i: LawyerComplaintInput!) { fileLawyerComplaint(input: $i) { id status } }"): (typeof documents)["mutation FileLawyerComplaint($i: LawyerComplaintInput!) { fileLawyerComplaint(input: $i) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawyerMeetingsToday($date: String!) { meetings(date: $date) { id bookingId state } }"): (typeof documents)["query LawyerMeetingsToday($date: String!) { meetings(date: $date) { id bookingId state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LawyerMeetingChanged { meetingChanged { id bookingId state } }"): (typeof documents)["subscription LawyerMeetingChanged { meetingChanged { id bookingId state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RaiseMeetingAlarm($m: ID!, $k: String!) { raiseMeetingAlarm(meetingId: $m, kind: $k) { id kind } }"): (typeof documents)["mutation RaiseMeetingAlarm($m: ID!, $k: String!) { raiseMeetingAlarm(meetingId: $m, kind: $k) { id kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyLawyerMeetings {\n  myLawyerMeetings { id status seq position dueAt overdue startsAt mode purpose minutes refusalText channel\n    centre { id name } suspect { id name suspectNumber } room { id name } credentials { kind reference source fileName } }\n  myMandates { id kind suspect { id name suspectNumber centre { id name } } }\n  myLetters { id status receivedAt passedAt via withheldGround suspect { id name } centre { id name } }\n}"): (typeof documents)["query MyLawyerMeetings {\n  myLawyerMeetings { id status seq position dueAt overdue startsAt mode purpose minutes refusalText channel\n    centre { id name } suspect { id name suspectNumber } room { id name } credentials { kind reference source fileName } }\n  myMandates { id kind suspect { id name suspectNumber centre { id name } } }\n  myLetters { id status receivedAt passedAt via withheldGround suspect { id name } centre { id name } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MyQueueEntryChanged { queueEntryChanged { id status } }"): (typeof documents)["subscription MyQueueEntryChanged { queueEntryChanged { id status } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;