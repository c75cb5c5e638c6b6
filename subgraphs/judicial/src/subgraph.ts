import { Migration20261203143500 } from './migrations/Migration20261203143500.js';
import { ComplaintContact, LawyerComplaint, LawyerEvaluation, LawyerMeetingFact, LawyerViolation } from './lawyer-complaint/lawyer-complaint.entity.js';
import { ComplaintContactFields, LawyerComplaintResolver, LawyerViolationFields } from './lawyer-complaint/lawyer-complaint.resolver.js';
import { followLawyerArrangement, noteLawyerMeetingHeld } from './lawyer-complaint/lawyer-complaint.service.js';
import { LeaderAlertResolver, textCentreLeaders } from './notification/leader-alert.js';
import type { SubgraphDefinition } from '@rv/kit';
import { Topic } from '@rv/schema';
import { Account } from './account/account.entity.js';
import { AccountResolver } from './account/account.resolver.js';
import { StaffAccountResolver } from './account/staff-account.resolver.js';
import { AccountCode } from './account/account-code.entity.js';
import { FamilyAccountResolver } from './account/family-account.resolver.js';
import { startCodePurge } from './account/account-code.service.js';
import { Migration20261203203000 } from './migrations/Migration20261203203000.js';
import { Application } from './application/application.entity.js';
import { ApplicationResolver, DetaineeApplicationsResolver, InmateApplicationsResolver, applicationReference } from './application/application.resolver.js';
import { applyReviewDecision, recomputeApplicationDeadlines } from './application/application.service.js';
import { CalendarResolver } from './calendar/calendar.resolver.js';
import { settleMeeting, stopApplication } from './application/meeting-outcome.js';
import { CountyBureau } from './bureau/bureau.entity.js';
import { CounterResolver } from './counter/counter.resolver.js';
import { VisitorSanction } from './sanction/visitor-sanction.entity.js';
import { VisitorSanctionResolver } from './sanction/visitor-sanction.resolver.js';
import { StageResolver } from './application/stage.resolver.js';
import { countOnsiteVisit, grantExtraMeeting } from './allowance/allowance.service.js';
import { SuspensionNotice } from './suspension/suspension-notice.entity.js';
import { SuspensionResolver } from './suspension/suspension.resolver.js';
import { Attendance } from './checkin/attendance.entity.js';
import { CheckInResolver } from './checkin/checkin.resolver.js';
import { SmsMessage } from './notification/sms-message.entity.js';
import { smsProviderFromEnv } from './notification/sms-provider.js';
import { SmsResolver } from './notification/sms.resolver.js';
import { startSmsDispatcher } from './notification/sms.service.js';
import { BureauResolver, bureauReference } from './bureau/bureau.resolver.js';
import { Migration20261123000000 } from './migrations/Migration20261123000000.js';
import { Migration20261123010000 } from './migrations/Migration20261123010000.js';
import { Migration20261124000000 } from './migrations/Migration20261124000000.js';
import { ReportResolver } from './report/report.resolver.js';
import { startReportFolding } from './report/report.service.js';
import { BriefingResolver } from './briefing/briefing.resolver.js';
import { Migration20261125000000 } from './migrations/Migration20261125000000.js';
import { Migration20261126000000 } from './migrations/Migration20261126000000.js';
import { Migration20261203094117 } from './migrations/Migration20261203094117.js';
import { Migration20261203100000 } from './migrations/Migration20261203100000.js';
import { Migration20261203110000 } from './migrations/Migration20261203110000.js';
import { Migration20261203101700 } from './migrations/Migration20261203101700.js';
import { PriorityPolicy } from './priority/priority-policy.entity.js';
import { PriorityMark } from './priority/priority-mark.entity.js';
import { PoliceReferral } from './sanction/police-referral.entity.js';
import { FalseInformation } from './false-information/false-information.entity.js';
import { FalseInformationResolver } from './false-information/false-information.resolver.js';
import { Migration20261203120000 } from './migrations/Migration20261203120000.js';
import { Migration20261203140000 } from './migrations/Migration20261203140000.js';
import { Relationship } from './relationship/relationship.entity.js';
import { RelationshipResolver } from './relationship/relationship.resolver.js';
import { RelativeBookingResolver } from './relationship/relative-booking.resolver.js';
import { PriorityResolver } from './priority/priority.resolver.js';
import { CustodyResolver } from './custody/custody.resolver.js';
import { InmateRequest } from './inmate-request/inmate-request.entity.js';
import { ApplicationFormResolver, InmateRequestResolver } from './inmate-request/inmate-request.resolver.js';
import { ServiceDay } from './slot/service-day.entity.js';
import { SlotResolver } from './slot/slot.resolver.js';
import { InstitutionRef } from './slot/institution-ref.entity.js';
import { SlotCompliance } from './slot/slot-compliance.entity.js';
import { rememberDetentionCentre, rememberInstitution } from './unit/unit-directory.js';
import { DetentionCentreRef } from './unit/detention-centre-ref.entity.js';
import { SupervisingBureau } from './unit/supervising-bureau.entity.js';
import { SupervisingBureauResolver, VenueAdminResolver } from './unit/unit.resolver.js';
import { Migration20261203154500 } from './migrations/Migration20261203154500.js';
import { Migration20261203160000 } from './migrations/Migration20261203160000.js';
import { Migration20261203160400 } from './migrations/Migration20261203160400.js';
import { Migration20261203161000 } from './migrations/Migration20261203161000.js';
import { Migration20261203162000 } from './migrations/Migration20261203162000.js';
import { Migration20261203164000 } from './migrations/Migration20261203164000.js';
import { Migration20261203204200 } from './migrations/Migration20261203204200.js';
import { SubjectRef } from './subject/subject-ref.entity.js';
import { rememberSanction, rememberSubject } from './subject/subject.events.js';
import { subjectReferences } from './subject/subject.types.js';
import { LawyerProfile } from './lawyer/lawyer-profile.entity.js';
import { LawyerProfileResolver } from './lawyer/lawyer.resolver.js';
import { Migration20261203141800 } from './migrations/Migration20261203141800.js';
import { Migration20261203142730 } from './migrations/Migration20261203142730.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { withAuditTrail } from './audit/audit.events.js';

async function settleOrNote(em: Parameters<typeof settleMeeting>[0], event: Parameters<typeof settleMeeting>[1]): Promise<void> {
  await (event.payload.kind === 'LAWYER' ? noteLawyerMeetingHeld(em, event) : settleMeeting(em, event));
}

export const judicialSubgraph: SubgraphDefinition = {
  name: 'judicial',
  schema: 'judicial',
  entities: [
    Account,
    CountyBureau,
    ServiceDay,
    Application,
    SubjectRef,
    SmsMessage,
    Attendance,
    InstitutionRef,
    SlotCompliance,
    SuspensionNotice,
    VisitorSanction,
    Relationship,
    InmateRequest,
    PriorityPolicy,
    PriorityMark,
    PoliceReferral,
    FalseInformation,
    LawyerProfile,
    LawyerMeetingFact,
    LawyerViolation,
    LawyerEvaluation,
    ComplaintContact,
    LawyerComplaint,
    SupervisingBureau,
    AccountCode,
    DetentionCentreRef,
  ],
  migrations: [
    { name: 'Migration20261123000000', class: Migration20261123000000 },
    { name: 'Migration20261123010000', class: Migration20261123010000 },
    { name: 'Migration20261124000000', class: Migration20261124000000 },
    { name: 'Migration20261125000000', class: Migration20261125000000 },
    { name: 'Migration20261126000000', class: Migration20261126000000 },
    { name: 'Migration20261203094117', class: Migration20261203094117 },
    { name: 'Migration20261203100000', class: Migration20261203100000 },
    { name: 'Migration20261203101700', class: Migration20261203101700 },
    { name: 'Migration20261203110000', class: Migration20261203110000 },
    { name: 'Migration20261203120000', class: Migration20261203120000 },
    { name: 'Migration20261203140000', class: Migration20261203140000 },
    { name: 'Migration20261203141800', class: Migration20261203141800 },
    { name: 'Migration20261203142730', class: Migration20261203142730 },
    { name: 'Migration20261203143500', class: Migration20261203143500 },
    { name: 'Migration20261203154500', class: Migration20261203154500 },
    { name: 'Migration20261203160000', class: Migration20261203160000 },
    { name: 'Migration20261203160400', class: Migration20261203160400 },
    { name: 'Migration20261203161000', class: Migration20261203161000 },
    { name: 'Migration20261203162000', class: Migration20261203162000 },
    { name: 'Migration20261203164000', class: Migration20261203164000 },
    { name: 'Migration20261203203000', class: Migration20261203203000 },
    { name: 'Migration20261203204200', class: Migration20261203204200 },
  ],
  resolvers: [
    AccountResolver,
    StaffAccountResolver,
    BureauResolver,
    SlotResolver,
    ApplicationResolver,
    CounterResolver,
    SmsResolver,
    CheckInResolver,
    SuspensionResolver,
    StageResolver,
    VisitorSanctionResolver,
    RelationshipResolver,
    RelativeBookingResolver,
    PriorityResolver,
    CustodyResolver,
    InmateRequestResolver,
    CalendarResolver,
    ApplicationFormResolver,
    InmateApplicationsResolver,
    DetaineeApplicationsResolver,
    ReportResolver,
    BriefingResolver,
    FalseInformationResolver,
    LawyerProfileResolver,
    AuditResolver,
    LawyerComplaintResolver,
    LawyerViolationFields,
    ComplaintContactFields,
    VenueAdminResolver,
    SupervisingBureauResolver,
    FamilyAccountResolver,
    LeaderAlertResolver,
  ],
  references: { ...bureauReference, ...applicationReference, ...subjectReferences },
  workingDays: { recompute: recomputeApplicationDeadlines },
  jobs: [
    (orm, logger) => startSmsDispatcher(orm, smsProviderFromEnv(), logger),
    (orm, logger) => startReportFolding(orm, logger),
    (orm, logger) => startCodePurge(orm, logger),
  ],
  gauges: {
    rv_sms_pending: {
      help: 'SMS waiting to be handed to the provider',
      sql: `select count(*)::int as value from "judicial"."sms_message" where status = 'PENDING'`,
    },
  },
  handlers: withAuditTrail({
    prison: {
      [Topic.INSTITUTION_REGISTERED]: rememberInstitution,
      [Topic.INMATE_REGISTERED]: rememberSubject,
      [Topic.REVIEW_DECIDED]: applyReviewDecision,
      [Topic.REVIEW_STOPPED]: stopApplication,
      [Topic.SANCTION_IMPOSED]: rememberSanction,
      [Topic.ONSITE_VISIT_RECORDED]: countOnsiteVisit,
      [Topic.EXTRA_MEETING_GRANTED]: grantExtraMeeting,
    },
    // CQ-11: a lawyer meeting that ran is noted for the joint meeting's figures (a family meeting settles its booking).
    // CQ-11: every lawyer meeting a detention centre arranges counts in the joint meeting's figures.
    // CQ-3 / CQ-1: a centre's deadline near or past: its leaders are texted.
    detention: {
      [Topic.MEETING_ARRANGED]: followLawyerArrangement,
      [Topic.INSTITUTION_REGISTERED]: rememberDetentionCentre,
      [Topic.LAWYER_DEADLINE_ALERT]: textCentreLeaders,
    },
    media: { [Topic.MEETING_ENDED]: settleOrNote, [Topic.MEETING_TERMINATED]: settleOrNote, [Topic.MEETING_INTERRUPTED]: settleOrNote },
    detox: {
      [Topic.INSTITUTION_REGISTERED]: rememberInstitution,
      [Topic.DETAINEE_REGISTERED]: rememberSubject,
      [Topic.REVIEW_DECIDED]: applyReviewDecision,
      [Topic.REVIEW_STOPPED]: stopApplication,
      [Topic.SANCTION_IMPOSED]: rememberSanction,
      [Topic.ONSITE_VISIT_RECORDED]: countOnsiteVisit,
    },
  }),
};
