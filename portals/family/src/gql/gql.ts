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
    "mutation Register($name: String!, $idNumber: String!, $phone: String!, $username: String!, $password: String!) {\n  registerProxy(name: $name, idNumber: $idNumber, phone: $phone, username: $username, password: $password) { token account { id displayName } } }": typeof types.RegisterDocument,
    "query MyAccount { me { id username displayName phoneMasked } }": typeof types.MyAccountDocument,
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token account { id } } }": typeof types.ChangePasswordDocument,
    "mutation RequestPhoneChange($currentPassword: String!, $phone: String!) {\n  requestPhoneChange(currentPassword: $currentPassword, phone: $phone) { ticket expiresInSeconds } }": typeof types.RequestPhoneChangeDocument,
    "mutation ConfirmPhoneChange($ticket: ID!, $code: String!) {\n  confirmPhoneChange(ticket: $ticket, code: $code) { id phoneMasked } }": typeof types.ConfirmPhoneChangeDocument,
    "mutation RequestPasswordReset($name: String!) { requestPasswordReset(name: $name) { ticket expiresInSeconds } }": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($ticket: ID!, $code: String!, $newPassword: String!) {\n  resetPassword(ticket: $ticket, code: $code, newPassword: $newPassword) }": typeof types.ResetPasswordDocument,
    "query MyRelatives($months: [String!]!) { myRelatives { id subjectId visitorName relation rulePack ownIdNumber\n  monthsUsed(months: $months) { month used allowed blockedBy }\n  subject { ... on Inmate { id name institution: prison { id name } } ... on Detainee { id name institution: centre { id name } } } } }": typeof types.MyRelativesDocument,
    "query FamilyDays($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n  thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) { id date available capacity closedBy }\n  nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) { id date available capacity closedBy }\n  calendarYears { year } }": typeof types.FamilyDaysDocument,
    "query Venues { countyBureaus { id name kind region address rulePack } }": typeof types.VenuesDocument,
    "mutation Apply($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number status } }": typeof types.ApplyDocument,
    "fragment MineFields on Application { id number status rulePack rejectionKeyed { key params rule } meetingTime submittedAt serviceDay { id date }\n  venue { id name kind region address rulePack } subject { ... on Inmate { id name } ... on Detainee { id name } } }": typeof types.MineFieldsFragmentDoc,
    "query MyApplications { applications(limit: 50) { ...MineFields } }": typeof types.MyApplicationsDocument,
    "query OneApplication($id: ID!) { application(id: $id) { ...MineFields } }": typeof types.OneApplicationDocument,
    "subscription MyApplicationChanged { applicationChanged { id status rejectionKeyed { key params rule } meetingTime } }": typeof types.MyApplicationChangedDocument,
    "mutation Withdraw($id: ID!) { cancelApplication(id: $id) { id status } }": typeof types.WithdrawDocument,
    "query Notices { suspensionNotices { id fromDate toDate messageKeyed { key params } issuedAt } }": typeof types.NoticesDocument,
    "query Briefings($locale: String!) { rulesBriefings(locale: $locale) { rulePack name lines { topic text } } }": typeof types.BriefingsDocument,
    "query Result($number: String!, $idNumber: String!) {\n  applicationResult(number: $number, idNumber: $idNumber) { number status serviceDate venue rejectionKeyed { key params rule } } }": typeof types.ResultDocument,
    "query PublicInstitutions { prisons { id name } detoxCentres { id name } }": typeof types.PublicInstitutionsDocument,
};
const documents: Documents = {
    "mutation Register($name: String!, $idNumber: String!, $phone: String!, $username: String!, $password: String!) {\n  registerProxy(name: $name, idNumber: $idNumber, phone: $phone, username: $username, password: $password) { token account { id displayName } } }": types.RegisterDocument,
    "query MyAccount { me { id username displayName phoneMasked } }": types.MyAccountDocument,
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token account { id } } }": types.ChangePasswordDocument,
    "mutation RequestPhoneChange($currentPassword: String!, $phone: String!) {\n  requestPhoneChange(currentPassword: $currentPassword, phone: $phone) { ticket expiresInSeconds } }": types.RequestPhoneChangeDocument,
    "mutation ConfirmPhoneChange($ticket: ID!, $code: String!) {\n  confirmPhoneChange(ticket: $ticket, code: $code) { id phoneMasked } }": types.ConfirmPhoneChangeDocument,
    "mutation RequestPasswordReset($name: String!) { requestPasswordReset(name: $name) { ticket expiresInSeconds } }": types.RequestPasswordResetDocument,
    "mutation ResetPassword($ticket: ID!, $code: String!, $newPassword: String!) {\n  resetPassword(ticket: $ticket, code: $code, newPassword: $newPassword) }": types.ResetPasswordDocument,
    "query MyRelatives($months: [String!]!) { myRelatives { id subjectId visitorName relation rulePack ownIdNumber\n  monthsUsed(months: $months) { month used allowed blockedBy }\n  subject { ... on Inmate { id name institution: prison { id name } } ... on Detainee { id name institution: centre { id name } } } } }": types.MyRelativesDocument,
    "query FamilyDays($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n  thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) { id date available capacity closedBy }\n  nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) { id date available capacity closedBy }\n  calendarYears { year } }": types.FamilyDaysDocument,
    "query Venues { countyBureaus { id name kind region address rulePack } }": types.VenuesDocument,
    "mutation Apply($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number status } }": types.ApplyDocument,
    "fragment MineFields on Application { id number status rulePack rejectionKeyed { key params rule } meetingTime submittedAt serviceDay { id date }\n  venue { id name kind region address rulePack } subject { ... on Inmate { id name } ... on Detainee { id name } } }": types.MineFieldsFragmentDoc,
    "query MyApplications { applications(limit: 50) { ...MineFields } }": types.MyApplicationsDocument,
    "query OneApplication($id: ID!) { application(id: $id) { ...MineFields } }": types.OneApplicationDocument,
    "subscription MyApplicationChanged { applicationChanged { id status rejectionKeyed { key params rule } meetingTime } }": types.MyApplicationChangedDocument,
    "mutation Withdraw($id: ID!) { cancelApplication(id: $id) { id status } }": types.WithdrawDocument,
    "query Notices { suspensionNotices { id fromDate toDate messageKeyed { key params } issuedAt } }": types.NoticesDocument,
    "query Briefings($locale: String!) { rulesBriefings(locale: $locale) { rulePack name lines { topic text } } }": types.BriefingsDocument,
    "query Result($number: String!, $idNumber: String!) {\n  applicationResult(number: $number, idNumber: $idNumber) { number status serviceDate venue rejectionKeyed { key params rule } } }": types.ResultDocument,
    "query PublicInstitutions { prisons { id name } detoxCentres { id name } }": types.PublicInstitutionsDocument,
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
export function graphql(source: "mutation Register($name: String!, $idNumber: String!, $phone: String!, $username: String!, $password: String!) {\n  registerProxy(name: $name, idNumber: $idNumber, phone: $phone, username: $username, password: $password) { token account { id displayName } } }"): (typeof documents)["mutation Register($name: String!, $idNumber: String!, $phone: String!, $username: String!, $password: String!) {\n  registerProxy(name: $name, idNumber: $idNumber, phone: $phone, username: $username, password: $password) { token account { id displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAccount { me { id username displayName phoneMasked } }"): (typeof documents)["query MyAccount { me { id username displayName phoneMasked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token account { id } } }"): (typeof documents)["mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token account { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPhoneChange($currentPassword: String!, $phone: String!) {\n  requestPhoneChange(currentPassword: $currentPassword, phone: $phone) { ticket expiresInSeconds } }"): (typeof documents)["mutation RequestPhoneChange($currentPassword: String!, $phone: String!) {\n  requestPhoneChange(currentPassword: $currentPassword, phone: $phone) { ticket expiresInSeconds } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmPhoneChange($ticket: ID!, $code: String!) {\n  confirmPhoneChange(ticket: $ticket, code: $code) { id phoneMasked } }"): (typeof documents)["mutation ConfirmPhoneChange($ticket: ID!, $code: String!) {\n  confirmPhoneChange(ticket: $ticket, code: $code) { id phoneMasked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($name: String!) { requestPasswordReset(name: $name) { ticket expiresInSeconds } }"): (typeof documents)["mutation RequestPasswordReset($name: String!) { requestPasswordReset(name: $name) { ticket expiresInSeconds } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($ticket: ID!, $code: String!, $newPassword: String!) {\n  resetPassword(ticket: $ticket, code: $code, newPassword: $newPassword) }"): (typeof documents)["mutation ResetPassword($ticket: ID!, $code: String!, $newPassword: String!) {\n  resetPassword(ticket: $ticket, code: $code, newPassword: $newPassword) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRelatives($months: [String!]!) { myRelatives { id subjectId visitorName relation rulePack ownIdNumber\n  monthsUsed(months: $months) { month used allowed blockedBy }\n  subject { ... on Inmate { id name institution: prison { id name } } ... on Detainee { id name institution: centre { id name } } } } }"): (typeof documents)["query MyRelatives($months: [String!]!) { myRelatives { id subjectId visitorName relation rulePack ownIdNumber\n  monthsUsed(months: $months) { month used allowed blockedBy }\n  subject { ... on Inmate { id name institution: prison { id name } } ... on Detainee { id name institution: centre { id name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyDays($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n  thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) { id date available capacity closedBy }\n  nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) { id date available capacity closedBy }\n  calendarYears { year } }"): (typeof documents)["query FamilyDays($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n  thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) { id date available capacity closedBy }\n  nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) { id date available capacity closedBy }\n  calendarYears { year } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Venues { countyBureaus { id name kind region address rulePack } }"): (typeof documents)["query Venues { countyBureaus { id name kind region address rulePack } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Apply($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number status } }"): (typeof documents)["mutation Apply($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MineFields on Application { id number status rulePack rejectionKeyed { key params rule } meetingTime submittedAt serviceDay { id date }\n  venue { id name kind region address rulePack } subject { ... on Inmate { id name } ... on Detainee { id name } } }"): (typeof documents)["fragment MineFields on Application { id number status rulePack rejectionKeyed { key params rule } meetingTime submittedAt serviceDay { id date }\n  venue { id name kind region address rulePack } subject { ... on Inmate { id name } ... on Detainee { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyApplications { applications(limit: 50) { ...MineFields } }"): (typeof documents)["query MyApplications { applications(limit: 50) { ...MineFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneApplication($id: ID!) { application(id: $id) { ...MineFields } }"): (typeof documents)["query OneApplication($id: ID!) { application(id: $id) { ...MineFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MyApplicationChanged { applicationChanged { id status rejectionKeyed { key params rule } meetingTime } }"): (typeof documents)["subscription MyApplicationChanged { applicationChanged { id status rejectionKeyed { key params rule } meetingTime } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Withdraw($id: ID!) { cancelApplication(id: $id) { id status } }"): (typeof documents)["mutation Withdraw($id: ID!) { cancelApplication(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notices { suspensionNotices { id fromDate toDate messageKeyed { key params } issuedAt } }"): (typeof documents)["query Notices { suspensionNotices { id fromDate toDate messageKeyed { key params } issuedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Briefings($locale: String!) { rulesBriefings(locale: $locale) { rulePack name lines { topic text } } }"): (typeof documents)["query Briefings($locale: String!) { rulesBriefings(locale: $locale) { rulePack name lines { topic text } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Result($number: String!, $idNumber: String!) {\n  applicationResult(number: $number, idNumber: $idNumber) { number status serviceDate venue rejectionKeyed { key params rule } } }"): (typeof documents)["query Result($number: String!, $idNumber: String!) {\n  applicationResult(number: $number, idNumber: $idNumber) { number status serviceDate venue rejectionKeyed { key params rule } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicInstitutions { prisons { id name } detoxCentres { id name } }"): (typeof documents)["query PublicInstitutions { prisons { id name } detoxCentres { id name } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;