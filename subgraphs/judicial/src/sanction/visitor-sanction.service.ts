import { read, recordEvent, type EntityManager, type Part } from '@rv/kit';
import {
  ErrorCode,
  Topic,
  audience,
  checkSanctionMonths,
  clock,
  forbidden,
  invalid,
  isUuid,
  keyed,
  notFound,
  ruleError,
  rulePack,
  suspensionEndsOn,
  type Identity,
  type SanctionRequested,
} from '@rv/schema';
import { Application, type VisitorRecord } from '../application/application.entity.js';
import { chinaToday } from '../calendar/today.js';
import { PoliceReferral } from './police-referral.entity.js';
import { VisitorSanction } from './visitor-sanction.entity.js';

type Staff = Identity & { tenantId: string; accountId: string };

export interface RecommendationInput {
  applicationId: string;
  idNumber: string;
  months: number;
  reason: string;
}

/**
 * GD-33: after a visitor's misconduct (GD-28, GD-31) the venue's bureau recommends that the
 * institution stop the subject's remote meetings, for months within the pack's range.
 */
export async function recommendSubjectSuspension(em: EntityManager, staff: Staff, input: RecommendationInput): Promise<VisitorSanction> {
  if (!input.reason.trim() || input.reason.length > 500) throw invalid('powers.visitorSanction.reason', { max: 500 }, 'reason');
  return em.transactional(async (tx) => {
    const application = isUuid(input.applicationId) ? await tx.findOne(Application, { id: input.applicationId }, { populate: ['venue'] }) : null;
    if (!application) throw notFound('application');
    if (application.venue?.id !== staff.tenantId) throw forbidden();
    const visitor = application.visitors.find((candidate) => candidate.idNumber === input.idNumber);
    if (!visitor) throw invalid('powers.visitorSanction.notAVisitor', {}, 'idNumber');
    const verdict = checkSanctionMonths(rulePack(application.rulePack), 'ordinary', input.months);
    if (!verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'months' });
    return tx.create(VisitorSanction, {
      applicationId: application.id,
      subjectId: application.subjectId,
      subjectKind: application.subjectKind,
      institutionId: application.institutionId,
      venueId: staff.tenantId,
      visitorIdNumber: input.idNumber,
      visitorName: visitor.name,
      months: input.months,
      reason: input.reason.trim(),
      status: 'RECOMMENDED',
      recommendedAt: clock.now(),
    } as VisitorSanction);
  });
}

export interface DecisionInput {
  /** Stop the subject's remote meetings (GD-33). */
  accept: boolean;
  /** The institution's months; the bureau's by default. */
  months?: number | null;
  /** (product) Bar this visitor from this subject's meetings for the period. */
  barVisitor?: boolean | null;
}

/**
 * GD-33: the subject's institution decides. Accepting stops the subject's remote meetings: the
 * prison or detox centre records the sanction (sanction.requested → sanction.imposed → bookings refused).
 * (product) Either way it may bar the visitor from this subject's meetings for the period.
 */
export async function decideRecommendation(em: EntityManager, staff: Staff, id: string, input: DecisionInput): Promise<VisitorSanction> {
  return em.transactional(async (tx) => {
    const recommendation = isUuid(id) ? await tx.findOne(VisitorSanction, { id }) : null;
    if (!recommendation) throw notFound('recommendation');
    if (recommendation.institutionId !== staff.tenantId) throw forbidden();
    const application = await tx.findOneOrFail(Application, { id: recommendation.applicationId });
    const months = input.months ?? recommendation.months;
    const acts = input.accept || !!input.barVisitor;
    const verdict = checkSanctionMonths(rulePack(application.rulePack), 'ordinary', months);
    if (acts && !verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'months' });
    const decided = {
      status: input.accept ? 'ACCEPTED' : 'DECLINED',
      decidedMonths: acts ? months : null,
      barsVisitor: !!input.barVisitor,
      endsOn: acts ? suspensionEndsOn(chinaToday(), months) : null,
      decidedBy: staff.accountId,
      decidedAt: clock.now(),
    };
    const changed = await tx.nativeUpdate(VisitorSanction, { id, status: 'RECOMMENDED' }, decided);
    if (!changed) throw keyed(ErrorCode.CONFLICT, 'powers.visitorSanction.alreadyDecided');
    Object.assign(recommendation, decided);
    if (input.accept) {
      const payload: SanctionRequested = {
        requestId: recommendation.id,
        subjectId: recommendation.subjectId,
        subjectKind: recommendation.subjectKind as SanctionRequested['subjectKind'],
        institutionId: recommendation.institutionId,
        months,
        reason: recommendation.reason,
        rule: verdict.rule,
        decidedBy: staff.accountId,
      };
      await recordEvent(tx, 'judicial', {
        topic: Topic.SANCTION_REQUESTED,
        aggregateType: 'VisitorSanction',
        aggregateId: recommendation.id,
        audience: [audience.tenant(recommendation.institutionId)],
        payload,
      });
    }
    return recommendation;
  });
}

/** GD-33: the recommendations of the caller's institution, or those the caller's bureau made. */
export function recommendationsFor(em: EntityManager, staff: Staff, institution: boolean): Promise<VisitorSanction[]> {
  const own = institution ? { institutionId: staff.tenantId } : { venueId: staff.tenantId };
  return em.find(VisitorSanction, own, { orderBy: { recommendedAt: 'desc' }, limit: 200 });
}

/**
 * GD-33: conduct that breaks the law goes to the police; the bureau that saw it (or the institution)
 * records who referred it, when, for which case, and the reference number. Once per case.
 */
export async function recordPoliceReferral(
  em: EntityManager,
  staff: Staff,
  recommendationId: string,
  policeUnit: string,
  reference: string,
): Promise<PoliceReferral> {
  if (!policeUnit.trim() || policeUnit.length > 100) throw invalid('powers.referral.policeUnit', { max: 100 }, 'policeUnit');
  if (!reference.trim() || reference.length > 64) throw invalid('powers.referral.reference', { max: 64 }, 'reference');
  return em.transactional(async (tx) => {
    const recommendation = isUuid(recommendationId) ? await tx.findOne(VisitorSanction, { id: recommendationId }) : null;
    if (!recommendation) throw notFound('recommendation');
    if (![recommendation.venueId, recommendation.institutionId].includes(staff.tenantId)) throw forbidden();
    const [inserted] = await tx.execute<{ id: string }[]>(
      `insert into "judicial"."police_referral" (id, recommendation_id, application_id, police_unit, reference, referred_by_tenant_id, referred_by, referred_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id`,
      [recommendation.id, recommendation.applicationId, policeUnit.trim(), reference.trim(), staff.tenantId, staff.accountId, clock.now()],
    );
    if (!inserted) throw keyed(ErrorCode.CONFLICT, 'powers.referral.alreadyRecorded');
    return tx.findOneOrFail(PoliceReferral, { id: inserted.id });
  });
}

export interface BarredVisitor {
  visitor_name: string;
  ends_on: string;
}

/** The bars on these visitors of a subject still in force on the meeting's day (read with the booking's others). */
export function barredVisitorsRead(subjectId: string, visitors: VisitorRecord[], meetingDate: string): Part<BarredVisitor> {
  return read(
    `select visitor_name, ends_on::text from "judicial"."visitor_sanction"
      where subject_id = ? and bars_visitor and ends_on >= ? and visitor_id_number in (?) limit 1`,
    [subjectId, meetingDate, visitors.map((visitor) => visitor.idNumber)],
  );
}

/** (product, with GD-33) a visitor the institution barred may not meet this subject remotely until the bar ends. */
export function refuseBarredVisitors([barred]: BarredVisitor[]): void {
  if (barred) throw keyed(ErrorCode.NOT_ELIGIBLE, 'powers.visitorSanction.visitorBarred', { name: barred.visitor_name, until: barred.ends_on });
}
