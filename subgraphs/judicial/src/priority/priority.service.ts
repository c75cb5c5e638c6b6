import { recordEvents, type EntityManager } from '@rv/kit';
import {
  ErrorCode,
  INSTITUTION_KINDS,
  PriorityCategory,
  TenantKind,
  Topic,
  VENUE_KINDS,
  clock,
  forbidden,
  invalid,
  isUuid,
  keyed,
  notFound,
  type ApplicationPrioritized,
  type Identity,
} from '@rv/schema';
import { Application, ApplicationStatus } from '../application/application.entity.js';
import { applicationAudience, applicationChangedEvent } from '../application/application.service.js';
import { countyBureauOf } from '../application/stage.service.js';
import { PriorityPolicy } from './priority-policy.entity.js';

type Staff = Identity & { tenantId: string; accountId: string };
export type MarkerKind = 'INSTITUTION' | 'FAMILY_BUREAU';

/**
 * GD-4: who marks a case. The institution knows the subject (a reward, a special measure); the
 * family's bureau sees the family (old, young or infirm, far away). RESCHEDULE is the platform's own (GD-39, YN-18).
 */
const MARKER_OF: Record<string, MarkerKind> = {
  [PriorityCategory.REWARD]: 'INSTITUTION',
  [PriorityCategory.SPECIAL]: 'INSTITUTION',
  [PriorityCategory.VULNERABLE_FAMILY]: 'FAMILY_BUREAU',
  [PriorityCategory.DISTANT_FAMILY]: 'FAMILY_BUREAU',
};

/** GD-4: the prison bureau sets the policy for inmates, the detox bureau for detainees. */
const POLICY_OWNER: Record<string, TenantKind> = { INMATE: TenantKind.PRISON_BUREAU, DETAINEE: TenantKind.DETOX_BUREAU };
const PERIODS = ['MONTH', 'YEAR'];

export interface PolicyInput {
  subjectKind: string;
  category: string;
  maxTimes: number;
  period: string;
  conditions: string;
}

/** GD-4: a bureau sets (or changes) its policy for one category; only for its own kind of institution. */
export async function setPriorityPolicy(em: EntityManager, staff: Staff, input: PolicyInput): Promise<PriorityPolicy> {
  if (POLICY_OWNER[input.subjectKind] !== staff.tenantKind) throw forbidden('powers.policy.ownInstitutionsOnly');
  if (!MARKER_OF[input.category]) throw invalid('powers.priority.notACategory', {}, 'category');
  if (!Number.isInteger(input.maxTimes) || input.maxTimes < 0 || input.maxTimes > 12) throw invalid('powers.policy.maxTimes', { max: 12 }, 'maxTimes');
  if (!PERIODS.includes(input.period)) throw invalid('powers.policy.period', {}, 'period');
  if (!input.conditions.trim() || input.conditions.length > 500) throw invalid('powers.policy.conditions', { max: 500 }, 'conditions');
  return em.transactional(async (tx) => {
    const values = {
      bureauId: staff.tenantId,
      maxTimes: input.maxTimes,
      period: input.period,
      conditions: input.conditions.trim(),
      setBy: staff.accountId,
      setAt: clock.now(),
    };
    const existing = await tx.findOne(PriorityPolicy, { subjectKind: input.subjectKind, category: input.category });
    if (existing) return Object.assign(existing, values);
    return tx.create(PriorityPolicy, { subjectKind: input.subjectKind, category: input.category, ...values });
  });
}

/** GD-4: the policies a caller works under: bureaus and institutions their own kind's, venues and the province all. */
export function priorityPolicies(em: EntityManager, identity: Identity): Promise<PriorityPolicy[]> {
  const own = (
    {
      [TenantKind.PRISON_BUREAU]: 'INMATE',
      [TenantKind.PRISON]: 'INMATE',
      [TenantKind.DETOX_BUREAU]: 'DETAINEE',
      [TenantKind.DETOX_CENTRE]: 'DETAINEE',
    } as Record<string, string>
  )[identity.tenantKind ?? ''];
  return em.find(PriorityPolicy, own ? { subjectKind: own } : {}, { orderBy: { subjectKind: 'asc', category: 'asc' } });
}

/** The caller's side of the case, or FORBIDDEN: the subject's institution, or the family's bureau (the venue or its county bureau). */
function markerOf(staff: Staff, application: Application): MarkerKind {
  if (INSTITUTION_KINDS.includes(staff.tenantKind!) && staff.tenantId === application.institutionId) return 'INSTITUTION';
  if (VENUE_KINDS.includes(staff.tenantKind!) && (staff.tenantId === application.venue?.id || staff.tenantId === countyBureauOf(application)))
    return 'FAMILY_BUREAU';
  throw forbidden();
}

const periodKey = (policy: PriorityPolicy, meetingDate: string) => (policy.period === 'YEAR' ? meetingDate.slice(0, 4) : meetingDate.slice(0, 7));

/**
 * GD-4: takes one of the policy's uses for the subject in the period: the first free n of
 * 1..maxTimes. The unique key makes a concurrent taker of the same n wait and then find it taken.
 */
async function takeOneUse(tx: EntityManager, policy: PriorityPolicy, application: Application, staff: Staff, marker: MarkerKind): Promise<boolean> {
  for (let seq = 1; seq <= policy.maxTimes; seq++) {
    const taken = await tx.execute<{ id: string }[]>(
      `insert into "judicial"."priority_mark" (id, application_id, policy_id, subject_id, period_key, seq, category, marker_kind, marker_tenant_id, marked_by, marked_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id`,
      [
        application.id,
        policy.id,
        application.subjectId,
        periodKey(policy, application.serviceDay.date),
        seq,
        policy.category,
        marker,
        staff.tenantId,
        staff.accountId,
        clock.now(),
      ],
    );
    if (taken.length) return true;
  }
  return false;
}

/**
 * GD-4: the institution or the family's bureau puts a pending application first, for a category
 * it may mark, under the policy its prison or detox bureau set and never beyond the policy's count.
 * The institution's queue reorders at once (application.prioritized).
 */
export async function prioritizeApplication(
  em: EntityManager,
  staff: Staff,
  id: string,
  category: string,
  note: string | null | undefined,
): Promise<Application> {
  if (!MARKER_OF[category]) throw invalid('powers.priority.notACategory', {}, 'category');
  if ((note?.length ?? 0) > 200) throw invalid('powers.priority.noteTooLong', { max: 200 }, 'note');
  if (category === PriorityCategory.SPECIAL && !note?.trim()) throw invalid('powers.priority.specialNeedsReason', {}, 'note');
  return em.transactional(async (tx) => {
    const application = isUuid(id) ? await tx.findOne(Application, { id }, { populate: ['serviceDay', 'venue'] }) : null;
    if (!application) throw notFound('application');
    const marker = markerOf(staff, application);
    if (MARKER_OF[category] !== marker) throw forbidden(marker === 'INSTITUTION' ? 'powers.priority.familyBureauMarks' : 'powers.priority.institutionMarks');
    if (application.status !== ApplicationStatus.SUBMITTED) throw keyed(ErrorCode.CONFLICT, 'powers.priority.onlyPending');
    if (application.priority) throw keyed(ErrorCode.CONFLICT, 'powers.priority.alreadyFirst');
    const gd4 = { rule: 'GD-4', pack: application.rulePack };
    const policy = await tx.findOne(PriorityPolicy, { subjectKind: application.subjectKind, category });
    if (!policy || policy.maxTimes === 0) throw keyed(ErrorCode.NOT_ELIGIBLE, 'powers.priority.noPolicy', {}, gd4);
    // The row lock of this update also makes a second clerk on the same application wait, then miss.
    const changed = await tx.nativeUpdate(
      Application,
      { id, status: ApplicationStatus.SUBMITTED, priority: false },
      { priority: true, priorityCategory: category, priorityNote: note?.trim() || null },
    );
    if (!changed) throw keyed(ErrorCode.CONFLICT, 'powers.priority.alreadyFirst');
    if (!(await takeOneUse(tx, policy, application, staff, marker)))
      throw keyed(ErrorCode.NOT_ELIGIBLE, 'powers.priority.countUsed', { max: policy.maxTimes, period: periodKey(policy, application.serviceDay.date) }, gd4);
    Object.assign(application, { priority: true, priorityCategory: category, priorityNote: note?.trim() || null });
    const payload: ApplicationPrioritized = { applicationId: application.id, category };
    await recordEvents(tx, 'judicial', [
      { topic: Topic.APPLICATION_PRIORITIZED, aggregateType: 'Application', aggregateId: application.id, audience: applicationAudience(application), payload },
      applicationChangedEvent(application),
    ]);
    return application;
  });
}
