import {
  CustodyChangeKind,
  readers,
  recordManyEvents,
  withoutRowAudit,
  type EntityManager,
  type RosterColumn,
  type RosterRecord,
  type RosterSource,
  type RosterStaff,
  type RosterTable,
  type RowError,
  type WriteCounts,
} from '@rv/kit';
import { chinaDate, clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { DetoxCentre } from '../centre/detox-centre.entity.js';
import { detaineeRegisteredEvent } from '../detainee/detainee.service.js';
import { DetaineeRosterImport } from './roster.entity.js';

const columns: RosterColumn[] = [
  { key: 'detaineeNumber', required: true, read: readers.number, example: 'D2026001' },
  { key: 'name', required: true, read: readers.text(30), example: '李强' },
  { key: 'idNumber', required: true, read: readers.text(18), example: '44010619800101001X' },
  { key: 'brigade', required: true, read: readers.integer(99), example: '1' },
];

interface Existing {
  id: string;
  detainee_number: string;
  centre_id: string;
  in_custody: boolean;
  name: string;
  id_number: string;
  brigade: number;
}

async function existingByNumber(em: EntityManager, numbers: string[]): Promise<Map<string, Existing>> {
  const rows = await em.execute<Existing[]>(
    `select id, detainee_number, centre_id, in_custody, name, id_number, brigade from "detox"."detainee"
      where detainee_number in (select jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(numbers)],
  );
  return new Map(rows.map((row) => [row.detainee_number, row]));
}

/** A detox centre's roster, upserted by detainee number: new numbers admitted, a changed brigade a dated custody event. */
export const DETAINEE_ROSTER: RosterTable<DetaineeRosterImport> = {
  schema: 'detox',
  entity: DetaineeRosterImport,
  columns,
  numberKey: 'detaineeNumber',

  async check(em, centreId, records) {
    const existing = await existingByNumber(em, records.map((record) => record.values.detaineeNumber).filter(Boolean));
    const errors: RowError[] = [];
    for (const { row, values } of records) {
      const known = existing.get(values.detaineeNumber);
      if (known && known.centre_id !== centreId) errors.push({ row, column: 'detaineeNumber', messageKey: 'roster.row.heldElsewhere', params: {} });
      else if (known && !known.in_custody) errors.push({ row, column: 'detaineeNumber', messageKey: 'roster.row.released', params: {} });
    }
    return errors;
  },

  write: writeDetainees,
};

async function writeDetainees(em: EntityManager, staff: RosterStaff, records: RosterRecord[], source: RosterSource): Promise<WriteCounts> {
  const centre = await em.findOneOrFail(DetoxCentre, { id: staff.tenantId });
  const existing = await existingByNumber(
    em,
    records.map((record) => record.values.detaineeNumber),
  );
  const inserts: object[] = [];
  const updates: object[] = [];
  const changes: object[] = [];
  const touched: { id: string; brigade: number }[] = [];
  let unchanged = 0;
  for (const { values } of records) {
    const row = { name: values.name, id_number: values.idNumber, brigade: values.brigade };
    const known = existing.get(values.detaineeNumber);
    if (!known) {
      const id = randomUUID();
      inserts.push({ id, detainee_number: values.detaineeNumber, ...row });
      changes.push({ id: randomUUID(), subject_id: id, kind: CustodyChangeKind.ADMISSION, before: null, after: centre.id });
      touched.push({ id, brigade: values.brigade });
      continue;
    }
    const moved = values.brigade !== known.brigade;
    if (!moved && values.name === known.name && values.idNumber === known.id_number) {
      unchanged++;
      continue;
    }
    updates.push({ id: known.id, ...row });
    if (moved)
      changes.push({
        id: randomUUID(),
        subject_id: known.id,
        kind: CustodyChangeKind.BRIGADE_MOVE,
        before: String(known.brigade),
        after: String(values.brigade),
      });
    touched.push({ id: known.id, brigade: values.brigade });
  }
  if (inserts.length) {
    await withoutRowAudit(em, () =>
      em.execute(
        `insert into "detox"."detainee" (id, centre_id, brigade, name, detainee_number, id_number, in_custody)
       select r.id, ?, r.brigade, r.name, r.detainee_number, r.id_number, true
         from jsonb_to_recordset(?::jsonb) as r(id uuid, brigade int, name text, detainee_number text, id_number text)`,
        [centre.id, JSON.stringify(inserts)],
        'run',
      ),
    );
  }
  if (updates.length) {
    await em.execute(
      `update "detox"."detainee" d set brigade = r.brigade, name = r.name, id_number = r.id_number
         from jsonb_to_recordset(?::jsonb) as r(id uuid, brigade int, name text, id_number text) where d.id = r.id and d.centre_id = ?`,
      [JSON.stringify(updates), centre.id],
      'run',
    );
  }
  if (changes.length) {
    await withoutRowAudit(em, () =>
      em.execute(
        `insert into "detox"."custody_change" (id, subject_id, institution_id, kind, "before", "after", effective_on, source, recorded_by, recorded_at)
       select r.id, r.subject_id, ?, r.kind, r.before, r.after, ?, ?, ?, ? from jsonb_to_recordset(?::jsonb) as r(id uuid, subject_id uuid, kind text, before text, after text)`,
        [centre.id, chinaDate(clock.now()), source, staff.accountId, clock.now(), JSON.stringify(changes)],
        'run',
      ),
    );
  }
  await recordManyEvents(
    em,
    'detox',
    touched.map(({ id, brigade }) => detaineeRegisteredEvent({ id, centreId: centre.id, rulePack: centre.rulePack, brigade, inCustody: true })),
  );
  return { created: inserts.length, updated: updates.length, unchanged };
}
