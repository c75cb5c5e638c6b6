import type { EntityManager } from '@rv/kit';
import type { LawyerVerified, OutboxEvent } from '@rv/schema';

/** judicial's `lawyer.verified` → the centres' copy of who may meet suspects, and where each serves as duty lawyer (CQ-1, CQ-2). */
export async function rememberLawyer(em: EntityManager, event: OutboxEvent<LawyerVerified>): Promise<void> {
  const lawyer = event.payload;
  await em.execute(
    `insert into "detention"."lawyer" (account_id, name, certificate_number, firm, verified, duty_centre_ids) values (?, ?, ?, ?, ?, ?::uuid[])
    on conflict (account_id) do update set name = excluded.name, certificate_number = excluded.certificate_number, firm = excluded.firm,
      verified = excluded.verified, duty_centre_ids = excluded.duty_centre_ids`,
    [lawyer.accountId, lawyer.name, lawyer.certificateNumber, lawyer.firm, lawyer.verified, `{${lawyer.dutyCentreIds.join(',')}}`],
  );
}
