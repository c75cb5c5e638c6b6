import type { KeyedText } from './messages/index.js';
import type { Identity } from './tenants.js';

/**
 * Domain events. Each is written to its subgraph's outbox table in the same transaction
 * as the change, announced with NOTIFY on OUTBOX_CHANNEL, and read forward by consumers
 * (other subgraphs, the gateway's subscription bridge).
 */
export const OUTBOX_CHANNEL = 'rv_outbox';
export const OUTBOX_SCHEMAS = ['prison', 'detox', 'judicial', 'media', 'detention'] as const;
export type OutboxSchema = (typeof OUTBOX_SCHEMAS)[number];

export const Topic = {
  INSTITUTION_REGISTERED: 'institution.registered',
  INMATE_REGISTERED: 'inmate.registered',
  DETAINEE_REGISTERED: 'detainee.registered',
  APPLICATION_SUBMITTED: 'application.submitted',
  APPLICATION_CHANGED: 'application.changed',
  REVIEW_DECIDED: 'review.decided',
  /** A review case opened or decided: the institution's queue changes (subscriptions). */
  REVIEW_CHANGED: 'review.changed',
  MEETING_CHANGED: 'meeting.changed',
  /** YN-9: an inmate's own request was filed, decided, answered for the family or told to the inmate. */
  INMATE_REQUEST_CHANGED: 'inmate_request.changed',
  MEETING_STARTED: 'meeting.started',
  MEETING_WARNED: 'meeting.warned',
  MEETING_TERMINATED: 'meeting.terminated',
  MEETING_ENDED: 'meeting.ended',
  /** YN-18: Janus or a side failed mid-meeting; the application gets a priority reschedule. */
  MEETING_INTERRUPTED: 'meeting.interrupted',
  SANCTION_IMPOSED: 'sanction.imposed',
  ONSITE_VISIT_RECORDED: 'onsite_visit.recorded',
  EXTRA_MEETING_GRANTED: 'extra_meeting.granted',
  /** The province admin entered a year's holidays and make-up working days (product rule: calendar as data). */
  CALENDAR_YEAR_LOADED: 'calendar.year_loaded',
  /** GD-4: a bureau put an application first; the institution's queue reorders. */
  APPLICATION_PRIORITIZED: 'application.prioritized',
  /**
   * Judicial asks the subject's institution to record a suspension it has decided: GD-33 the
   * institution accepted a bureau's recommendation; SX-8(1) a visitor's false information found after approval.
   */
  SANCTION_REQUESTED: 'sanction.requested',
  /** GD-24 / GD-25 / YN-15(5) / SX-9: an approved case was stopped, the subject being ineligible on the meeting day. */
  REVIEW_STOPPED: 'review.stopped',
  /** GD-29 / GD-30 / YN-12 / YN-19: whether an application's day-of conditions hold (media starts only a ready meeting). */
  APPLICATION_READINESS: 'application.readiness',
  /**
   * A booking outside the family pipeline was arranged, moved or cancelled: CQ-3 a lawyer meeting
   * (detention), YN-34 an organ's official session (prison). Media keeps its meeting in step.
   */
  MEETING_ARRANGED: 'meeting.arranged',
  /** CQ-4: a lawyer raised an alarm from the meeting (self-harm, violence, escape, sudden illness); the centre sees it live. */
  MEETING_ALARM: 'meeting.alarm',
  /** A justice bureau verified (or withdrew) a lawyer's practice: detention centres learn who may meet suspects (CQ-2). */
  LAWYER_VERIFIED: 'lawyer.verified',
  /** CQ-3: a detention centre's queue of lawyer meetings and interrogations changed (accepted, arranged, refused, overdue). */
  LAWYER_QUEUE_CHANGED: 'lawyer_queue.changed',
  /** CQ-1: a request for legal help is near or past its 24 hours without reaching the duty lawyer. */
  LEGAL_HELP_DUE: 'legal_help.due',
  /** CQ-3 / CQ-1: a detention centre's deadline is near or has passed: judicial texts the centre's leaders. */
  LAWYER_DEADLINE_ALERT: 'lawyer_deadline.alert',
  /** A staff action changed a row (or read a recording): judicial appends it to the audit trail (kit/src/audit.ts). */
  AUDIT_RECORDED: 'audit.recorded',
  /** CQ-14: a centre reported a lawyer's violation to the justice bureau; media stops the meeting if it is live. */
  LAWYER_VIOLATION_REPORTED: 'lawyer_violation.reported',
  /** CQ-14 / CQ-13: a violation report or a complaint changed (handled, answered): the other side sees it. */
  LAWYER_CONDUCT_CHANGED: 'lawyer_conduct.changed',
  /**
   * Issue 15 / 19: an account's tokens were revoked (deactivated, password reset or changed, roles
   * changed): every gateway refuses its older tokens and closes its open sockets.
   */
  ACCOUNT_REVOKED: 'account.revoked',
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

/** A prison or detox centre and the rule pack it works under. */
export interface InstitutionRegistered {
  institutionId: string;
  /** A detention centre (public security) is announced too: judicial keeps it apart (detention-centre-ref.entity.ts), it takes no family bookings. */
  kind: 'PRISON' | 'DETOX_CENTRE' | 'DETENTION_CENTRE';
  name: string;
  rulePack: string;
  /** SX-2: ward number → days of the month it meets, when the institution binds wards to days. */
  wardDays: Record<number, number[]> | null;
  /** Issue 15: the unit's packs by effective date (absent: `rulePack` and `wardDays` since opening). */
  packSchedule?: import('./units.js').PackAssignment[];
  /** A deactivated institution takes no new bookings; the reason is shown (absent: active). */
  active?: boolean;
  inactiveReason?: string | null;
}

/** What judicial needs to route and check an application; nothing that identifies the person. */
export interface SubjectRegistered {
  subjectId: string;
  institutionId: string;
  kind: 'INMATE' | 'DETAINEE';
  inCustody: boolean;
  rulePack: string;
  ward: number | null;
  treatmentLevel: 'LENIENT' | 'ORDINARY' | 'STRICT';
  crimeCategory: string;
  foreign: boolean;
}
/** An application reaches the subject's institution for its decision (after any earlier stages, YN-8). */
export interface ApplicationSubmitted {
  applicationId: string;
  /** 申请编号: the review queue is searched by it. */
  applicationNumber?: string;
  /** The day the institution's stage starts (GD: submission; YN-8: the bureau's pre-review). */
  institutionStageFrom: string;
  /** GD-22: oversize or overlong, so the review may take the pack's extra days. */
  extendedReview: boolean;
  /** GD-4 / GD-39 / YN-18: reviewed first, and why. */
  priority: boolean;
  priorityCategory?: string | null;
  subjectId: string;
  subjectKind: 'INMATE' | 'DETAINEE';
  institutionId: string;
  venueId: string;
  proxyAccountId: string | null;
  serviceDate: string;
  submittedAt: string;
  /** The pack the application was filed under (issue 15: a unit's pack change applies to later filings only). */
  rulePack?: string;
}
/** GD-4: the bureau's priority for an application. */
export interface ApplicationPrioritized {
  applicationId: string;
  category: string;
}

export interface ApplicationChanged {
  /** The application's rule pack (the meeting's time limit). */
  rulePack?: string;
  applicationId: string;
  status: string;
  subjectKind: 'INMATE' | 'DETAINEE';
  institutionId: string;
  venueId: string;
  proxyAccountId: string | null;
  serviceDate: string;
  /**
   * YN-7: false while a pair waits for its other half, and on the pair's second application (the
   * pair meets once, on its first). Absent or true: an approved application gets its meeting.
   */
  scheduleMeeting?: boolean;
  /** YN-14 / YN-27(3): minutes the warden's recorded approval adds to the meeting (GD-35: nothing else does). */
  emergencyMinutes?: number;
  /** YN-14: the account that recorded that approval (the warden), kept with the lengthened meeting. */
  emergencyApprovedBy?: string | null;
}

export interface ReviewDecided {
  applicationId: string;
  approved: boolean;
  /** The reviewer's written note (older events: the reason's words and the note, in zh-CN). */
  reason: string | null;
  /** GD-26 / issue 14: the rejection by key (the pack's reason, the note), and the rule it cites; absent in older events. */
  rejection?: (KeyedText & { rule: string | null }) | null;
  decidedBy: string;
  decidedAt: string;
  /** YN-8(3): the meeting's time (HH:MM, China Standard Time), when the approval names one. */
  meetingTime?: string | null;
  /** GD-22: the day the decision was due (reports count decisions on time and late). */
  dueOn?: string | null;
}

/** GD-24 / GD-25 / YN-15 / SX-9: the approved meeting will not take place; the family is told the rule and reason. */
export interface ReviewStopped {
  applicationId: string;
  pack: string;
  /** The pack's rule; null when the subject left the institution (transfer, release): no rule is cited. */
  rule: string | null;
  /** The pack's rejection-reason code the subject fell under (e.g. CONFINEMENT), or TRANSFERRED / RELEASED. */
  reasonCode: string;
  meetingDate: string;
}

/** Whether the visitors are admitted, pledged and prepared as the pack asks (judicial's readyToJoin). */
export interface ApplicationReadiness {
  applicationId: string;
  ready: boolean;
}

/** GD-33 / YN-17 / SX-10: the subject may not meet remotely from startsOn to endsOn. */
export interface SanctionImposed {
  subjectId: string;
  startsOn: string;
  endsOn: string;
  rule: string;
}

/** GD-33 / SX-8(1): the institution's decision, taken in judicial, becomes the subject's sanction in prison or detox. */
export interface SanctionRequested {
  /** The recommendation or record in judicial that decided it. */
  requestId: string;
  subjectId: string;
  subjectKind: 'INMATE' | 'DETAINEE';
  institutionId: string;
  months: number;
  /** Staff's own words (the bureau's account of the misconduct, the reviewer's note). */
  reason: string;
  /** Issue 14: the platform's reason by key (SX-8(1)'s stop), absent in older events and for GD-33. */
  reasonKeyed?: KeyedText | null;
  /** The pack's rule that set the range (GD-33, SX-8). */
  rule: string;
  /** The institution's staff account that decided. */
  decidedBy: string;
}

/** GD-11 / SX-3: an on-site visit took place; it uses the month's allowance. */
export interface OnsiteVisitRecorded {
  subjectId: string;
  visitDate: string;
}

/** YN-14 / SX-4: one more meeting for the subject in this month, granted by the recorded approvals. */
export interface ExtraMeetingGranted {
  subjectId: string;
  month: string;
  rule: string;
}

/** An event as read back from an outbox. */
export interface OutboxEvent<P = unknown> {
  source: OutboxSchema;
  seq: string;
  topic: string;
  aggregateType: string;
  aggregateId: string;
  audience: string[];
  payload: P;
  createdAt: string;
}

/**
 * Audience entries say who may hear of an event: a tenant, an account or a tenant kind
 * (supervisors). The entity's own resolver still authorizes every field that is read.
 */
export const audience = {
  tenant: (id: string) => `tenant:${id}`,
  account: (id: string) => `account:${id}`,
  kind: (kind: string) => `kind:${kind}`,
};

export function inAudience(identity: Identity, entries: string[]): boolean {
  const mine = [
    identity.tenantId && audience.tenant(identity.tenantId),
    identity.accountId && audience.account(identity.accountId),
    identity.tenantKind && audience.kind(identity.tenantKind),
  ];
  return mine.some((entry) => entry && entries.includes(entry));
}

/** A year's official schedule, entered by the province admin; every subgraph counts with it from now on. */
export interface CalendarYearLoaded {
  year: number;
  holidays: string[];
  makeupWorkdays: string[];
}

/**
 * CQ-3 / YN-34: a lawyer meeting or official session, as arranged by the institution; media opens
 * its room on the day. ARRANGED again with another date or length moves it; CANCELLED drops it.
 */
export interface MeetingArranged {
  /** The lawyer meeting's or official session's own id (the meeting's booking). */
  bookingId: string;
  kind: 'LAWYER' | 'OFFICIAL';
  status: 'ARRANGED' | 'CANCELLED';
  institutionId: string;
  /** Where the other party's seat is run from; a lawyer joins on their own device, so the centre itself. */
  venueId: string;
  subjectKind: 'INMATE' | 'DETAINEE' | 'SUSPECT';
  /** The day, China Standard Time (YYYY-MM-DD). */
  date: string;
  minutes: number;
  /** The institution's rule pack (warning and stop grounds on the monitor wall). */
  rulePack: string;
  /** CQ-4 / CQ-7: the lawyer accounts (lawyers, assistant, translator) that take the visitor seat. */
  counselAccountIds?: string[];
  /** False: an in-person lawyer meeting (CQ-11 counts it; media opens no room). Absent: remote. */
  remote?: boolean;
  /** CQ-3 / CQ-11: when the centre accepted the request and when it arranged it (ISO), for the 48-hour figures. */
  acceptedAt?: string | null;
  arrangedAt?: string | null;
  /** YN-34: the SHA-256 (hex) of the joining code the institution gave the organ; its officials take the visitor seat with it. */
  guestCodeSha256?: string;
}

/** CQ-14: a prohibited act in a lawyer meeting, reported by the centre to its county justice bureau. */
export interface LawyerViolationReported {
  violationId: string;
  /** The lawyer meeting (its booking id; media's meeting carries it as its booking). */
  bookingId: string;
  centreId: string;
  ground: string;
  rule: string;
  reportedBy: string;
}

/** A meeting's life (started, warned, terminated, ended, interrupted): judicial settles the booking. */
export interface MeetingLifecycle {
  meetingId: string;
  applicationId: string;
  state: string;
  /** Minutes the meeting had run when it stopped. */
  minutesUsed: number;
  /** Why it ended, in zh-CN (a record; readers use reasonText). */
  reason: string | null;
  /** Issue 14: why it ended, by key (absent in older events). */
  reasonText?: KeyedText | null;
  /** FAMILY (absent in older events), LAWYER or OFFICIAL: whose booking `applicationId` names. */
  kind?: string;
  /** CQ-11: a lawyer meeting's centre and lawyers (the joint meeting's figures, evaluations). */
  institutionId?: string;
  counselAccountIds?: string[];
}

/** A lawyer as the justice bureau verified them (CQ-2): detention centres keep their own copy. */
/** CQ-3 / CQ-1: a deadline at a detention centre is near (DUE_SOON) or has passed (OVERDUE); the centre's leaders get an SMS. */
export interface LawyerDeadlineAlert {
  centreId: string;
  /** ARRANGEMENT: a queue place to arrange within 48 hours (CQ-3); LEGAL_HELP: a request to reach the duty lawyer within 24 hours (CQ-1). */
  deadline: 'ARRANGEMENT' | 'LEGAL_HELP';
  stage: 'DUE_SOON' | 'OVERDUE';
  rule: string;
  /** The queue entry or legal-help request. */
  refId: string;
  dueAt: string;
}

export interface LawyerVerified {
  accountId: string;
  name: string;
  certificateNumber: string;
  firm: string;
  verified: boolean;
  /** Detention centres where the lawyer serves as duty lawyer (值班律师, CQ-1). */
  dutyCentreIds: string[];
}

/** Who acted, as the audit capture knows it: the staff member, their unit and roles, the action and its time (clock). */
export interface AuditActor {
  accountId: string;
  tenantKind: string;
  tenantId: string;
  roles: string[];
  /** The mutation's field name, or a named audited read (e.g. `playRecording`). */
  action: string;
  /** ISO time from the platform clock. */
  at: string;
}

/** One row changed by a staff action; personal data already masked by the capture. */
export interface AuditRecorded {
  actor: AuditActor;
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  /** schema.table, e.g. `prison.review_case`. */
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Issue 15 / 19: tokens of this account older than `tokenVersion` are void; an inactive account has none. */
export interface AccountRevoked {
  accountId: string;
  tokenVersion: number;
  active: boolean;
  reason: 'DEACTIVATED' | 'REACTIVATED' | 'PASSWORD_RESET' | 'PASSWORD_CHANGED' | 'ROLES_CHANGED' | 'VERIFICATION_WITHDRAWN';
}
