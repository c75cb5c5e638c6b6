import { recordEvent, type EntityManager } from '@rv/kit';
import { ErrorCode, Topic, audience, clock, invalid, keyed, lawyerMeetingPack, legalHelpDeadline } from '@rv/schema';
import { alertCentreLeaders } from '../centre/leader-alert.js';
import { Lawyer, MandateKind } from '../lawyer/lawyer.entity.js';
import type { Staff } from '../queue/queue.service.js';
import { Suspect } from '../suspect/suspect.entity.js';
import { LegalHelpKind, LegalHelpRequest } from './legal-help.entity.js';

/**
 * CQ-1: a suspect's request for a lawyer or legal aid is logged and passed on (to the case-handling
 * unit or the legal-aid organisation); a request for legal help must reach the duty lawyer within 24 hours.
 */
export async function recordLegalHelpRequest(
  em: EntityManager,
  staff: Staff,
  input: { suspectId: string; kind: LegalHelpKind; passedTo?: string | null },
): Promise<LegalHelpRequest> {
  return em.transactional(async (tx) => {
    const suspect = await tx.findOne(Suspect, { id: input.suspectId, centre: staff.tenantId }, { populate: ['centre'] });
    if (!suspect) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.suspect');
    const filedAt = clock.now();
    const deadline = input.kind === LegalHelpKind.LEGAL_HELP ? legalHelpDeadline(lawyerMeetingPack(suspect.centre.rulePack), filedAt) : null;
    const passedTo = input.passedTo?.trim() || (input.kind === LegalHelpKind.RETAIN_LAWYER ? suspect.caseUnit : null);
    const request = tx.create(LegalHelpRequest, {
      centre: suspect.centre,
      suspect,
      kind: input.kind,
      filedAt,
      recordedBy: staff.accountId,
      passedTo: passedTo?.slice(0, 255) ?? null,
      passedAt: passedTo ? filedAt : null,
      dueAt: deadline?.dueAt ?? null,
      alertAt: deadline?.alertAt ?? null,
    } as LegalHelpRequest);
    await tx.flush();
    return request;
  });
}

/** CQ-1: the request for legal help handed to one of the centre's duty lawyers, who may then meet the suspect. */
export async function handLegalHelpToDutyLawyer(em: EntityManager, staff: Staff, requestId: string, lawyerAccountId: string): Promise<LegalHelpRequest> {
  return em.transactional(async (tx) => {
    const request = await tx.findOne(LegalHelpRequest, { id: requestId, centre: staff.tenantId }, { populate: ['suspect'] });
    if (!request) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.legalHelp');
    if (request.kind !== LegalHelpKind.LEGAL_HELP) throw invalid('lawyer.notDutyLawyer', {}, 'requestId');
    if (request.dutyLawyerAccountId) throw keyed(ErrorCode.CONFLICT, 'lawyer.alreadyHandedOver');
    const lawyer = await tx.findOne(Lawyer, { accountId: lawyerAccountId, verified: true });
    if (!lawyer?.dutyCentreIds.includes(staff.tenantId)) throw keyed(ErrorCode.NOT_ELIGIBLE, 'lawyer.notDutyLawyer', {}, { rule: 'CQ-1' });
    Object.assign(request, { dutyLawyerAccountId: lawyer.accountId, passedTo: lawyer.name, passedAt: clock.now() });
    await tx.flush();
    await tx.execute(
      `insert into "detention"."mandate" (id, suspect_id, lawyer_account_id, kind, active, created_at)
      values (gen_random_uuid(), ?, ?, ?, true, ?) on conflict do nothing`,
      [request.suspect.id, lawyer.accountId, MandateKind.DUTY, clock.now()],
    );
    await recordEvent(tx, 'detention', {
      topic: Topic.LEGAL_HELP_DUE,
      aggregateType: 'LegalHelpRequest',
      aggregateId: request.id,
      audience: [audience.tenant(staff.tenantId), audience.account(lawyer.accountId)],
      payload: { requestId: request.id, handedOver: true },
    });
    return request;
  });
}

/**
 * CQ-1: requests for legal help not yet with a duty lawyer once their alert time has come: the centre
 * is told once (live) before the 24 hours run out, and its leaders texted.
 */
export async function alertLegalHelpDue(em: EntityManager): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string; centre_id: string; due_at: Date; rule_pack: string }[]>(
      `update "detention"."legal_help_request" r set alerted_at = ?
      from "detention"."detention_centre" c where c.id = r.centre_id
        and r.duty_lawyer_account_id is null and r.alert_at <= ? and r.alerted_at is null returning r.id, r.centre_id, r.due_at, c.rule_pack`,
      [clock.now(), clock.now()],
    );
    for (const row of rows) {
      await recordEvent(tx, 'detention', {
        topic: Topic.LEGAL_HELP_DUE,
        aggregateType: 'LegalHelpRequest',
        aggregateId: row.id,
        audience: [audience.tenant(row.centre_id)],
        payload: { requestId: row.id, dueAt: new Date(row.due_at).toISOString(), handedOver: false },
      });
      await alertCentreLeaders(tx, {
        centreId: row.centre_id,
        deadline: 'LEGAL_HELP',
        stage: 'DUE_SOON',
        rule: lawyerMeetingPack(row.rule_pack).legalHelp.rule,
        refId: row.id,
        dueAt: new Date(row.due_at).toISOString(),
      });
    }
    return rows.length;
  });
}

/** CQ-1: a request for legal help still not with a duty lawyer when its 24 hours are up: the centre's leaders are texted once. */
export async function flagLegalHelpOverdue(em: EntityManager): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string; centre_id: string; due_at: Date; rule_pack: string }[]>(
      `update "detention"."legal_help_request" r set overdue_alerted_at = ?
      from "detention"."detention_centre" c where c.id = r.centre_id
        and r.duty_lawyer_account_id is null and r.due_at < ? and r.overdue_alerted_at is null returning r.id, r.centre_id, r.due_at, c.rule_pack`,
      [clock.now(), clock.now()],
    );
    for (const row of rows)
      await alertCentreLeaders(tx, {
        centreId: row.centre_id,
        deadline: 'LEGAL_HELP',
        stage: 'OVERDUE',
        rule: lawyerMeetingPack(row.rule_pack).legalHelp.rule,
        refId: row.id,
        dueAt: new Date(row.due_at).toISOString(),
      });
    return rows.length;
  });
}
