import type { EntityManager } from '@rv/kit';
import type { OutboxEvent, SanctionImposed, SubjectRegistered } from '@rv/schema';

/** inmate.registered / detainee.registered → the directory row, created or refreshed. */
export async function rememberSubject(em: EntityManager, event: OutboxEvent<SubjectRegistered>): Promise<void> {
  const subject = event.payload;
  await em.execute(
    `insert into "judicial"."subject_ref" (id, kind, institution_id, in_custody, rule_pack, ward, treatment_level, crime_category, "foreign")
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set institution_id = excluded.institution_id, in_custody = excluded.in_custody,
       rule_pack = excluded.rule_pack, ward = excluded.ward, treatment_level = excluded.treatment_level,
       crime_category = excluded.crime_category, "foreign" = excluded."foreign"`,
    [
      subject.subjectId,
      subject.kind,
      subject.institutionId,
      subject.inCustody,
      subject.rulePack,
      subject.ward,
      subject.treatmentLevel,
      subject.crimeCategory,
      subject.foreign,
    ],
    'run',
  );
}

/** sanction.imposed → bookings for the subject are refused until the suspension ends (the longest one wins). */
export async function rememberSanction(em: EntityManager, event: OutboxEvent<SanctionImposed>): Promise<void> {
  const sanction = event.payload;
  await em.execute(
    `update "judicial"."subject_ref" set suspended_until = ?, suspension_rule = ?
      where id = ? and (suspended_until is null or suspended_until < ?)`,
    [sanction.endsOn, sanction.rule, sanction.subjectId, sanction.endsOn],
    'run',
  );
}
