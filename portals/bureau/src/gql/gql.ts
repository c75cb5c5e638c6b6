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
    "query RelativesAtCounter($idNumber: String!) { relativesAtCounter(idNumber: $idNumber) { id subjectId visitorName relation\n  subject { ... on Inmate { id name institution: prison { id name } } ... on Detainee { id name institution: centre { id name } } } } }": typeof types.RelativesAtCounterDocument,
    "mutation FileAtCounter($applicant: ApplicantInput!, $input: SubmitApplicationInput!) {\n  fileAtCounter(applicant: $applicant, input: $input) { receivedAt placeName placeAddress placePhone howToCheckKey applicant\n    application { number status rulePack serviceDay { date } subject { ... on Inmate { name institution: prison { name } } ... on Detainee { name institution: centre { name } } } } } }": typeof types.FileAtCounterDocument,
    "query PendingAtVenue { applications(limit: 200, status: SUBMITTED) { id number stageDueOn institutionOverdue priority priorityCategory priorityNote\n  serviceDay { date } subject { ... on Inmate { name } ... on Detainee { name } } visitors { name } } }": typeof types.PendingAtVenueDocument,
    "subscription PendingChanged { applicationChanged { id status } }": typeof types.PendingChangedDocument,
    "mutation Prioritize($id: ID!, $category: PriorityCategory!, $note: String) {\n  prioritizeApplication(id: $id, category: $category, note: $note) { id priority priorityCategory priorityNote } }": typeof types.PrioritizeDocument,
    "query PreReviewQueue { preReviewQueue { id number status stage stageDueOn meetingTime rejectionKeyed { key params rule } serviceDay { date }\n  subject { ... on Inmate { name } ... on Detainee { name } } venue { name } visitors { name relation idNumberMasked } preReviewReasons { code labelKey needsText } } }": typeof types.PreReviewQueueDocument,
    "subscription PreReviewChanged { applicationChanged { id status } }": typeof types.PreReviewChangedDocument,
    "mutation Forward($id: ID!) { forwardApplication(id: $id) { id stage } }": typeof types.ForwardDocument,
    "mutation PreReview($id: ID!, $approve: Boolean!, $reasonCode: String, $reason: String) {\n  preReview(id: $id, approve: $approve, reasonCode: $reasonCode, reason: $reason) { id stage status } }": typeof types.PreReviewDocument,
    "mutation NotifyFamily($id: ID!) { notifyFamily(id: $id) { id stage } }": typeof types.NotifyFamilyDocument,
    "query RequestsToTell { inmateRequests { id inmateName stage stageDueOn relatives { name relation phoneMasked } } }": typeof types.RequestsToTellDocument,
    "subscription RequestToTell { inmateRequestChanged { id status stage } }": typeof types.RequestToTellDocument,
    "mutation AnswerInmateRequest($id: ID!, $accepted: Boolean!) { answerInmateRequest(id: $id, accepted: $accepted) { id stage } }": typeof types.AnswerInmateRequestDocument,
    "query LawyerConductDesk($month: String!) {\n  detentionCentres { id name }\n  lawyerComplaints { id centreId contactId bookingId text wantsHearing filedAt status feedback heardInPerson answeredAt }\n  lawyerViolations { id bookingId centreId ground groundRule details reportedAt status handling handledAt }\n  lawyerRegistrations { name phoneMasked profile { accountId certificateNumber firm registeredAt } }\n  lawyerMeetingFigures(month: $month) { centreId meetings held arranged averageWaitHours arrangedWithinDeadline deadlineCompliance complaints complaintsAnswered violations evaluations averageScore }\n}": typeof types.LawyerConductDeskDocument,
    "query CentreComplaintContacts($c: ID!) { complaintContacts(centreId: $c) { id organ organName contactName phone } }": typeof types.CentreComplaintContactsDocument,
    "mutation AnswerLawyerComplaint($id: ID!, $f: String!, $h: Boolean!) { answerLawyerComplaint(id: $id, feedback: $f, heardInPerson: $h) { id status } }": typeof types.AnswerLawyerComplaintDocument,
    "mutation HandleLawyerViolation($id: ID!, $h: String!) { handleLawyerViolation(id: $id, handling: $h) { id status } }": typeof types.HandleLawyerViolationDocument,
    "mutation VerifyRegisteredLawyer($a: ID!, $p: LawyerPracticeInput!) { verifyLawyer(accountId: $a, practice: $p) { accountId status } }": typeof types.VerifyRegisteredLawyerDocument,
    "mutation RefuseLawyerRegistration($a: ID!, $r: String!) { refuseLawyerRegistration(accountId: $a, reason: $r) { accountId status } }": typeof types.RefuseLawyerRegistrationDocument,
    "mutation CheckIn($applicationId: ID!, $idNumber: String!, $original: Boolean!, $expires: String) {\n  checkInVisitor(applicationId: $applicationId, idNumber: $idNumber, idOriginalPresent: $original, idExpiresOn: $expires) { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } }": typeof types.CheckInDocument,
    "mutation SignPledge($applicationId: ID!, $idNumber: String!) {\n  signPledge(applicationId: $applicationId, idNumber: $idNumber, signature: SIGNATURE) { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } }": typeof types.SignPledgeDocument,
    "query Pledge($applicationId: ID!) { pledgeText(applicationId: $applicationId) }": typeof types.PledgeDocument,
    "mutation ConfirmPreparation($applicationId: ID!, $equipmentChecked: Boolean!, $rulesBriefed: Boolean!, $devicesDeposited: Boolean!) {\n  confirmPreparation(applicationId: $applicationId, equipmentChecked: $equipmentChecked, rulesBriefed: $rulesBriefed, devicesDeposited: $devicesDeposited) { id preparationMissing readyToJoin } }": typeof types.ConfirmPreparationDocument,
    "mutation RecordNoShow($applicationId: ID!, $withReason: Boolean!) { recordNoShow(applicationId: $applicationId, withReason: $withReason) { id status } }": typeof types.RecordNoShowDocument,
    "mutation RefuseForConduct($applicationId: ID!, $reason: String!) { refuseForConduct(applicationId: $applicationId, reason: $reason) { id status } }": typeof types.RefuseForConductDocument,
    "mutation RecommendVisitorSuspension($applicationId: ID!, $idNumber: String!, $months: Int!, $reason: String!) {\n  recommendVisitorSuspension(applicationId: $applicationId, idNumber: $idNumber, months: $months, reason: $reason) { id status } }": typeof types.RecommendVisitorSuspensionDocument,
    "query BureauApplications { applications(limit: 200, status: APPROVED) { id number status rulePack preparationMissing readyToJoin\n  serviceDay { id date } subject { ... on Inmate { id name } ... on Detainee { id name } } visitors { name relation idNumberMasked } attendance { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } } }": typeof types.BureauApplicationsDocument,
    "subscription BureauApplicationChanged { applicationChanged { id status attendance { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } } }": typeof types.BureauApplicationChangedDocument,
    "query SmsLog($offset: Int!, $limit: Int!, $status: SmsStatus, $search: String) {\n  smsLog(offset: $offset, limit: $limit, status: $status, search: $search) { id kind body bodyKeyed { key params } status attempts createdAt sentAt phoneMasked }\n  smsLogTotal(status: $status, search: $search) }": typeof types.SmsLogDocument,
};
const documents: Documents = {
    "query RelativesAtCounter($idNumber: String!) { relativesAtCounter(idNumber: $idNumber) { id subjectId visitorName relation\n  subject { ... on Inmate { id name institution: prison { id name } } ... on Detainee { id name institution: centre { id name } } } } }": types.RelativesAtCounterDocument,
    "mutation FileAtCounter($applicant: ApplicantInput!, $input: SubmitApplicationInput!) {\n  fileAtCounter(applicant: $applicant, input: $input) { receivedAt placeName placeAddress placePhone howToCheckKey applicant\n    application { number status rulePack serviceDay { date } subject { ... on Inmate { name institution: prison { name } } ... on Detainee { name institution: centre { name } } } } } }": types.FileAtCounterDocument,
    "query PendingAtVenue { applications(limit: 200, status: SUBMITTED) { id number stageDueOn institutionOverdue priority priorityCategory priorityNote\n  serviceDay { date } subject { ... on Inmate { name } ... on Detainee { name } } visitors { name } } }": types.PendingAtVenueDocument,
    "subscription PendingChanged { applicationChanged { id status } }": types.PendingChangedDocument,
    "mutation Prioritize($id: ID!, $category: PriorityCategory!, $note: String) {\n  prioritizeApplication(id: $id, category: $category, note: $note) { id priority priorityCategory priorityNote } }": types.PrioritizeDocument,
    "query PreReviewQueue { preReviewQueue { id number status stage stageDueOn meetingTime rejectionKeyed { key params rule } serviceDay { date }\n  subject { ... on Inmate { name } ... on Detainee { name } } venue { name } visitors { name relation idNumberMasked } preReviewReasons { code labelKey needsText } } }": types.PreReviewQueueDocument,
    "subscription PreReviewChanged { applicationChanged { id status } }": types.PreReviewChangedDocument,
    "mutation Forward($id: ID!) { forwardApplication(id: $id) { id stage } }": types.ForwardDocument,
    "mutation PreReview($id: ID!, $approve: Boolean!, $reasonCode: String, $reason: String) {\n  preReview(id: $id, approve: $approve, reasonCode: $reasonCode, reason: $reason) { id stage status } }": types.PreReviewDocument,
    "mutation NotifyFamily($id: ID!) { notifyFamily(id: $id) { id stage } }": types.NotifyFamilyDocument,
    "query RequestsToTell { inmateRequests { id inmateName stage stageDueOn relatives { name relation phoneMasked } } }": types.RequestsToTellDocument,
    "subscription RequestToTell { inmateRequestChanged { id status stage } }": types.RequestToTellDocument,
    "mutation AnswerInmateRequest($id: ID!, $accepted: Boolean!) { answerInmateRequest(id: $id, accepted: $accepted) { id stage } }": types.AnswerInmateRequestDocument,
    "query LawyerConductDesk($month: String!) {\n  detentionCentres { id name }\n  lawyerComplaints { id centreId contactId bookingId text wantsHearing filedAt status feedback heardInPerson answeredAt }\n  lawyerViolations { id bookingId centreId ground groundRule details reportedAt status handling handledAt }\n  lawyerRegistrations { name phoneMasked profile { accountId certificateNumber firm registeredAt } }\n  lawyerMeetingFigures(month: $month) { centreId meetings held arranged averageWaitHours arrangedWithinDeadline deadlineCompliance complaints complaintsAnswered violations evaluations averageScore }\n}": types.LawyerConductDeskDocument,
    "query CentreComplaintContacts($c: ID!) { complaintContacts(centreId: $c) { id organ organName contactName phone } }": types.CentreComplaintContactsDocument,
    "mutation AnswerLawyerComplaint($id: ID!, $f: String!, $h: Boolean!) { answerLawyerComplaint(id: $id, feedback: $f, heardInPerson: $h) { id status } }": types.AnswerLawyerComplaintDocument,
    "mutation HandleLawyerViolation($id: ID!, $h: String!) { handleLawyerViolation(id: $id, handling: $h) { id status } }": types.HandleLawyerViolationDocument,
    "mutation VerifyRegisteredLawyer($a: ID!, $p: LawyerPracticeInput!) { verifyLawyer(accountId: $a, practice: $p) { accountId status } }": types.VerifyRegisteredLawyerDocument,
    "mutation RefuseLawyerRegistration($a: ID!, $r: String!) { refuseLawyerRegistration(accountId: $a, reason: $r) { accountId status } }": types.RefuseLawyerRegistrationDocument,
    "mutation CheckIn($applicationId: ID!, $idNumber: String!, $original: Boolean!, $expires: String) {\n  checkInVisitor(applicationId: $applicationId, idNumber: $idNumber, idOriginalPresent: $original, idExpiresOn: $expires) { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } }": types.CheckInDocument,
    "mutation SignPledge($applicationId: ID!, $idNumber: String!) {\n  signPledge(applicationId: $applicationId, idNumber: $idNumber, signature: SIGNATURE) { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } }": types.SignPledgeDocument,
    "query Pledge($applicationId: ID!) { pledgeText(applicationId: $applicationId) }": types.PledgeDocument,
    "mutation ConfirmPreparation($applicationId: ID!, $equipmentChecked: Boolean!, $rulesBriefed: Boolean!, $devicesDeposited: Boolean!) {\n  confirmPreparation(applicationId: $applicationId, equipmentChecked: $equipmentChecked, rulesBriefed: $rulesBriefed, devicesDeposited: $devicesDeposited) { id preparationMissing readyToJoin } }": types.ConfirmPreparationDocument,
    "mutation RecordNoShow($applicationId: ID!, $withReason: Boolean!) { recordNoShow(applicationId: $applicationId, withReason: $withReason) { id status } }": types.RecordNoShowDocument,
    "mutation RefuseForConduct($applicationId: ID!, $reason: String!) { refuseForConduct(applicationId: $applicationId, reason: $reason) { id status } }": types.RefuseForConductDocument,
    "mutation RecommendVisitorSuspension($applicationId: ID!, $idNumber: String!, $months: Int!, $reason: String!) {\n  recommendVisitorSuspension(applicationId: $applicationId, idNumber: $idNumber, months: $months, reason: $reason) { id status } }": types.RecommendVisitorSuspensionDocument,
    "query BureauApplications { applications(limit: 200, status: APPROVED) { id number status rulePack preparationMissing readyToJoin\n  serviceDay { id date } subject { ... on Inmate { id name } ... on Detainee { id name } } visitors { name relation idNumberMasked } attendance { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } } }": types.BureauApplicationsDocument,
    "subscription BureauApplicationChanged { applicationChanged { id status attendance { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } } }": types.BureauApplicationChangedDocument,
    "query SmsLog($offset: Int!, $limit: Int!, $status: SmsStatus, $search: String) {\n  smsLog(offset: $offset, limit: $limit, status: $status, search: $search) { id kind body bodyKeyed { key params } status attempts createdAt sentAt phoneMasked }\n  smsLogTotal(status: $status, search: $search) }": types.SmsLogDocument,
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
export function graphql(source: "query RelativesAtCounter($idNumber: String!) { relativesAtCounter(idNumber: $idNumber) { id subjectId visitorName relation\n  subject { ... on Inmate { id name institution: prison { id name } } ... on Detainee { id name institution: centre { id name } } } } }"): (typeof documents)["query RelativesAtCounter($idNumber: String!) { relativesAtCounter(idNumber: $idNumber) { id subjectId visitorName relation\n  subject { ... on Inmate { id name institution: prison { id name } } ... on Detainee { id name institution: centre { id name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FileAtCounter($applicant: ApplicantInput!, $input: SubmitApplicationInput!) {\n  fileAtCounter(applicant: $applicant, input: $input) { receivedAt placeName placeAddress placePhone howToCheckKey applicant\n    application { number status rulePack serviceDay { date } subject { ... on Inmate { name institution: prison { name } } ... on Detainee { name institution: centre { name } } } } } }"): (typeof documents)["mutation FileAtCounter($applicant: ApplicantInput!, $input: SubmitApplicationInput!) {\n  fileAtCounter(applicant: $applicant, input: $input) { receivedAt placeName placeAddress placePhone howToCheckKey applicant\n    application { number status rulePack serviceDay { date } subject { ... on Inmate { name institution: prison { name } } ... on Detainee { name institution: centre { name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingAtVenue { applications(limit: 200, status: SUBMITTED) { id number stageDueOn institutionOverdue priority priorityCategory priorityNote\n  serviceDay { date } subject { ... on Inmate { name } ... on Detainee { name } } visitors { name } } }"): (typeof documents)["query PendingAtVenue { applications(limit: 200, status: SUBMITTED) { id number stageDueOn institutionOverdue priority priorityCategory priorityNote\n  serviceDay { date } subject { ... on Inmate { name } ... on Detainee { name } } visitors { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PendingChanged { applicationChanged { id status } }"): (typeof documents)["subscription PendingChanged { applicationChanged { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Prioritize($id: ID!, $category: PriorityCategory!, $note: String) {\n  prioritizeApplication(id: $id, category: $category, note: $note) { id priority priorityCategory priorityNote } }"): (typeof documents)["mutation Prioritize($id: ID!, $category: PriorityCategory!, $note: String) {\n  prioritizeApplication(id: $id, category: $category, note: $note) { id priority priorityCategory priorityNote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreReviewQueue { preReviewQueue { id number status stage stageDueOn meetingTime rejectionKeyed { key params rule } serviceDay { date }\n  subject { ... on Inmate { name } ... on Detainee { name } } venue { name } visitors { name relation idNumberMasked } preReviewReasons { code labelKey needsText } } }"): (typeof documents)["query PreReviewQueue { preReviewQueue { id number status stage stageDueOn meetingTime rejectionKeyed { key params rule } serviceDay { date }\n  subject { ... on Inmate { name } ... on Detainee { name } } venue { name } visitors { name relation idNumberMasked } preReviewReasons { code labelKey needsText } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PreReviewChanged { applicationChanged { id status } }"): (typeof documents)["subscription PreReviewChanged { applicationChanged { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Forward($id: ID!) { forwardApplication(id: $id) { id stage } }"): (typeof documents)["mutation Forward($id: ID!) { forwardApplication(id: $id) { id stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PreReview($id: ID!, $approve: Boolean!, $reasonCode: String, $reason: String) {\n  preReview(id: $id, approve: $approve, reasonCode: $reasonCode, reason: $reason) { id stage status } }"): (typeof documents)["mutation PreReview($id: ID!, $approve: Boolean!, $reasonCode: String, $reason: String) {\n  preReview(id: $id, approve: $approve, reasonCode: $reasonCode, reason: $reason) { id stage status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifyFamily($id: ID!) { notifyFamily(id: $id) { id stage } }"): (typeof documents)["mutation NotifyFamily($id: ID!) { notifyFamily(id: $id) { id stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestsToTell { inmateRequests { id inmateName stage stageDueOn relatives { name relation phoneMasked } } }"): (typeof documents)["query RequestsToTell { inmateRequests { id inmateName stage stageDueOn relatives { name relation phoneMasked } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RequestToTell { inmateRequestChanged { id status stage } }"): (typeof documents)["subscription RequestToTell { inmateRequestChanged { id status stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerInmateRequest($id: ID!, $accepted: Boolean!) { answerInmateRequest(id: $id, accepted: $accepted) { id stage } }"): (typeof documents)["mutation AnswerInmateRequest($id: ID!, $accepted: Boolean!) { answerInmateRequest(id: $id, accepted: $accepted) { id stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawyerConductDesk($month: String!) {\n  detentionCentres { id name }\n  lawyerComplaints { id centreId contactId bookingId text wantsHearing filedAt status feedback heardInPerson answeredAt }\n  lawyerViolations { id bookingId centreId ground groundRule details reportedAt status handling handledAt }\n  lawyerRegistrations { name phoneMasked profile { accountId certificateNumber firm registeredAt } }\n  lawyerMeetingFigures(month: $month) { centreId meetings held arranged averageWaitHours arrangedWithinDeadline deadlineCompliance complaints complaintsAnswered violations evaluations averageScore }\n}"): (typeof documents)["query LawyerConductDesk($month: String!) {\n  detentionCentres { id name }\n  lawyerComplaints { id centreId contactId bookingId text wantsHearing filedAt status feedback heardInPerson answeredAt }\n  lawyerViolations { id bookingId centreId ground groundRule details reportedAt status handling handledAt }\n  lawyerRegistrations { name phoneMasked profile { accountId certificateNumber firm registeredAt } }\n  lawyerMeetingFigures(month: $month) { centreId meetings held arranged averageWaitHours arrangedWithinDeadline deadlineCompliance complaints complaintsAnswered violations evaluations averageScore }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CentreComplaintContacts($c: ID!) { complaintContacts(centreId: $c) { id organ organName contactName phone } }"): (typeof documents)["query CentreComplaintContacts($c: ID!) { complaintContacts(centreId: $c) { id organ organName contactName phone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerLawyerComplaint($id: ID!, $f: String!, $h: Boolean!) { answerLawyerComplaint(id: $id, feedback: $f, heardInPerson: $h) { id status } }"): (typeof documents)["mutation AnswerLawyerComplaint($id: ID!, $f: String!, $h: Boolean!) { answerLawyerComplaint(id: $id, feedback: $f, heardInPerson: $h) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HandleLawyerViolation($id: ID!, $h: String!) { handleLawyerViolation(id: $id, handling: $h) { id status } }"): (typeof documents)["mutation HandleLawyerViolation($id: ID!, $h: String!) { handleLawyerViolation(id: $id, handling: $h) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyRegisteredLawyer($a: ID!, $p: LawyerPracticeInput!) { verifyLawyer(accountId: $a, practice: $p) { accountId status } }"): (typeof documents)["mutation VerifyRegisteredLawyer($a: ID!, $p: LawyerPracticeInput!) { verifyLawyer(accountId: $a, practice: $p) { accountId status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefuseLawyerRegistration($a: ID!, $r: String!) { refuseLawyerRegistration(accountId: $a, reason: $r) { accountId status } }"): (typeof documents)["mutation RefuseLawyerRegistration($a: ID!, $r: String!) { refuseLawyerRegistration(accountId: $a, reason: $r) { accountId status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckIn($applicationId: ID!, $idNumber: String!, $original: Boolean!, $expires: String) {\n  checkInVisitor(applicationId: $applicationId, idNumber: $idNumber, idOriginalPresent: $original, idExpiresOn: $expires) { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } }"): (typeof documents)["mutation CheckIn($applicationId: ID!, $idNumber: String!, $original: Boolean!, $expires: String) {\n  checkInVisitor(applicationId: $applicationId, idNumber: $idNumber, idOriginalPresent: $original, idExpiresOn: $expires) { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignPledge($applicationId: ID!, $idNumber: String!) {\n  signPledge(applicationId: $applicationId, idNumber: $idNumber, signature: SIGNATURE) { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } }"): (typeof documents)["mutation SignPledge($applicationId: ID!, $idNumber: String!) {\n  signPledge(applicationId: $applicationId, idNumber: $idNumber, signature: SIGNATURE) { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Pledge($applicationId: ID!) { pledgeText(applicationId: $applicationId) }"): (typeof documents)["query Pledge($applicationId: ID!) { pledgeText(applicationId: $applicationId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmPreparation($applicationId: ID!, $equipmentChecked: Boolean!, $rulesBriefed: Boolean!, $devicesDeposited: Boolean!) {\n  confirmPreparation(applicationId: $applicationId, equipmentChecked: $equipmentChecked, rulesBriefed: $rulesBriefed, devicesDeposited: $devicesDeposited) { id preparationMissing readyToJoin } }"): (typeof documents)["mutation ConfirmPreparation($applicationId: ID!, $equipmentChecked: Boolean!, $rulesBriefed: Boolean!, $devicesDeposited: Boolean!) {\n  confirmPreparation(applicationId: $applicationId, equipmentChecked: $equipmentChecked, rulesBriefed: $rulesBriefed, devicesDeposited: $devicesDeposited) { id preparationMissing readyToJoin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordNoShow($applicationId: ID!, $withReason: Boolean!) { recordNoShow(applicationId: $applicationId, withReason: $withReason) { id status } }"): (typeof documents)["mutation RecordNoShow($applicationId: ID!, $withReason: Boolean!) { recordNoShow(applicationId: $applicationId, withReason: $withReason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefuseForConduct($applicationId: ID!, $reason: String!) { refuseForConduct(applicationId: $applicationId, reason: $reason) { id status } }"): (typeof documents)["mutation RefuseForConduct($applicationId: ID!, $reason: String!) { refuseForConduct(applicationId: $applicationId, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecommendVisitorSuspension($applicationId: ID!, $idNumber: String!, $months: Int!, $reason: String!) {\n  recommendVisitorSuspension(applicationId: $applicationId, idNumber: $idNumber, months: $months, reason: $reason) { id status } }"): (typeof documents)["mutation RecommendVisitorSuspension($applicationId: ID!, $idNumber: String!, $months: Int!, $reason: String!) {\n  recommendVisitorSuspension(applicationId: $applicationId, idNumber: $idNumber, months: $months, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BureauApplications { applications(limit: 200, status: APPROVED) { id number status rulePack preparationMissing readyToJoin\n  serviceDay { id date } subject { ... on Inmate { id name } ... on Detainee { id name } } visitors { name relation idNumberMasked } attendance { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } } }"): (typeof documents)["query BureauApplications { applications(limit: 200, status: APPROVED) { id number status rulePack preparationMissing readyToJoin\n  serviceDay { id date } subject { ... on Inmate { id name } ... on Detainee { id name } } visitors { name relation idNumberMasked } attendance { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BureauApplicationChanged { applicationChanged { id status attendance { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } } }"): (typeof documents)["subscription BureauApplicationChanged { applicationChanged { id status attendance { id visitorIndex admitted refusalKeyed { key params rule } pledgeSignedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmsLog($offset: Int!, $limit: Int!, $status: SmsStatus, $search: String) {\n  smsLog(offset: $offset, limit: $limit, status: $status, search: $search) { id kind body bodyKeyed { key params } status attempts createdAt sentAt phoneMasked }\n  smsLogTotal(status: $status, search: $search) }"): (typeof documents)["query SmsLog($offset: Int!, $limit: Int!, $status: SmsStatus, $search: String) {\n  smsLog(offset: $offset, limit: $limit, status: $status, search: $search) { id kind body bodyKeyed { key params } status attempts createdAt sentAt phoneMasked }\n  smsLogTotal(status: $status, search: $search) }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;