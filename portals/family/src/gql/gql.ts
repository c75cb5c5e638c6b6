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
    "\n  mutation Register($name: String!, $idNumber: String!, $phone: String!, $username: String!, $password: String!) {\n    registerProxy(name: $name, idNumber: $idNumber, phone: $phone, username: $username, password: $password) {\n      token\n      account {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query MyAccount {\n    me {\n      id\n      username\n      displayName\n      phoneMasked\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      account {\n        id\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPhoneChange($currentPassword: String!, $phone: String!) {\n    requestPhoneChange(currentPassword: $currentPassword, phone: $phone) {\n      ticket\n      expiresInSeconds\n    }\n  }\n": typeof types.RequestPhoneChangeDocument,
    "\n  mutation ConfirmPhoneChange($ticket: ID!, $code: String!) {\n    confirmPhoneChange(ticket: $ticket, code: $code) {\n      id\n      phoneMasked\n    }\n  }\n": typeof types.ConfirmPhoneChangeDocument,
    "\n  mutation RequestPasswordReset($name: String!) {\n    requestPasswordReset(name: $name) {\n      ticket\n      expiresInSeconds\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($ticket: ID!, $code: String!, $newPassword: String!) {\n    resetPassword(ticket: $ticket, code: $code, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MyRelatives($months: [String!]!) {\n    myRelatives {\n      id\n      subjectId\n      visitorName\n      relation\n      rulePack\n      ownIdNumber\n      monthsUsed(months: $months) {\n        month\n        used\n        allowed\n        blockedBy\n      }\n      subject {\n        ... on Inmate {\n          id\n          name\n          institution: prison {\n            id\n            name\n          }\n        }\n        ... on Detainee {\n          id\n          name\n          institution: centre {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyRelativesDocument,
    "\n  query FamilyDays($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n    thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) {\n      id\n      date\n      available\n      capacity\n      closedBy\n    }\n    nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) {\n      id\n      date\n      available\n      capacity\n      closedBy\n    }\n    calendarYears {\n      year\n    }\n  }\n": typeof types.FamilyDaysDocument,
    "\n  query Venues {\n    countyBureaus {\n      id\n      name\n      kind\n      region\n      address\n      rulePack\n    }\n  }\n": typeof types.VenuesDocument,
    "\n  mutation Apply($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      number\n      status\n    }\n  }\n": typeof types.ApplyDocument,
    "\n  fragment MineFields on Application {\n    id\n    number\n    status\n    rulePack\n    rejectionKeyed {\n      key\n      params\n      rule\n    }\n    meetingTime\n    submittedAt\n    serviceDay {\n      id\n      date\n    }\n    venue {\n      id\n      name\n      kind\n      region\n      address\n      rulePack\n    }\n    subject {\n      ... on Inmate {\n        id\n        name\n      }\n      ... on Detainee {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MineFieldsFragmentDoc,
    "\n  query MyApplications {\n    applications(limit: 50) {\n      ...MineFields\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  query OneApplication($id: ID!) {\n    application(id: $id) {\n      ...MineFields\n    }\n  }\n": typeof types.OneApplicationDocument,
    "\n  subscription MyApplicationChanged {\n    applicationChanged {\n      id\n      status\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n      meetingTime\n    }\n  }\n": typeof types.MyApplicationChangedDocument,
    "\n  mutation Withdraw($id: ID!) {\n    cancelApplication(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawDocument,
    "\n  query Notices {\n    suspensionNotices {\n      id\n      fromDate\n      toDate\n      messageKeyed {\n        key\n        params\n      }\n      issuedAt\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  query Briefings($locale: String!) {\n    rulesBriefings(locale: $locale) {\n      rulePack\n      name\n      lines {\n        topic\n        text\n      }\n    }\n  }\n": typeof types.BriefingsDocument,
    "\n  query Result($number: String!, $idNumber: String!) {\n    applicationResult(number: $number, idNumber: $idNumber) {\n      number\n      status\n      serviceDate\n      venue\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n    }\n  }\n": typeof types.ResultDocument,
    "\n  query PublicInstitutions {\n    prisons {\n      id\n      name\n    }\n    detoxCentres {\n      id\n      name\n    }\n  }\n": typeof types.PublicInstitutionsDocument,
};
const documents: Documents = {
    "\n  mutation Register($name: String!, $idNumber: String!, $phone: String!, $username: String!, $password: String!) {\n    registerProxy(name: $name, idNumber: $idNumber, phone: $phone, username: $username, password: $password) {\n      token\n      account {\n        id\n        displayName\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  query MyAccount {\n    me {\n      id\n      username\n      displayName\n      phoneMasked\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      account {\n        id\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPhoneChange($currentPassword: String!, $phone: String!) {\n    requestPhoneChange(currentPassword: $currentPassword, phone: $phone) {\n      ticket\n      expiresInSeconds\n    }\n  }\n": types.RequestPhoneChangeDocument,
    "\n  mutation ConfirmPhoneChange($ticket: ID!, $code: String!) {\n    confirmPhoneChange(ticket: $ticket, code: $code) {\n      id\n      phoneMasked\n    }\n  }\n": types.ConfirmPhoneChangeDocument,
    "\n  mutation RequestPasswordReset($name: String!) {\n    requestPasswordReset(name: $name) {\n      ticket\n      expiresInSeconds\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($ticket: ID!, $code: String!, $newPassword: String!) {\n    resetPassword(ticket: $ticket, code: $code, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  query MyRelatives($months: [String!]!) {\n    myRelatives {\n      id\n      subjectId\n      visitorName\n      relation\n      rulePack\n      ownIdNumber\n      monthsUsed(months: $months) {\n        month\n        used\n        allowed\n        blockedBy\n      }\n      subject {\n        ... on Inmate {\n          id\n          name\n          institution: prison {\n            id\n            name\n          }\n        }\n        ... on Detainee {\n          id\n          name\n          institution: centre {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyRelativesDocument,
    "\n  query FamilyDays($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n    thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) {\n      id\n      date\n      available\n      capacity\n      closedBy\n    }\n    nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) {\n      id\n      date\n      available\n      capacity\n      closedBy\n    }\n    calendarYears {\n      year\n    }\n  }\n": types.FamilyDaysDocument,
    "\n  query Venues {\n    countyBureaus {\n      id\n      name\n      kind\n      region\n      address\n      rulePack\n    }\n  }\n": types.VenuesDocument,
    "\n  mutation Apply($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      number\n      status\n    }\n  }\n": types.ApplyDocument,
    "\n  fragment MineFields on Application {\n    id\n    number\n    status\n    rulePack\n    rejectionKeyed {\n      key\n      params\n      rule\n    }\n    meetingTime\n    submittedAt\n    serviceDay {\n      id\n      date\n    }\n    venue {\n      id\n      name\n      kind\n      region\n      address\n      rulePack\n    }\n    subject {\n      ... on Inmate {\n        id\n        name\n      }\n      ... on Detainee {\n        id\n        name\n      }\n    }\n  }\n": types.MineFieldsFragmentDoc,
    "\n  query MyApplications {\n    applications(limit: 50) {\n      ...MineFields\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  query OneApplication($id: ID!) {\n    application(id: $id) {\n      ...MineFields\n    }\n  }\n": types.OneApplicationDocument,
    "\n  subscription MyApplicationChanged {\n    applicationChanged {\n      id\n      status\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n      meetingTime\n    }\n  }\n": types.MyApplicationChangedDocument,
    "\n  mutation Withdraw($id: ID!) {\n    cancelApplication(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawDocument,
    "\n  query Notices {\n    suspensionNotices {\n      id\n      fromDate\n      toDate\n      messageKeyed {\n        key\n        params\n      }\n      issuedAt\n    }\n  }\n": types.NoticesDocument,
    "\n  query Briefings($locale: String!) {\n    rulesBriefings(locale: $locale) {\n      rulePack\n      name\n      lines {\n        topic\n        text\n      }\n    }\n  }\n": types.BriefingsDocument,
    "\n  query Result($number: String!, $idNumber: String!) {\n    applicationResult(number: $number, idNumber: $idNumber) {\n      number\n      status\n      serviceDate\n      venue\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n    }\n  }\n": types.ResultDocument,
    "\n  query PublicInstitutions {\n    prisons {\n      id\n      name\n    }\n    detoxCentres {\n      id\n      name\n    }\n  }\n": types.PublicInstitutionsDocument,
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
export function graphql(source: "\n  mutation Register($name: String!, $idNumber: String!, $phone: String!, $username: String!, $password: String!) {\n    registerProxy(name: $name, idNumber: $idNumber, phone: $phone, username: $username, password: $password) {\n      token\n      account {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($name: String!, $idNumber: String!, $phone: String!, $username: String!, $password: String!) {\n    registerProxy(name: $name, idNumber: $idNumber, phone: $phone, username: $username, password: $password) {\n      token\n      account {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      id\n      username\n      displayName\n      phoneMasked\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    me {\n      id\n      username\n      displayName\n      phoneMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPhoneChange($currentPassword: String!, $phone: String!) {\n    requestPhoneChange(currentPassword: $currentPassword, phone: $phone) {\n      ticket\n      expiresInSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPhoneChange($currentPassword: String!, $phone: String!) {\n    requestPhoneChange(currentPassword: $currentPassword, phone: $phone) {\n      ticket\n      expiresInSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPhoneChange($ticket: ID!, $code: String!) {\n    confirmPhoneChange(ticket: $ticket, code: $code) {\n      id\n      phoneMasked\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPhoneChange($ticket: ID!, $code: String!) {\n    confirmPhoneChange(ticket: $ticket, code: $code) {\n      id\n      phoneMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($name: String!) {\n    requestPasswordReset(name: $name) {\n      ticket\n      expiresInSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($name: String!) {\n    requestPasswordReset(name: $name) {\n      ticket\n      expiresInSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($ticket: ID!, $code: String!, $newPassword: String!) {\n    resetPassword(ticket: $ticket, code: $code, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($ticket: ID!, $code: String!, $newPassword: String!) {\n    resetPassword(ticket: $ticket, code: $code, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRelatives($months: [String!]!) {\n    myRelatives {\n      id\n      subjectId\n      visitorName\n      relation\n      rulePack\n      ownIdNumber\n      monthsUsed(months: $months) {\n        month\n        used\n        allowed\n        blockedBy\n      }\n      subject {\n        ... on Inmate {\n          id\n          name\n          institution: prison {\n            id\n            name\n          }\n        }\n        ... on Detainee {\n          id\n          name\n          institution: centre {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRelatives($months: [String!]!) {\n    myRelatives {\n      id\n      subjectId\n      visitorName\n      relation\n      rulePack\n      ownIdNumber\n      monthsUsed(months: $months) {\n        month\n        used\n        allowed\n        blockedBy\n      }\n      subject {\n        ... on Inmate {\n          id\n          name\n          institution: prison {\n            id\n            name\n          }\n        }\n        ... on Detainee {\n          id\n          name\n          institution: centre {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyDays($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n    thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) {\n      id\n      date\n      available\n      capacity\n      closedBy\n    }\n    nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) {\n      id\n      date\n      available\n      capacity\n      closedBy\n    }\n    calendarYears {\n      year\n    }\n  }\n"): (typeof documents)["\n  query FamilyDays($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n    thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) {\n      id\n      date\n      available\n      capacity\n      closedBy\n    }\n    nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) {\n      id\n      date\n      available\n      capacity\n      closedBy\n    }\n    calendarYears {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Venues {\n    countyBureaus {\n      id\n      name\n      kind\n      region\n      address\n      rulePack\n    }\n  }\n"): (typeof documents)["\n  query Venues {\n    countyBureaus {\n      id\n      name\n      kind\n      region\n      address\n      rulePack\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Apply($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      number\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Apply($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      number\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MineFields on Application {\n    id\n    number\n    status\n    rulePack\n    rejectionKeyed {\n      key\n      params\n      rule\n    }\n    meetingTime\n    submittedAt\n    serviceDay {\n      id\n      date\n    }\n    venue {\n      id\n      name\n      kind\n      region\n      address\n      rulePack\n    }\n    subject {\n      ... on Inmate {\n        id\n        name\n      }\n      ... on Detainee {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MineFields on Application {\n    id\n    number\n    status\n    rulePack\n    rejectionKeyed {\n      key\n      params\n      rule\n    }\n    meetingTime\n    submittedAt\n    serviceDay {\n      id\n      date\n    }\n    venue {\n      id\n      name\n      kind\n      region\n      address\n      rulePack\n    }\n    subject {\n      ... on Inmate {\n        id\n        name\n      }\n      ... on Detainee {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications {\n    applications(limit: 50) {\n      ...MineFields\n    }\n  }\n"): (typeof documents)["\n  query MyApplications {\n    applications(limit: 50) {\n      ...MineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneApplication($id: ID!) {\n    application(id: $id) {\n      ...MineFields\n    }\n  }\n"): (typeof documents)["\n  query OneApplication($id: ID!) {\n    application(id: $id) {\n      ...MineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyApplicationChanged {\n    applicationChanged {\n      id\n      status\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n      meetingTime\n    }\n  }\n"): (typeof documents)["\n  subscription MyApplicationChanged {\n    applicationChanged {\n      id\n      status\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n      meetingTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($id: ID!) {\n    cancelApplication(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Withdraw($id: ID!) {\n    cancelApplication(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices {\n    suspensionNotices {\n      id\n      fromDate\n      toDate\n      messageKeyed {\n        key\n        params\n      }\n      issuedAt\n    }\n  }\n"): (typeof documents)["\n  query Notices {\n    suspensionNotices {\n      id\n      fromDate\n      toDate\n      messageKeyed {\n        key\n        params\n      }\n      issuedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Briefings($locale: String!) {\n    rulesBriefings(locale: $locale) {\n      rulePack\n      name\n      lines {\n        topic\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query Briefings($locale: String!) {\n    rulesBriefings(locale: $locale) {\n      rulePack\n      name\n      lines {\n        topic\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Result($number: String!, $idNumber: String!) {\n    applicationResult(number: $number, idNumber: $idNumber) {\n      number\n      status\n      serviceDate\n      venue\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n    }\n  }\n"): (typeof documents)["\n  query Result($number: String!, $idNumber: String!) {\n    applicationResult(number: $number, idNumber: $idNumber) {\n      number\n      status\n      serviceDate\n      venue\n      rejectionKeyed {\n        key\n        params\n        rule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicInstitutions {\n    prisons {\n      id\n      name\n    }\n    detoxCentres {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PublicInstitutions {\n    prisons {\n      id\n      name\n    }\n    detoxCentres {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;