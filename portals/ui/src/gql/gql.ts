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
    "mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token step account { id displayName roles tenantKind tenantId } }\n  }": typeof types.LoginDocument,
    "mutation ChangePassword($o: String!, $n: String!) { changePassword(currentPassword: $o, newPassword: $n) { token step account { id displayName roles tenantKind tenantId } } }": typeof types.ChangePasswordDocument,
    "mutation BeginTotpEnrolment { beginTotpEnrolment { secret qrDataUrl } }": typeof types.BeginTotpEnrolmentDocument,
    "mutation ConfirmTotpEnrolment($c: String!) { confirmTotpEnrolment(code: $c) { token step account { id displayName roles tenantKind tenantId } } }": typeof types.ConfirmTotpEnrolmentDocument,
    "mutation VerifyTotp($c: String!) { verifyTotp(code: $c) { token step account { id displayName roles tenantKind tenantId } } }": typeof types.VerifyTotpDocument,
    "query StaffAccounts($search: String, $offset: Int, $limit: Int) {\n  staffAccounts(search: $search, offset: $offset, limit: $limit) { total items { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }": typeof types.StaffAccountsDocument,
    "query AccountUnits { prisons { id name } detoxCentres { id name } countyBureaus { id name kind } supervisingBureaus { id name kind } detentionCentres { id name } }": typeof types.AccountUnitsDocument,
    "mutation CreateStaffAccount($input: NewStaffAccountInput!) { createStaffAccount(input: $input) { temporaryPassword account { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }": typeof types.CreateStaffAccountDocument,
    "mutation SetStaffAccountRoles($id: ID!, $roles: [String!]!) { setStaffAccountRoles(id: $id, roles: $roles) { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } }": typeof types.SetStaffAccountRolesDocument,
    "mutation ResetStaffPassword($id: ID!, $f: Boolean) { resetStaffPassword(id: $id, resetSecondFactor: $f) { temporaryPassword account { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }": typeof types.ResetStaffPasswordDocument,
    "mutation SetStaffAccountActive($id: ID!, $active: Boolean!) { setStaffAccountActive(id: $id, active: $active) { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } }": typeof types.SetStaffAccountActiveDocument,
    "query AuditTrail($filter: AuditFilter, $offset: Int, $limit: Int) {\n  auditTrail(filter: $filter, offset: $offset, limit: $limit) { total records {\n    seq occurredAt username accountId tenantKind tenantId roles action operation entityType entityId before after } } }": typeof types.AuditTrailDocument,
    "query AuditTrailCsv($filter: AuditFilter) { auditTrailCsv(filter: $filter) }": typeof types.AuditTrailCsvDocument,
    "query AuditTrailIntegrity { auditTrailIntegrity { ok checked firstBrokenSeq reason } }": typeof types.AuditTrailIntegrityDocument,
    "query Me { me { id tenantId } }": typeof types.MeDocument,
    "query SlotRules($month: String!) { slotRules(month: $month) { publishBy { value rule } minimum { value rule } openDays } }": typeof types.SlotRulesDocument,
    "query PublishedDays($institutionId: ID!, $month: String!) { serviceDays(institutionId: $institutionId, month: $month) { id date capacity taken } }": typeof types.PublishedDaysDocument,
    "query OwnCompliance($month: String!) { slotCompliance(month: $month) { unitId month total minimum belowMinimum late } }": typeof types.OwnComplianceDocument,
    "query LoadedYears { calendarYears { year } }": typeof types.LoadedYearsDocument,
    "mutation Publish($days: [ServiceDayInput!]!) { publishServiceDays(days: $days) { id date capacity taken } }": typeof types.PublishDocument,
    "query Days($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n  thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) { id date available }\n  nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) { id date available } }": typeof types.DaysDocument,
    "query HeldRelative($name: String!, $idNumber: String!) {\n  inmate: heldRelativeInmate(name: $name, idNumber: $idNumber) { id name institution { id name } }\n  detainee: heldRelativeDetainee(name: $name, idNumber: $idNumber) { id name institution { id name } } }": typeof types.HeldRelativeDocument,
    "mutation FileCustodyMeeting($input: CustodyMeetingInput!) { fileCustodyMeeting(input: $input) { id number status } }": typeof types.FileCustodyMeetingDocument,
    "fragment MeetingFields on Meeting { id state date privileged rulePack secondsLeft endReasonKeyed { key params rule } extensionApprover extendedMinutes\n  warnings { id reason ground givenAt }\n  warnGrounds { code labelKey needsText } stopGrounds { code labelKey needsText }\n  application { id number subject { ... on Inmate { id name } ... on Detainee { id name } } visitors { name relation } } }": typeof types.MeetingFieldsFragmentDoc,
    "query MeetingsToday($date: String!) { meetings(date: $date) { ...MeetingFields } }": typeof types.MeetingsTodayDocument,
    "query Meeting($id: ID!) { meeting(id: $id) { ...MeetingFields } }": typeof types.MeetingDocument,
    "subscription MeetingChanged($id: ID) { meetingChanged(id: $id) { ...MeetingFields } }": typeof types.MeetingChangedDocument,
    "mutation StartMeeting($id: ID!, $language: String!, $translatorPresent: Boolean!) {\n  startMeeting(id: $id, language: $language, translatorPresent: $translatorPresent) { ...MeetingFields } }": typeof types.StartMeetingDocument,
    "mutation JoinMeeting($id: ID!) { joinMeeting(id: $id) { janusUrl plugin room pin token feed seat } }": typeof types.JoinMeetingDocument,
    "mutation WarnMeeting($id: ID!, $ground: String!, $reason: String) { warnMeeting(id: $id, ground: $ground, reason: $reason) { ...MeetingFields } }": typeof types.WarnMeetingDocument,
    "mutation TerminateMeeting($id: ID!, $ground: String!, $reason: String) { terminateMeeting(id: $id, ground: $ground, reason: $reason) { ...MeetingFields } }": typeof types.TerminateMeetingDocument,
    "mutation ReportConnectionLost($id: ID!) { reportConnectionLost(id: $id) { ...MeetingFields } }": typeof types.ReportConnectionLostDocument,
    "query PartyMeeting($id: ID!) { meeting(id: $id) { id state privileged secondsLeft } }": typeof types.PartyMeetingDocument,
    "subscription PartyMeetingChanged($id: ID) { meetingChanged(id: $id) { id state privileged secondsLeft } }": typeof types.PartyMeetingChangedDocument,
    "query RecordedMeetings($date: String!, $withCase: Boolean!) {\n  recordedMeetings(date: $date) { id state privileged startedAt endedAt endReasonKeyed { key params rule } recordingMissing\n    application @include(if: $withCase) { number subject { ... on Inmate { name } ... on Detainee { name } } } } }": typeof types.RecordedMeetingsDocument,
    "query Recording($meetingId: ID!, $withLog: Boolean!) {\n  recording(meetingId: $meetingId) { id sha256 bytes durationSeconds streams retainUntil playbackUrl }\n  recordingAccessLog(meetingId: $meetingId) @include(if: $withLog) { accountId tenantId at } }": typeof types.RecordingDocument,
    "query Relationships($subjectId: ID!) {\n  relationships(subjectId: $subjectId) { id visitorName visitorIdNumberMasked relation proofKind proofReference realPersonChecked photoSha256 householdRegion householdProof registeredAt } }": typeof types.RelationshipsDocument,
    "mutation RegisterRelationship($input: RegisterRelationshipInput!) { registerRelationship(input: $input) { id } }": typeof types.RegisterRelationshipDocument,
    "query PrisonReviewPage($limit: Int!, $offset: Int!, $status: ReviewStatus!, $stage: ReviewStage, $priorityOnly: Boolean!, $search: String, $sort: ReviewSort!, $descending: Boolean!) {\n    page: inmateReviewPage(limit: $limit, offset: $offset, status: $status, stage: $stage, priorityOnly: $priorityOnly, search: $search, sort: $sort, descending: $descending) { total items { id dueOn overdue dueToday priority calendarMissing rulePack serviceDate\n  subject: inmate { id name number: inmateNumber custodyStatus treatmentLevel }\n  application { id number visitors { name relation idNumberMasked } }\n  eligibility { code labelKey rule }\n  rejectionReasons { code labelKey about needsText } } }\n    pending: inmateReviewPage(limit: 1) { total }\n  }": typeof types.PrisonReviewPageDocument,
    "query DetoxReviewPage($limit: Int!, $offset: Int!, $status: ReviewStatus!, $stage: ReviewStage, $priorityOnly: Boolean!, $search: String, $sort: ReviewSort!, $descending: Boolean!) {\n    page: detaineeReviewPage(limit: $limit, offset: $offset, status: $status, stage: $stage, priorityOnly: $priorityOnly, search: $search, sort: $sort, descending: $descending) { total items { id dueOn overdue dueToday priority calendarMissing rulePack serviceDate\n  subject: detainee { id name number: detaineeNumber inCustody }\n  application { id number visitors { name relation idNumberMasked } }\n  eligibility { code labelKey rule }\n  rejectionReasons { code labelKey about needsText } } }\n    pending: detaineeReviewPage(limit: 1) { total }\n  }": typeof types.DetoxReviewPageDocument,
    "subscription PrisonReviewChanged { reviewChanged { id status dueOn overdue dueToday priority } }": typeof types.PrisonReviewChangedDocument,
    "subscription DetoxReviewChanged { detoxReviewChanged { id status dueOn overdue dueToday priority } }": typeof types.DetoxReviewChangedDocument,
    "mutation PrisonDecide($applicationId: ID!, $approve: Boolean!, $reasonCode: String, $reasonAbout: ReasonAbout, $reason: String, $meetingTime: String) {\n    decideInmateReview(applicationId: $applicationId, approve: $approve, reasonCode: $reasonCode, reasonAbout: $reasonAbout, reason: $reason, meetingTime: $meetingTime) { id status }\n  }": typeof types.PrisonDecideDocument,
    "mutation DetoxDecide($applicationId: ID!, $approve: Boolean!, $reasonCode: String, $reasonAbout: ReasonAbout, $reason: String, $meetingTime: String) {\n    decideDetaineeReview(applicationId: $applicationId, approve: $approve, reasonCode: $reasonCode, reasonAbout: $reasonAbout, reason: $reason, meetingTime: $meetingTime) { id status }\n  }": typeof types.DetoxDecideDocument,
    "query PrisonCustodyChanges($id: ID!) { changes: inmateCustodyChanges(inmateId: $id) { id kind active before after effectiveOn note source recordedAt cancelledMeetings } }": typeof types.PrisonCustodyChangesDocument,
    "query DetoxCustodyChanges($id: ID!) { changes: detaineeCustodyChanges(detaineeId: $id) { id kind active before after effectiveOn note source recordedAt cancelledMeetings } }": typeof types.DetoxCustodyChangesDocument,
    "query PrisonInstitutions { institutions: prisons { id name } }": typeof types.PrisonInstitutionsDocument,
    "query DetoxInstitutions { institutions: detoxCentres { id name } }": typeof types.DetoxInstitutionsDocument,
    "mutation PrisonRecordCustodyChange($id: ID!, $kind: CustodyChangeKind!, $on: String!, $active: Boolean, $value: String, $note: String) { change: recordInmateCustodyChange(input: { inmateId: $id, kind: $kind, effectiveOn: $on, active: $active, value: $value, note: $note }) { id cancelledMeetings } }": typeof types.PrisonRecordCustodyChangeDocument,
    "mutation DetoxRecordCustodyChange($id: ID!, $kind: CustodyChangeKind!, $on: String!, $active: Boolean, $value: String, $note: String) { change: recordDetaineeCustodyChange(input: { detaineeId: $id, kind: $kind, effectiveOn: $on, active: $active, value: $value, note: $note }) { id cancelledMeetings } }": typeof types.DetoxRecordCustodyChangeDocument,
    "query PrisonRosterImports { imports: inmateImports(limit: 20) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount } }": typeof types.PrisonRosterImportsDocument,
    "query DetoxRosterImports { imports: detaineeImports(limit: 20) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount } }": typeof types.DetoxRosterImportsDocument,
    "query PrisonRosterTemplate($format: RosterFormat!, $locale: String) { file: inmateRosterTemplate(format: $format, locale: $locale) { fileName mimeType contentBase64 } }": typeof types.PrisonRosterTemplateDocument,
    "query DetoxRosterTemplate($format: RosterFormat!, $locale: String) { file: detaineeRosterTemplate(format: $format, locale: $locale) { fileName mimeType contentBase64 } }": typeof types.DetoxRosterTemplateDocument,
    "mutation PrisonStartImport($format: RosterFormat!, $mode: RosterImportMode, $fileName: String) { job: startInmateImport(format: $format, mode: $mode, fileName: $fileName) { id } }": typeof types.PrisonStartImportDocument,
    "mutation DetoxStartImport($format: RosterFormat!, $mode: RosterImportMode, $fileName: String) { job: startDetaineeImport(format: $format, mode: $mode, fileName: $fileName) { id } }": typeof types.DetoxStartImportDocument,
    "mutation PrisonAppendImport($id: ID!, $chunk: String!) { job: appendInmateImport(id: $id, chunk: $chunk) { id receivedBytes } }": typeof types.PrisonAppendImportDocument,
    "mutation DetoxAppendImport($id: ID!, $chunk: String!) { job: appendDetaineeImport(id: $id, chunk: $chunk) { id receivedBytes } }": typeof types.DetoxAppendImportDocument,
    "mutation PrisonRunImport($id: ID!) { job: runInmateImport(id: $id) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount errors { row column messageKey params message } } }": typeof types.PrisonRunImportDocument,
    "mutation DetoxRunImport($id: ID!) { job: runDetaineeImport(id: $id) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount errors { row column messageKey params message } } }": typeof types.DetoxRunImportDocument,
    "query PrisonImportProgress($id: ID!) { job: inmateImport(id: $id) { id status totalRows processedRows } }": typeof types.PrisonImportProgressDocument,
    "query DetoxImportProgress($id: ID!) { job: detaineeImport(id: $id) { id status totalRows processedRows } }": typeof types.DetoxImportProgressDocument,
    "query VisitorSanctions { visitorSanctions { id visitorName visitorIdNumberMasked months reason status endsOn recommendedAt\n  barsVisitor policeReferral { reference policeUnit } } }": typeof types.VisitorSanctionsDocument,
    "mutation DecideVisitorSuspension($id: ID!, $accept: Boolean!, $barVisitor: Boolean!) {\n  decideVisitorSuspension(id: $id, accept: $accept, barVisitor: $barVisitor) { id status endsOn barsVisitor } }": typeof types.DecideVisitorSuspensionDocument,
    "mutation RecordPoliceReferral($id: ID!, $policeUnit: String!, $reference: String!) {\n  recordPoliceReferral(recommendationId: $id, policeUnit: $policeUnit, reference: $reference) { id reference } }": typeof types.RecordPoliceReferralDocument,
    "query PrisonSubjects($search: String, $limit: Int, $offset: Int) { page: inmatePage(search: $search, limit: $limit, offset: $offset) { total items { id name number: inmateNumber custodyStatus treatmentLevel unit: ward { name } } } }": typeof types.PrisonSubjectsDocument,
    "query DetoxSubjects($search: String, $limit: Int, $offset: Int) { page: detaineePage(search: $search, limit: $limit, offset: $offset) { total items { id name number: detaineeNumber brigade } } }": typeof types.DetoxSubjectsDocument,
    "query PrisonSubjectHistory($id: ID!, $withSanctions: Boolean!, $withVisits: Boolean!) {\n  sanctions: inmateSanctions(inmateId: $id) @include(if: $withSanctions) { id severity months startsOn endsOn reasonKeyed { key params rule } rule imposedAt }\n  visits: inmateOnsiteVisits(inmateId: $id) @include(if: $withVisits) { id visitDate visitors recordedAt } }": typeof types.PrisonSubjectHistoryDocument,
    "query DetoxSubjectHistory($id: ID!, $withSanctions: Boolean!, $withVisits: Boolean!) {\n  sanctions: detaineeSanctions(detaineeId: $id) @include(if: $withSanctions) { id severity months startsOn endsOn reasonKeyed { key params rule } rule imposedAt }\n  visits: detaineeOnsiteVisits(detaineeId: $id) @include(if: $withVisits) { id visitDate visitors recordedAt } }": typeof types.DetoxSubjectHistoryDocument,
    "mutation PrisonSuspend($id: ID!, $months: Int!, $reason: String!, $severity: SanctionSeverity!) { suspendInmateEligibility(inmateId: $id, months: $months, reason: $reason, severity: $severity) { id endsOn rule } }": typeof types.PrisonSuspendDocument,
    "mutation DetoxSuspend($id: ID!, $months: Int!, $reason: String!, $severity: SanctionSeverity!) { suspendDetaineeEligibility(detaineeId: $id, months: $months, reason: $reason, severity: $severity) { id endsOn rule } }": typeof types.DetoxSuspendDocument,
    "mutation PrisonLogVisit($id: ID!, $visitors: Int!) { recordInmateOnsiteVisit(inmateId: $id, visitors: $visitors) { id visitDate } }": typeof types.PrisonLogVisitDocument,
    "mutation DetoxLogVisit($id: ID!, $visitors: Int!) { recordDetaineeOnsiteVisit(detaineeId: $id, visitors: $visitors) { id visitDate } }": typeof types.DetoxLogVisitDocument,
    "query SuspensionNotices { suspensionNotices { id cause issuerKind fromDate toDate messageKeyed { key params } affected issuedAt } }": typeof types.SuspensionNoticesDocument,
    "mutation IssueSuspension($cause: SuspensionCause!, $fromDate: String!, $toDate: String!, $message: String!) {\n    issueSuspensionNotice(cause: $cause, fromDate: $fromDate, toDate: $toDate, message: $message) { id affected } }": typeof types.IssueSuspensionDocument,
    "query OwnUnits {\n  prisons { id custodyMeetingReviewedBy emergencyMeetingSteps emergencyMeetingKind takesInmateRequests }\n  detoxCentres { id custodyMeetingReviewedBy } }": typeof types.OwnUnitsDocument,
    "query PrisonUnitMeetings($unit: Int!) { notices: wardMeetings(ward: $unit) { id serviceDate subject: inmate { name number: inmateNumber }\n  application { number meetingTime visitors { name relation } } } }": typeof types.PrisonUnitMeetingsDocument,
    "query DetoxUnitMeetings($unit: Int!) { notices: brigadeMeetings(brigade: $unit) { id serviceDate subject: detainee { name number: detaineeNumber }\n  application { number meetingTime visitors { name relation } } } }": typeof types.DetoxUnitMeetingsDocument,
};
const documents: Documents = {
    "mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token step account { id displayName roles tenantKind tenantId } }\n  }": types.LoginDocument,
    "mutation ChangePassword($o: String!, $n: String!) { changePassword(currentPassword: $o, newPassword: $n) { token step account { id displayName roles tenantKind tenantId } } }": types.ChangePasswordDocument,
    "mutation BeginTotpEnrolment { beginTotpEnrolment { secret qrDataUrl } }": types.BeginTotpEnrolmentDocument,
    "mutation ConfirmTotpEnrolment($c: String!) { confirmTotpEnrolment(code: $c) { token step account { id displayName roles tenantKind tenantId } } }": types.ConfirmTotpEnrolmentDocument,
    "mutation VerifyTotp($c: String!) { verifyTotp(code: $c) { token step account { id displayName roles tenantKind tenantId } } }": types.VerifyTotpDocument,
    "query StaffAccounts($search: String, $offset: Int, $limit: Int) {\n  staffAccounts(search: $search, offset: $offset, limit: $limit) { total items { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }": types.StaffAccountsDocument,
    "query AccountUnits { prisons { id name } detoxCentres { id name } countyBureaus { id name kind } supervisingBureaus { id name kind } detentionCentres { id name } }": types.AccountUnitsDocument,
    "mutation CreateStaffAccount($input: NewStaffAccountInput!) { createStaffAccount(input: $input) { temporaryPassword account { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }": types.CreateStaffAccountDocument,
    "mutation SetStaffAccountRoles($id: ID!, $roles: [String!]!) { setStaffAccountRoles(id: $id, roles: $roles) { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } }": types.SetStaffAccountRolesDocument,
    "mutation ResetStaffPassword($id: ID!, $f: Boolean) { resetStaffPassword(id: $id, resetSecondFactor: $f) { temporaryPassword account { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }": types.ResetStaffPasswordDocument,
    "mutation SetStaffAccountActive($id: ID!, $active: Boolean!) { setStaffAccountActive(id: $id, active: $active) { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } }": types.SetStaffAccountActiveDocument,
    "query AuditTrail($filter: AuditFilter, $offset: Int, $limit: Int) {\n  auditTrail(filter: $filter, offset: $offset, limit: $limit) { total records {\n    seq occurredAt username accountId tenantKind tenantId roles action operation entityType entityId before after } } }": types.AuditTrailDocument,
    "query AuditTrailCsv($filter: AuditFilter) { auditTrailCsv(filter: $filter) }": types.AuditTrailCsvDocument,
    "query AuditTrailIntegrity { auditTrailIntegrity { ok checked firstBrokenSeq reason } }": types.AuditTrailIntegrityDocument,
    "query Me { me { id tenantId } }": types.MeDocument,
    "query SlotRules($month: String!) { slotRules(month: $month) { publishBy { value rule } minimum { value rule } openDays } }": types.SlotRulesDocument,
    "query PublishedDays($institutionId: ID!, $month: String!) { serviceDays(institutionId: $institutionId, month: $month) { id date capacity taken } }": types.PublishedDaysDocument,
    "query OwnCompliance($month: String!) { slotCompliance(month: $month) { unitId month total minimum belowMinimum late } }": types.OwnComplianceDocument,
    "query LoadedYears { calendarYears { year } }": types.LoadedYearsDocument,
    "mutation Publish($days: [ServiceDayInput!]!) { publishServiceDays(days: $days) { id date capacity taken } }": types.PublishDocument,
    "query Days($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n  thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) { id date available }\n  nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) { id date available } }": types.DaysDocument,
    "query HeldRelative($name: String!, $idNumber: String!) {\n  inmate: heldRelativeInmate(name: $name, idNumber: $idNumber) { id name institution { id name } }\n  detainee: heldRelativeDetainee(name: $name, idNumber: $idNumber) { id name institution { id name } } }": types.HeldRelativeDocument,
    "mutation FileCustodyMeeting($input: CustodyMeetingInput!) { fileCustodyMeeting(input: $input) { id number status } }": types.FileCustodyMeetingDocument,
    "fragment MeetingFields on Meeting { id state date privileged rulePack secondsLeft endReasonKeyed { key params rule } extensionApprover extendedMinutes\n  warnings { id reason ground givenAt }\n  warnGrounds { code labelKey needsText } stopGrounds { code labelKey needsText }\n  application { id number subject { ... on Inmate { id name } ... on Detainee { id name } } visitors { name relation } } }": types.MeetingFieldsFragmentDoc,
    "query MeetingsToday($date: String!) { meetings(date: $date) { ...MeetingFields } }": types.MeetingsTodayDocument,
    "query Meeting($id: ID!) { meeting(id: $id) { ...MeetingFields } }": types.MeetingDocument,
    "subscription MeetingChanged($id: ID) { meetingChanged(id: $id) { ...MeetingFields } }": types.MeetingChangedDocument,
    "mutation StartMeeting($id: ID!, $language: String!, $translatorPresent: Boolean!) {\n  startMeeting(id: $id, language: $language, translatorPresent: $translatorPresent) { ...MeetingFields } }": types.StartMeetingDocument,
    "mutation JoinMeeting($id: ID!) { joinMeeting(id: $id) { janusUrl plugin room pin token feed seat } }": types.JoinMeetingDocument,
    "mutation WarnMeeting($id: ID!, $ground: String!, $reason: String) { warnMeeting(id: $id, ground: $ground, reason: $reason) { ...MeetingFields } }": types.WarnMeetingDocument,
    "mutation TerminateMeeting($id: ID!, $ground: String!, $reason: String) { terminateMeeting(id: $id, ground: $ground, reason: $reason) { ...MeetingFields } }": types.TerminateMeetingDocument,
    "mutation ReportConnectionLost($id: ID!) { reportConnectionLost(id: $id) { ...MeetingFields } }": types.ReportConnectionLostDocument,
    "query PartyMeeting($id: ID!) { meeting(id: $id) { id state privileged secondsLeft } }": types.PartyMeetingDocument,
    "subscription PartyMeetingChanged($id: ID) { meetingChanged(id: $id) { id state privileged secondsLeft } }": types.PartyMeetingChangedDocument,
    "query RecordedMeetings($date: String!, $withCase: Boolean!) {\n  recordedMeetings(date: $date) { id state privileged startedAt endedAt endReasonKeyed { key params rule } recordingMissing\n    application @include(if: $withCase) { number subject { ... on Inmate { name } ... on Detainee { name } } } } }": types.RecordedMeetingsDocument,
    "query Recording($meetingId: ID!, $withLog: Boolean!) {\n  recording(meetingId: $meetingId) { id sha256 bytes durationSeconds streams retainUntil playbackUrl }\n  recordingAccessLog(meetingId: $meetingId) @include(if: $withLog) { accountId tenantId at } }": types.RecordingDocument,
    "query Relationships($subjectId: ID!) {\n  relationships(subjectId: $subjectId) { id visitorName visitorIdNumberMasked relation proofKind proofReference realPersonChecked photoSha256 householdRegion householdProof registeredAt } }": types.RelationshipsDocument,
    "mutation RegisterRelationship($input: RegisterRelationshipInput!) { registerRelationship(input: $input) { id } }": types.RegisterRelationshipDocument,
    "query PrisonReviewPage($limit: Int!, $offset: Int!, $status: ReviewStatus!, $stage: ReviewStage, $priorityOnly: Boolean!, $search: String, $sort: ReviewSort!, $descending: Boolean!) {\n    page: inmateReviewPage(limit: $limit, offset: $offset, status: $status, stage: $stage, priorityOnly: $priorityOnly, search: $search, sort: $sort, descending: $descending) { total items { id dueOn overdue dueToday priority calendarMissing rulePack serviceDate\n  subject: inmate { id name number: inmateNumber custodyStatus treatmentLevel }\n  application { id number visitors { name relation idNumberMasked } }\n  eligibility { code labelKey rule }\n  rejectionReasons { code labelKey about needsText } } }\n    pending: inmateReviewPage(limit: 1) { total }\n  }": types.PrisonReviewPageDocument,
    "query DetoxReviewPage($limit: Int!, $offset: Int!, $status: ReviewStatus!, $stage: ReviewStage, $priorityOnly: Boolean!, $search: String, $sort: ReviewSort!, $descending: Boolean!) {\n    page: detaineeReviewPage(limit: $limit, offset: $offset, status: $status, stage: $stage, priorityOnly: $priorityOnly, search: $search, sort: $sort, descending: $descending) { total items { id dueOn overdue dueToday priority calendarMissing rulePack serviceDate\n  subject: detainee { id name number: detaineeNumber inCustody }\n  application { id number visitors { name relation idNumberMasked } }\n  eligibility { code labelKey rule }\n  rejectionReasons { code labelKey about needsText } } }\n    pending: detaineeReviewPage(limit: 1) { total }\n  }": types.DetoxReviewPageDocument,
    "subscription PrisonReviewChanged { reviewChanged { id status dueOn overdue dueToday priority } }": types.PrisonReviewChangedDocument,
    "subscription DetoxReviewChanged { detoxReviewChanged { id status dueOn overdue dueToday priority } }": types.DetoxReviewChangedDocument,
    "mutation PrisonDecide($applicationId: ID!, $approve: Boolean!, $reasonCode: String, $reasonAbout: ReasonAbout, $reason: String, $meetingTime: String) {\n    decideInmateReview(applicationId: $applicationId, approve: $approve, reasonCode: $reasonCode, reasonAbout: $reasonAbout, reason: $reason, meetingTime: $meetingTime) { id status }\n  }": types.PrisonDecideDocument,
    "mutation DetoxDecide($applicationId: ID!, $approve: Boolean!, $reasonCode: String, $reasonAbout: ReasonAbout, $reason: String, $meetingTime: String) {\n    decideDetaineeReview(applicationId: $applicationId, approve: $approve, reasonCode: $reasonCode, reasonAbout: $reasonAbout, reason: $reason, meetingTime: $meetingTime) { id status }\n  }": types.DetoxDecideDocument,
    "query PrisonCustodyChanges($id: ID!) { changes: inmateCustodyChanges(inmateId: $id) { id kind active before after effectiveOn note source recordedAt cancelledMeetings } }": types.PrisonCustodyChangesDocument,
    "query DetoxCustodyChanges($id: ID!) { changes: detaineeCustodyChanges(detaineeId: $id) { id kind active before after effectiveOn note source recordedAt cancelledMeetings } }": types.DetoxCustodyChangesDocument,
    "query PrisonInstitutions { institutions: prisons { id name } }": types.PrisonInstitutionsDocument,
    "query DetoxInstitutions { institutions: detoxCentres { id name } }": types.DetoxInstitutionsDocument,
    "mutation PrisonRecordCustodyChange($id: ID!, $kind: CustodyChangeKind!, $on: String!, $active: Boolean, $value: String, $note: String) { change: recordInmateCustodyChange(input: { inmateId: $id, kind: $kind, effectiveOn: $on, active: $active, value: $value, note: $note }) { id cancelledMeetings } }": types.PrisonRecordCustodyChangeDocument,
    "mutation DetoxRecordCustodyChange($id: ID!, $kind: CustodyChangeKind!, $on: String!, $active: Boolean, $value: String, $note: String) { change: recordDetaineeCustodyChange(input: { detaineeId: $id, kind: $kind, effectiveOn: $on, active: $active, value: $value, note: $note }) { id cancelledMeetings } }": types.DetoxRecordCustodyChangeDocument,
    "query PrisonRosterImports { imports: inmateImports(limit: 20) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount } }": types.PrisonRosterImportsDocument,
    "query DetoxRosterImports { imports: detaineeImports(limit: 20) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount } }": types.DetoxRosterImportsDocument,
    "query PrisonRosterTemplate($format: RosterFormat!, $locale: String) { file: inmateRosterTemplate(format: $format, locale: $locale) { fileName mimeType contentBase64 } }": types.PrisonRosterTemplateDocument,
    "query DetoxRosterTemplate($format: RosterFormat!, $locale: String) { file: detaineeRosterTemplate(format: $format, locale: $locale) { fileName mimeType contentBase64 } }": types.DetoxRosterTemplateDocument,
    "mutation PrisonStartImport($format: RosterFormat!, $mode: RosterImportMode, $fileName: String) { job: startInmateImport(format: $format, mode: $mode, fileName: $fileName) { id } }": types.PrisonStartImportDocument,
    "mutation DetoxStartImport($format: RosterFormat!, $mode: RosterImportMode, $fileName: String) { job: startDetaineeImport(format: $format, mode: $mode, fileName: $fileName) { id } }": types.DetoxStartImportDocument,
    "mutation PrisonAppendImport($id: ID!, $chunk: String!) { job: appendInmateImport(id: $id, chunk: $chunk) { id receivedBytes } }": types.PrisonAppendImportDocument,
    "mutation DetoxAppendImport($id: ID!, $chunk: String!) { job: appendDetaineeImport(id: $id, chunk: $chunk) { id receivedBytes } }": types.DetoxAppendImportDocument,
    "mutation PrisonRunImport($id: ID!) { job: runInmateImport(id: $id) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount errors { row column messageKey params message } } }": types.PrisonRunImportDocument,
    "mutation DetoxRunImport($id: ID!) { job: runDetaineeImport(id: $id) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount errors { row column messageKey params message } } }": types.DetoxRunImportDocument,
    "query PrisonImportProgress($id: ID!) { job: inmateImport(id: $id) { id status totalRows processedRows } }": types.PrisonImportProgressDocument,
    "query DetoxImportProgress($id: ID!) { job: detaineeImport(id: $id) { id status totalRows processedRows } }": types.DetoxImportProgressDocument,
    "query VisitorSanctions { visitorSanctions { id visitorName visitorIdNumberMasked months reason status endsOn recommendedAt\n  barsVisitor policeReferral { reference policeUnit } } }": types.VisitorSanctionsDocument,
    "mutation DecideVisitorSuspension($id: ID!, $accept: Boolean!, $barVisitor: Boolean!) {\n  decideVisitorSuspension(id: $id, accept: $accept, barVisitor: $barVisitor) { id status endsOn barsVisitor } }": types.DecideVisitorSuspensionDocument,
    "mutation RecordPoliceReferral($id: ID!, $policeUnit: String!, $reference: String!) {\n  recordPoliceReferral(recommendationId: $id, policeUnit: $policeUnit, reference: $reference) { id reference } }": types.RecordPoliceReferralDocument,
    "query PrisonSubjects($search: String, $limit: Int, $offset: Int) { page: inmatePage(search: $search, limit: $limit, offset: $offset) { total items { id name number: inmateNumber custodyStatus treatmentLevel unit: ward { name } } } }": types.PrisonSubjectsDocument,
    "query DetoxSubjects($search: String, $limit: Int, $offset: Int) { page: detaineePage(search: $search, limit: $limit, offset: $offset) { total items { id name number: detaineeNumber brigade } } }": types.DetoxSubjectsDocument,
    "query PrisonSubjectHistory($id: ID!, $withSanctions: Boolean!, $withVisits: Boolean!) {\n  sanctions: inmateSanctions(inmateId: $id) @include(if: $withSanctions) { id severity months startsOn endsOn reasonKeyed { key params rule } rule imposedAt }\n  visits: inmateOnsiteVisits(inmateId: $id) @include(if: $withVisits) { id visitDate visitors recordedAt } }": types.PrisonSubjectHistoryDocument,
    "query DetoxSubjectHistory($id: ID!, $withSanctions: Boolean!, $withVisits: Boolean!) {\n  sanctions: detaineeSanctions(detaineeId: $id) @include(if: $withSanctions) { id severity months startsOn endsOn reasonKeyed { key params rule } rule imposedAt }\n  visits: detaineeOnsiteVisits(detaineeId: $id) @include(if: $withVisits) { id visitDate visitors recordedAt } }": types.DetoxSubjectHistoryDocument,
    "mutation PrisonSuspend($id: ID!, $months: Int!, $reason: String!, $severity: SanctionSeverity!) { suspendInmateEligibility(inmateId: $id, months: $months, reason: $reason, severity: $severity) { id endsOn rule } }": types.PrisonSuspendDocument,
    "mutation DetoxSuspend($id: ID!, $months: Int!, $reason: String!, $severity: SanctionSeverity!) { suspendDetaineeEligibility(detaineeId: $id, months: $months, reason: $reason, severity: $severity) { id endsOn rule } }": types.DetoxSuspendDocument,
    "mutation PrisonLogVisit($id: ID!, $visitors: Int!) { recordInmateOnsiteVisit(inmateId: $id, visitors: $visitors) { id visitDate } }": types.PrisonLogVisitDocument,
    "mutation DetoxLogVisit($id: ID!, $visitors: Int!) { recordDetaineeOnsiteVisit(detaineeId: $id, visitors: $visitors) { id visitDate } }": types.DetoxLogVisitDocument,
    "query SuspensionNotices { suspensionNotices { id cause issuerKind fromDate toDate messageKeyed { key params } affected issuedAt } }": types.SuspensionNoticesDocument,
    "mutation IssueSuspension($cause: SuspensionCause!, $fromDate: String!, $toDate: String!, $message: String!) {\n    issueSuspensionNotice(cause: $cause, fromDate: $fromDate, toDate: $toDate, message: $message) { id affected } }": types.IssueSuspensionDocument,
    "query OwnUnits {\n  prisons { id custodyMeetingReviewedBy emergencyMeetingSteps emergencyMeetingKind takesInmateRequests }\n  detoxCentres { id custodyMeetingReviewedBy } }": types.OwnUnitsDocument,
    "query PrisonUnitMeetings($unit: Int!) { notices: wardMeetings(ward: $unit) { id serviceDate subject: inmate { name number: inmateNumber }\n  application { number meetingTime visitors { name relation } } } }": types.PrisonUnitMeetingsDocument,
    "query DetoxUnitMeetings($unit: Int!) { notices: brigadeMeetings(brigade: $unit) { id serviceDate subject: detainee { name number: detaineeNumber }\n  application { number meetingTime visitors { name relation } } } }": types.DetoxUnitMeetingsDocument,
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
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token step account { id displayName roles tenantKind tenantId } }\n  }"): (typeof documents)["mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token step account { id displayName roles tenantKind tenantId } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($o: String!, $n: String!) { changePassword(currentPassword: $o, newPassword: $n) { token step account { id displayName roles tenantKind tenantId } } }"): (typeof documents)["mutation ChangePassword($o: String!, $n: String!) { changePassword(currentPassword: $o, newPassword: $n) { token step account { id displayName roles tenantKind tenantId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BeginTotpEnrolment { beginTotpEnrolment { secret qrDataUrl } }"): (typeof documents)["mutation BeginTotpEnrolment { beginTotpEnrolment { secret qrDataUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmTotpEnrolment($c: String!) { confirmTotpEnrolment(code: $c) { token step account { id displayName roles tenantKind tenantId } } }"): (typeof documents)["mutation ConfirmTotpEnrolment($c: String!) { confirmTotpEnrolment(code: $c) { token step account { id displayName roles tenantKind tenantId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyTotp($c: String!) { verifyTotp(code: $c) { token step account { id displayName roles tenantKind tenantId } } }"): (typeof documents)["mutation VerifyTotp($c: String!) { verifyTotp(code: $c) { token step account { id displayName roles tenantKind tenantId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffAccounts($search: String, $offset: Int, $limit: Int) {\n  staffAccounts(search: $search, offset: $offset, limit: $limit) { total items { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }"): (typeof documents)["query StaffAccounts($search: String, $offset: Int, $limit: Int) {\n  staffAccounts(search: $search, offset: $offset, limit: $limit) { total items { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountUnits { prisons { id name } detoxCentres { id name } countyBureaus { id name kind } supervisingBureaus { id name kind } detentionCentres { id name } }"): (typeof documents)["query AccountUnits { prisons { id name } detoxCentres { id name } countyBureaus { id name kind } supervisingBureaus { id name kind } detentionCentres { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStaffAccount($input: NewStaffAccountInput!) { createStaffAccount(input: $input) { temporaryPassword account { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }"): (typeof documents)["mutation CreateStaffAccount($input: NewStaffAccountInput!) { createStaffAccount(input: $input) { temporaryPassword account { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetStaffAccountRoles($id: ID!, $roles: [String!]!) { setStaffAccountRoles(id: $id, roles: $roles) { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } }"): (typeof documents)["mutation SetStaffAccountRoles($id: ID!, $roles: [String!]!) { setStaffAccountRoles(id: $id, roles: $roles) { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetStaffPassword($id: ID!, $f: Boolean) { resetStaffPassword(id: $id, resetSecondFactor: $f) { temporaryPassword account { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }"): (typeof documents)["mutation ResetStaffPassword($id: ID!, $f: Boolean) { resetStaffPassword(id: $id, resetSecondFactor: $f) { temporaryPassword account { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetStaffAccountActive($id: ID!, $active: Boolean!) { setStaffAccountActive(id: $id, active: $active) { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } }"): (typeof documents)["mutation SetStaffAccountActive($id: ID!, $active: Boolean!) { setStaffAccountActive(id: $id, active: $active) { id username displayName tenantKind tenantId roles active mustChangePassword totpEnrolled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrail($filter: AuditFilter, $offset: Int, $limit: Int) {\n  auditTrail(filter: $filter, offset: $offset, limit: $limit) { total records {\n    seq occurredAt username accountId tenantKind tenantId roles action operation entityType entityId before after } } }"): (typeof documents)["query AuditTrail($filter: AuditFilter, $offset: Int, $limit: Int) {\n  auditTrail(filter: $filter, offset: $offset, limit: $limit) { total records {\n    seq occurredAt username accountId tenantKind tenantId roles action operation entityType entityId before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrailCsv($filter: AuditFilter) { auditTrailCsv(filter: $filter) }"): (typeof documents)["query AuditTrailCsv($filter: AuditFilter) { auditTrailCsv(filter: $filter) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrailIntegrity { auditTrailIntegrity { ok checked firstBrokenSeq reason } }"): (typeof documents)["query AuditTrailIntegrity { auditTrailIntegrity { ok checked firstBrokenSeq reason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id tenantId } }"): (typeof documents)["query Me { me { id tenantId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SlotRules($month: String!) { slotRules(month: $month) { publishBy { value rule } minimum { value rule } openDays } }"): (typeof documents)["query SlotRules($month: String!) { slotRules(month: $month) { publishBy { value rule } minimum { value rule } openDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublishedDays($institutionId: ID!, $month: String!) { serviceDays(institutionId: $institutionId, month: $month) { id date capacity taken } }"): (typeof documents)["query PublishedDays($institutionId: ID!, $month: String!) { serviceDays(institutionId: $institutionId, month: $month) { id date capacity taken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnCompliance($month: String!) { slotCompliance(month: $month) { unitId month total minimum belowMinimum late } }"): (typeof documents)["query OwnCompliance($month: String!) { slotCompliance(month: $month) { unitId month total minimum belowMinimum late } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoadedYears { calendarYears { year } }"): (typeof documents)["query LoadedYears { calendarYears { year } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Publish($days: [ServiceDayInput!]!) { publishServiceDays(days: $days) { id date capacity taken } }"): (typeof documents)["mutation Publish($days: [ServiceDayInput!]!) { publishServiceDays(days: $days) { id date capacity taken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Days($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n  thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) { id date available }\n  nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) { id date available } }"): (typeof documents)["query Days($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {\n  thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) { id date available }\n  nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) { id date available } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HeldRelative($name: String!, $idNumber: String!) {\n  inmate: heldRelativeInmate(name: $name, idNumber: $idNumber) { id name institution { id name } }\n  detainee: heldRelativeDetainee(name: $name, idNumber: $idNumber) { id name institution { id name } } }"): (typeof documents)["query HeldRelative($name: String!, $idNumber: String!) {\n  inmate: heldRelativeInmate(name: $name, idNumber: $idNumber) { id name institution { id name } }\n  detainee: heldRelativeDetainee(name: $name, idNumber: $idNumber) { id name institution { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FileCustodyMeeting($input: CustodyMeetingInput!) { fileCustodyMeeting(input: $input) { id number status } }"): (typeof documents)["mutation FileCustodyMeeting($input: CustodyMeetingInput!) { fileCustodyMeeting(input: $input) { id number status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeetingFields on Meeting { id state date privileged rulePack secondsLeft endReasonKeyed { key params rule } extensionApprover extendedMinutes\n  warnings { id reason ground givenAt }\n  warnGrounds { code labelKey needsText } stopGrounds { code labelKey needsText }\n  application { id number subject { ... on Inmate { id name } ... on Detainee { id name } } visitors { name relation } } }"): (typeof documents)["fragment MeetingFields on Meeting { id state date privileged rulePack secondsLeft endReasonKeyed { key params rule } extensionApprover extendedMinutes\n  warnings { id reason ground givenAt }\n  warnGrounds { code labelKey needsText } stopGrounds { code labelKey needsText }\n  application { id number subject { ... on Inmate { id name } ... on Detainee { id name } } visitors { name relation } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsToday($date: String!) { meetings(date: $date) { ...MeetingFields } }"): (typeof documents)["query MeetingsToday($date: String!) { meetings(date: $date) { ...MeetingFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Meeting($id: ID!) { meeting(id: $id) { ...MeetingFields } }"): (typeof documents)["query Meeting($id: ID!) { meeting(id: $id) { ...MeetingFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MeetingChanged($id: ID) { meetingChanged(id: $id) { ...MeetingFields } }"): (typeof documents)["subscription MeetingChanged($id: ID) { meetingChanged(id: $id) { ...MeetingFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartMeeting($id: ID!, $language: String!, $translatorPresent: Boolean!) {\n  startMeeting(id: $id, language: $language, translatorPresent: $translatorPresent) { ...MeetingFields } }"): (typeof documents)["mutation StartMeeting($id: ID!, $language: String!, $translatorPresent: Boolean!) {\n  startMeeting(id: $id, language: $language, translatorPresent: $translatorPresent) { ...MeetingFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JoinMeeting($id: ID!) { joinMeeting(id: $id) { janusUrl plugin room pin token feed seat } }"): (typeof documents)["mutation JoinMeeting($id: ID!) { joinMeeting(id: $id) { janusUrl plugin room pin token feed seat } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WarnMeeting($id: ID!, $ground: String!, $reason: String) { warnMeeting(id: $id, ground: $ground, reason: $reason) { ...MeetingFields } }"): (typeof documents)["mutation WarnMeeting($id: ID!, $ground: String!, $reason: String) { warnMeeting(id: $id, ground: $ground, reason: $reason) { ...MeetingFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TerminateMeeting($id: ID!, $ground: String!, $reason: String) { terminateMeeting(id: $id, ground: $ground, reason: $reason) { ...MeetingFields } }"): (typeof documents)["mutation TerminateMeeting($id: ID!, $ground: String!, $reason: String) { terminateMeeting(id: $id, ground: $ground, reason: $reason) { ...MeetingFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportConnectionLost($id: ID!) { reportConnectionLost(id: $id) { ...MeetingFields } }"): (typeof documents)["mutation ReportConnectionLost($id: ID!) { reportConnectionLost(id: $id) { ...MeetingFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyMeeting($id: ID!) { meeting(id: $id) { id state privileged secondsLeft } }"): (typeof documents)["query PartyMeeting($id: ID!) { meeting(id: $id) { id state privileged secondsLeft } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PartyMeetingChanged($id: ID) { meetingChanged(id: $id) { id state privileged secondsLeft } }"): (typeof documents)["subscription PartyMeetingChanged($id: ID) { meetingChanged(id: $id) { id state privileged secondsLeft } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecordedMeetings($date: String!, $withCase: Boolean!) {\n  recordedMeetings(date: $date) { id state privileged startedAt endedAt endReasonKeyed { key params rule } recordingMissing\n    application @include(if: $withCase) { number subject { ... on Inmate { name } ... on Detainee { name } } } } }"): (typeof documents)["query RecordedMeetings($date: String!, $withCase: Boolean!) {\n  recordedMeetings(date: $date) { id state privileged startedAt endedAt endReasonKeyed { key params rule } recordingMissing\n    application @include(if: $withCase) { number subject { ... on Inmate { name } ... on Detainee { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Recording($meetingId: ID!, $withLog: Boolean!) {\n  recording(meetingId: $meetingId) { id sha256 bytes durationSeconds streams retainUntil playbackUrl }\n  recordingAccessLog(meetingId: $meetingId) @include(if: $withLog) { accountId tenantId at } }"): (typeof documents)["query Recording($meetingId: ID!, $withLog: Boolean!) {\n  recording(meetingId: $meetingId) { id sha256 bytes durationSeconds streams retainUntil playbackUrl }\n  recordingAccessLog(meetingId: $meetingId) @include(if: $withLog) { accountId tenantId at } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Relationships($subjectId: ID!) {\n  relationships(subjectId: $subjectId) { id visitorName visitorIdNumberMasked relation proofKind proofReference realPersonChecked photoSha256 householdRegion householdProof registeredAt } }"): (typeof documents)["query Relationships($subjectId: ID!) {\n  relationships(subjectId: $subjectId) { id visitorName visitorIdNumberMasked relation proofKind proofReference realPersonChecked photoSha256 householdRegion householdProof registeredAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterRelationship($input: RegisterRelationshipInput!) { registerRelationship(input: $input) { id } }"): (typeof documents)["mutation RegisterRelationship($input: RegisterRelationshipInput!) { registerRelationship(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrisonReviewPage($limit: Int!, $offset: Int!, $status: ReviewStatus!, $stage: ReviewStage, $priorityOnly: Boolean!, $search: String, $sort: ReviewSort!, $descending: Boolean!) {\n    page: inmateReviewPage(limit: $limit, offset: $offset, status: $status, stage: $stage, priorityOnly: $priorityOnly, search: $search, sort: $sort, descending: $descending) { total items { id dueOn overdue dueToday priority calendarMissing rulePack serviceDate\n  subject: inmate { id name number: inmateNumber custodyStatus treatmentLevel }\n  application { id number visitors { name relation idNumberMasked } }\n  eligibility { code labelKey rule }\n  rejectionReasons { code labelKey about needsText } } }\n    pending: inmateReviewPage(limit: 1) { total }\n  }"): (typeof documents)["query PrisonReviewPage($limit: Int!, $offset: Int!, $status: ReviewStatus!, $stage: ReviewStage, $priorityOnly: Boolean!, $search: String, $sort: ReviewSort!, $descending: Boolean!) {\n    page: inmateReviewPage(limit: $limit, offset: $offset, status: $status, stage: $stage, priorityOnly: $priorityOnly, search: $search, sort: $sort, descending: $descending) { total items { id dueOn overdue dueToday priority calendarMissing rulePack serviceDate\n  subject: inmate { id name number: inmateNumber custodyStatus treatmentLevel }\n  application { id number visitors { name relation idNumberMasked } }\n  eligibility { code labelKey rule }\n  rejectionReasons { code labelKey about needsText } } }\n    pending: inmateReviewPage(limit: 1) { total }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DetoxReviewPage($limit: Int!, $offset: Int!, $status: ReviewStatus!, $stage: ReviewStage, $priorityOnly: Boolean!, $search: String, $sort: ReviewSort!, $descending: Boolean!) {\n    page: detaineeReviewPage(limit: $limit, offset: $offset, status: $status, stage: $stage, priorityOnly: $priorityOnly, search: $search, sort: $sort, descending: $descending) { total items { id dueOn overdue dueToday priority calendarMissing rulePack serviceDate\n  subject: detainee { id name number: detaineeNumber inCustody }\n  application { id number visitors { name relation idNumberMasked } }\n  eligibility { code labelKey rule }\n  rejectionReasons { code labelKey about needsText } } }\n    pending: detaineeReviewPage(limit: 1) { total }\n  }"): (typeof documents)["query DetoxReviewPage($limit: Int!, $offset: Int!, $status: ReviewStatus!, $stage: ReviewStage, $priorityOnly: Boolean!, $search: String, $sort: ReviewSort!, $descending: Boolean!) {\n    page: detaineeReviewPage(limit: $limit, offset: $offset, status: $status, stage: $stage, priorityOnly: $priorityOnly, search: $search, sort: $sort, descending: $descending) { total items { id dueOn overdue dueToday priority calendarMissing rulePack serviceDate\n  subject: detainee { id name number: detaineeNumber inCustody }\n  application { id number visitors { name relation idNumberMasked } }\n  eligibility { code labelKey rule }\n  rejectionReasons { code labelKey about needsText } } }\n    pending: detaineeReviewPage(limit: 1) { total }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PrisonReviewChanged { reviewChanged { id status dueOn overdue dueToday priority } }"): (typeof documents)["subscription PrisonReviewChanged { reviewChanged { id status dueOn overdue dueToday priority } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DetoxReviewChanged { detoxReviewChanged { id status dueOn overdue dueToday priority } }"): (typeof documents)["subscription DetoxReviewChanged { detoxReviewChanged { id status dueOn overdue dueToday priority } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrisonDecide($applicationId: ID!, $approve: Boolean!, $reasonCode: String, $reasonAbout: ReasonAbout, $reason: String, $meetingTime: String) {\n    decideInmateReview(applicationId: $applicationId, approve: $approve, reasonCode: $reasonCode, reasonAbout: $reasonAbout, reason: $reason, meetingTime: $meetingTime) { id status }\n  }"): (typeof documents)["mutation PrisonDecide($applicationId: ID!, $approve: Boolean!, $reasonCode: String, $reasonAbout: ReasonAbout, $reason: String, $meetingTime: String) {\n    decideInmateReview(applicationId: $applicationId, approve: $approve, reasonCode: $reasonCode, reasonAbout: $reasonAbout, reason: $reason, meetingTime: $meetingTime) { id status }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DetoxDecide($applicationId: ID!, $approve: Boolean!, $reasonCode: String, $reasonAbout: ReasonAbout, $reason: String, $meetingTime: String) {\n    decideDetaineeReview(applicationId: $applicationId, approve: $approve, reasonCode: $reasonCode, reasonAbout: $reasonAbout, reason: $reason, meetingTime: $meetingTime) { id status }\n  }"): (typeof documents)["mutation DetoxDecide($applicationId: ID!, $approve: Boolean!, $reasonCode: String, $reasonAbout: ReasonAbout, $reason: String, $meetingTime: String) {\n    decideDetaineeReview(applicationId: $applicationId, approve: $approve, reasonCode: $reasonCode, reasonAbout: $reasonAbout, reason: $reason, meetingTime: $meetingTime) { id status }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrisonCustodyChanges($id: ID!) { changes: inmateCustodyChanges(inmateId: $id) { id kind active before after effectiveOn note source recordedAt cancelledMeetings } }"): (typeof documents)["query PrisonCustodyChanges($id: ID!) { changes: inmateCustodyChanges(inmateId: $id) { id kind active before after effectiveOn note source recordedAt cancelledMeetings } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DetoxCustodyChanges($id: ID!) { changes: detaineeCustodyChanges(detaineeId: $id) { id kind active before after effectiveOn note source recordedAt cancelledMeetings } }"): (typeof documents)["query DetoxCustodyChanges($id: ID!) { changes: detaineeCustodyChanges(detaineeId: $id) { id kind active before after effectiveOn note source recordedAt cancelledMeetings } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrisonInstitutions { institutions: prisons { id name } }"): (typeof documents)["query PrisonInstitutions { institutions: prisons { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DetoxInstitutions { institutions: detoxCentres { id name } }"): (typeof documents)["query DetoxInstitutions { institutions: detoxCentres { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrisonRecordCustodyChange($id: ID!, $kind: CustodyChangeKind!, $on: String!, $active: Boolean, $value: String, $note: String) { change: recordInmateCustodyChange(input: { inmateId: $id, kind: $kind, effectiveOn: $on, active: $active, value: $value, note: $note }) { id cancelledMeetings } }"): (typeof documents)["mutation PrisonRecordCustodyChange($id: ID!, $kind: CustodyChangeKind!, $on: String!, $active: Boolean, $value: String, $note: String) { change: recordInmateCustodyChange(input: { inmateId: $id, kind: $kind, effectiveOn: $on, active: $active, value: $value, note: $note }) { id cancelledMeetings } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DetoxRecordCustodyChange($id: ID!, $kind: CustodyChangeKind!, $on: String!, $active: Boolean, $value: String, $note: String) { change: recordDetaineeCustodyChange(input: { detaineeId: $id, kind: $kind, effectiveOn: $on, active: $active, value: $value, note: $note }) { id cancelledMeetings } }"): (typeof documents)["mutation DetoxRecordCustodyChange($id: ID!, $kind: CustodyChangeKind!, $on: String!, $active: Boolean, $value: String, $note: String) { change: recordDetaineeCustodyChange(input: { detaineeId: $id, kind: $kind, effectiveOn: $on, active: $active, value: $value, note: $note }) { id cancelledMeetings } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrisonRosterImports { imports: inmateImports(limit: 20) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount } }"): (typeof documents)["query PrisonRosterImports { imports: inmateImports(limit: 20) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DetoxRosterImports { imports: detaineeImports(limit: 20) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount } }"): (typeof documents)["query DetoxRosterImports { imports: detaineeImports(limit: 20) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrisonRosterTemplate($format: RosterFormat!, $locale: String) { file: inmateRosterTemplate(format: $format, locale: $locale) { fileName mimeType contentBase64 } }"): (typeof documents)["query PrisonRosterTemplate($format: RosterFormat!, $locale: String) { file: inmateRosterTemplate(format: $format, locale: $locale) { fileName mimeType contentBase64 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DetoxRosterTemplate($format: RosterFormat!, $locale: String) { file: detaineeRosterTemplate(format: $format, locale: $locale) { fileName mimeType contentBase64 } }"): (typeof documents)["query DetoxRosterTemplate($format: RosterFormat!, $locale: String) { file: detaineeRosterTemplate(format: $format, locale: $locale) { fileName mimeType contentBase64 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrisonStartImport($format: RosterFormat!, $mode: RosterImportMode, $fileName: String) { job: startInmateImport(format: $format, mode: $mode, fileName: $fileName) { id } }"): (typeof documents)["mutation PrisonStartImport($format: RosterFormat!, $mode: RosterImportMode, $fileName: String) { job: startInmateImport(format: $format, mode: $mode, fileName: $fileName) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DetoxStartImport($format: RosterFormat!, $mode: RosterImportMode, $fileName: String) { job: startDetaineeImport(format: $format, mode: $mode, fileName: $fileName) { id } }"): (typeof documents)["mutation DetoxStartImport($format: RosterFormat!, $mode: RosterImportMode, $fileName: String) { job: startDetaineeImport(format: $format, mode: $mode, fileName: $fileName) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrisonAppendImport($id: ID!, $chunk: String!) { job: appendInmateImport(id: $id, chunk: $chunk) { id receivedBytes } }"): (typeof documents)["mutation PrisonAppendImport($id: ID!, $chunk: String!) { job: appendInmateImport(id: $id, chunk: $chunk) { id receivedBytes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DetoxAppendImport($id: ID!, $chunk: String!) { job: appendDetaineeImport(id: $id, chunk: $chunk) { id receivedBytes } }"): (typeof documents)["mutation DetoxAppendImport($id: ID!, $chunk: String!) { job: appendDetaineeImport(id: $id, chunk: $chunk) { id receivedBytes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrisonRunImport($id: ID!) { job: runInmateImport(id: $id) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount errors { row column messageKey params message } } }"): (typeof documents)["mutation PrisonRunImport($id: ID!) { job: runInmateImport(id: $id) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount errors { row column messageKey params message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DetoxRunImport($id: ID!) { job: runDetaineeImport(id: $id) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount errors { row column messageKey params message } } }"): (typeof documents)["mutation DetoxRunImport($id: ID!) { job: runDetaineeImport(id: $id) { id status source createdAt finishedAt fileName totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount errors { row column messageKey params message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrisonImportProgress($id: ID!) { job: inmateImport(id: $id) { id status totalRows processedRows } }"): (typeof documents)["query PrisonImportProgress($id: ID!) { job: inmateImport(id: $id) { id status totalRows processedRows } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DetoxImportProgress($id: ID!) { job: detaineeImport(id: $id) { id status totalRows processedRows } }"): (typeof documents)["query DetoxImportProgress($id: ID!) { job: detaineeImport(id: $id) { id status totalRows processedRows } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisitorSanctions { visitorSanctions { id visitorName visitorIdNumberMasked months reason status endsOn recommendedAt\n  barsVisitor policeReferral { reference policeUnit } } }"): (typeof documents)["query VisitorSanctions { visitorSanctions { id visitorName visitorIdNumberMasked months reason status endsOn recommendedAt\n  barsVisitor policeReferral { reference policeUnit } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideVisitorSuspension($id: ID!, $accept: Boolean!, $barVisitor: Boolean!) {\n  decideVisitorSuspension(id: $id, accept: $accept, barVisitor: $barVisitor) { id status endsOn barsVisitor } }"): (typeof documents)["mutation DecideVisitorSuspension($id: ID!, $accept: Boolean!, $barVisitor: Boolean!) {\n  decideVisitorSuspension(id: $id, accept: $accept, barVisitor: $barVisitor) { id status endsOn barsVisitor } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPoliceReferral($id: ID!, $policeUnit: String!, $reference: String!) {\n  recordPoliceReferral(recommendationId: $id, policeUnit: $policeUnit, reference: $reference) { id reference } }"): (typeof documents)["mutation RecordPoliceReferral($id: ID!, $policeUnit: String!, $reference: String!) {\n  recordPoliceReferral(recommendationId: $id, policeUnit: $policeUnit, reference: $reference) { id reference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrisonSubjects($search: String, $limit: Int, $offset: Int) { page: inmatePage(search: $search, limit: $limit, offset: $offset) { total items { id name number: inmateNumber custodyStatus treatmentLevel unit: ward { name } } } }"): (typeof documents)["query PrisonSubjects($search: String, $limit: Int, $offset: Int) { page: inmatePage(search: $search, limit: $limit, offset: $offset) { total items { id name number: inmateNumber custodyStatus treatmentLevel unit: ward { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DetoxSubjects($search: String, $limit: Int, $offset: Int) { page: detaineePage(search: $search, limit: $limit, offset: $offset) { total items { id name number: detaineeNumber brigade } } }"): (typeof documents)["query DetoxSubjects($search: String, $limit: Int, $offset: Int) { page: detaineePage(search: $search, limit: $limit, offset: $offset) { total items { id name number: detaineeNumber brigade } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrisonSubjectHistory($id: ID!, $withSanctions: Boolean!, $withVisits: Boolean!) {\n  sanctions: inmateSanctions(inmateId: $id) @include(if: $withSanctions) { id severity months startsOn endsOn reasonKeyed { key params rule } rule imposedAt }\n  visits: inmateOnsiteVisits(inmateId: $id) @include(if: $withVisits) { id visitDate visitors recordedAt } }"): (typeof documents)["query PrisonSubjectHistory($id: ID!, $withSanctions: Boolean!, $withVisits: Boolean!) {\n  sanctions: inmateSanctions(inmateId: $id) @include(if: $withSanctions) { id severity months startsOn endsOn reasonKeyed { key params rule } rule imposedAt }\n  visits: inmateOnsiteVisits(inmateId: $id) @include(if: $withVisits) { id visitDate visitors recordedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DetoxSubjectHistory($id: ID!, $withSanctions: Boolean!, $withVisits: Boolean!) {\n  sanctions: detaineeSanctions(detaineeId: $id) @include(if: $withSanctions) { id severity months startsOn endsOn reasonKeyed { key params rule } rule imposedAt }\n  visits: detaineeOnsiteVisits(detaineeId: $id) @include(if: $withVisits) { id visitDate visitors recordedAt } }"): (typeof documents)["query DetoxSubjectHistory($id: ID!, $withSanctions: Boolean!, $withVisits: Boolean!) {\n  sanctions: detaineeSanctions(detaineeId: $id) @include(if: $withSanctions) { id severity months startsOn endsOn reasonKeyed { key params rule } rule imposedAt }\n  visits: detaineeOnsiteVisits(detaineeId: $id) @include(if: $withVisits) { id visitDate visitors recordedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrisonSuspend($id: ID!, $months: Int!, $reason: String!, $severity: SanctionSeverity!) { suspendInmateEligibility(inmateId: $id, months: $months, reason: $reason, severity: $severity) { id endsOn rule } }"): (typeof documents)["mutation PrisonSuspend($id: ID!, $months: Int!, $reason: String!, $severity: SanctionSeverity!) { suspendInmateEligibility(inmateId: $id, months: $months, reason: $reason, severity: $severity) { id endsOn rule } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DetoxSuspend($id: ID!, $months: Int!, $reason: String!, $severity: SanctionSeverity!) { suspendDetaineeEligibility(detaineeId: $id, months: $months, reason: $reason, severity: $severity) { id endsOn rule } }"): (typeof documents)["mutation DetoxSuspend($id: ID!, $months: Int!, $reason: String!, $severity: SanctionSeverity!) { suspendDetaineeEligibility(detaineeId: $id, months: $months, reason: $reason, severity: $severity) { id endsOn rule } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrisonLogVisit($id: ID!, $visitors: Int!) { recordInmateOnsiteVisit(inmateId: $id, visitors: $visitors) { id visitDate } }"): (typeof documents)["mutation PrisonLogVisit($id: ID!, $visitors: Int!) { recordInmateOnsiteVisit(inmateId: $id, visitors: $visitors) { id visitDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DetoxLogVisit($id: ID!, $visitors: Int!) { recordDetaineeOnsiteVisit(detaineeId: $id, visitors: $visitors) { id visitDate } }"): (typeof documents)["mutation DetoxLogVisit($id: ID!, $visitors: Int!) { recordDetaineeOnsiteVisit(detaineeId: $id, visitors: $visitors) { id visitDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuspensionNotices { suspensionNotices { id cause issuerKind fromDate toDate messageKeyed { key params } affected issuedAt } }"): (typeof documents)["query SuspensionNotices { suspensionNotices { id cause issuerKind fromDate toDate messageKeyed { key params } affected issuedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueSuspension($cause: SuspensionCause!, $fromDate: String!, $toDate: String!, $message: String!) {\n    issueSuspensionNotice(cause: $cause, fromDate: $fromDate, toDate: $toDate, message: $message) { id affected } }"): (typeof documents)["mutation IssueSuspension($cause: SuspensionCause!, $fromDate: String!, $toDate: String!, $message: String!) {\n    issueSuspensionNotice(cause: $cause, fromDate: $fromDate, toDate: $toDate, message: $message) { id affected } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnUnits {\n  prisons { id custodyMeetingReviewedBy emergencyMeetingSteps emergencyMeetingKind takesInmateRequests }\n  detoxCentres { id custodyMeetingReviewedBy } }"): (typeof documents)["query OwnUnits {\n  prisons { id custodyMeetingReviewedBy emergencyMeetingSteps emergencyMeetingKind takesInmateRequests }\n  detoxCentres { id custodyMeetingReviewedBy } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrisonUnitMeetings($unit: Int!) { notices: wardMeetings(ward: $unit) { id serviceDate subject: inmate { name number: inmateNumber }\n  application { number meetingTime visitors { name relation } } } }"): (typeof documents)["query PrisonUnitMeetings($unit: Int!) { notices: wardMeetings(ward: $unit) { id serviceDate subject: inmate { name number: inmateNumber }\n  application { number meetingTime visitors { name relation } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DetoxUnitMeetings($unit: Int!) { notices: brigadeMeetings(brigade: $unit) { id serviceDate subject: detainee { name number: detaineeNumber }\n  application { number meetingTime visitors { name relation } } } }"): (typeof documents)["query DetoxUnitMeetings($unit: Int!) { notices: brigadeMeetings(brigade: $unit) { id serviceDate subject: detainee { name number: detaineeNumber }\n  application { number meetingTime visitors { name relation } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;