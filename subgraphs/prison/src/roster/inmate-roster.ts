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
import { RULE_PACKS, chinaDate, clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { inmateRegisteredEvent } from '../inmate/inmate.service.js';
import { Prison, Ward } from '../prison/prison.entity.js';
import { recheckSubject } from '../review/review.service.js';
import { InmateRosterImport } from './roster.entity.js';

/** SX-5: the ordinary category and those some pack gives a narrower relative scope (the packs' own lists). */
export const CRIME_CATEGORIES: string[] = ['ORDINARY', ...new Set(Object.values(RULE_PACKS).flatMap((pack) => pack.relativeScope?.restrictedCategories ?? []))];
const TREATMENT_LEVELS = ['STRICT', 'ORDINARY', 'LENIENT'] as const;

const columns: RosterColumn[] = [
  { key: 'inmateNumber', required: true, read: readers.number, example: 'A2026001' },
  { key: 'name', required: true, read: readers.text(30), example: '王伟' },
  { key: 'idNumber', required: true, read: readers.text(18), example: '44010619800101001X' },
  { key: 'ward', required: true, read: readers.integer(99), example: '1' },
  { key: 'treatmentLevel', required: false, fallback: 'ORDINARY', read: readers.choice(TREATMENT_LEVELS, (code) => `roster.value.${code}`), example: '普管级' },
  {
    key: 'crimeCategory',
    required: false,
    fallback: 'ORDINARY',
    read: readers.choice(CRIME_CATEGORIES, (code) => `roster.value.crime.${code}`),
    example: '普通',
  },
  { key: 'foreign', required: false, fallback: false, read: readers.yesNo, example: '否' },
];

interface Existing {
  id: string;
  inmate_number: string;
  prison_id: string;
  custody_status: string;
  name: string;
  id_number: string;
  ward: number;
  treatment_level: string;
  crime_category: string;
  foreign: boolean;
}

async function existingByNumber(em: EntityManager, numbers: string[]): Promise<Map<string, Existing>> {
  const rows = await em.execute<Existing[]>(
    `select i.id, i.inmate_number, i.prison_id, i.custody_status, i.name, i.id_number, w.number as ward, i.treatment_level, i.crime_category, i."foreign"
       from "prison"."inmate" i join "prison"."ward" w on w.id = i.ward_id
      where i.inmate_number in (select jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(numbers)],
  );
  return new Map(rows.map((row) => [row.inmate_number, row]));
}

/** Custody events a roster row can carry: a ward move, a treatment level (SX-9 strict level), a crime category (SX-5). */
const TRACKED: { field: 'ward' | 'treatmentLevel' | 'crimeCategory'; column: keyof Existing; kind: CustodyChangeKind }[] = [
  { field: 'ward', column: 'ward', kind: CustodyChangeKind.WARD_MOVE },
  { field: 'treatmentLevel', column: 'treatment_level', kind: CustodyChangeKind.TREATMENT_LEVEL },
  { field: 'crimeCategory', column: 'crime_category', kind: CustodyChangeKind.CRIME_CATEGORY },
];

interface ChangeRow {
  id: string;
  subject_id: string;
  kind: string;
  before: string | null;
  after: string | null;
  cancelled: number;
}

/**
 * A prison's roster, upserted by inmate number: new numbers are admitted (ADMISSION), known ones
 * updated, and a changed ward, level or category is a dated custody event; a changed level is
 * re-checked against the inmate's approved meetings (GD-24 / YN-15 / SX-9 via recheckSubject).
 */
export const INMATE_ROSTER: RosterTable<InmateRosterImport> = {
  schema: 'prison',
  entity: InmateRosterImport,
  columns,
  numberKey: 'inmateNumber',

  async check(em, prisonId, records) {
    const wards = new Set((await em.find(Ward, { prison: prisonId })).map((ward) => ward.number));
    const existing = await existingByNumber(em, records.map((record) => record.values.inmateNumber).filter(Boolean));
    const errors: RowError[] = [];
    for (const { row, values } of records) {
      if (values.ward !== undefined && !wards.has(values.ward))
        errors.push({ row, column: 'ward', messageKey: 'roster.row.noSuchWard', params: { ward: values.ward } });
      const known = existing.get(values.inmateNumber);
      if (known && known.prison_id !== prisonId) errors.push({ row, column: 'inmateNumber', messageKey: 'roster.row.heldElsewhere', params: {} });
      else if (known && known.custody_status !== 'IN_CUSTODY') errors.push({ row, column: 'inmateNumber', messageKey: 'roster.row.released', params: {} });
    }
    return errors;
  },

  async write(em, staff, records, source) {
    return writeInmates(em, staff, records, source);
  },
};

async function writeInmates(em: EntityManager, staff: RosterStaff, records: RosterRecord[], source: RosterSource): Promise<WriteCounts> {
  const prison = await em.findOneOrFail(Prison, { id: staff.tenantId });
  const wardIds = new Map((await em.find(Ward, { prison: prison.id })).map((ward) => [ward.number, ward.id]));
  const existing = await existingByNumber(
    em,
    records.map((record) => record.values.inmateNumber),
  );
  const today = chinaDate(clock.now());
  const inserts: object[] = [];
  const updates: object[] = [];
  const changes: ChangeRow[] = [];
  const touched: { id: string; values: Record<string, any> }[] = [];
  let unchanged = 0;
  for (const { values } of records) {
    const row = {
      name: values.name,
      id_number: values.idNumber,
      ward_id: wardIds.get(values.ward),
      treatment_level: values.treatmentLevel,
      crime_category: values.crimeCategory,
      foreign: values.foreign,
    };
    const known = existing.get(values.inmateNumber);
    if (!known) {
      const id = randomUUID();
      inserts.push({ id, inmate_number: values.inmateNumber, ...row });
      changes.push({ id: randomUUID(), subject_id: id, kind: CustodyChangeKind.ADMISSION, before: null, after: prison.id, cancelled: 0 });
      touched.push({ id, values });
      continue;
    }
    const tracked = TRACKED.filter(({ field, column }) => String(values[field]) !== String(known[column]));
    const corrected = values.name !== known.name || values.idNumber !== known.id_number || values.foreign !== known.foreign;
    if (!tracked.length && !corrected) {
      unchanged++;
      continue;
    }
    updates.push({ id: known.id, ...row });
    for (const { field, column, kind } of tracked)
      changes.push({ id: randomUUID(), subject_id: known.id, kind, before: String(known[column]), after: String(values[field]), cancelled: 0 });
    touched.push({ id: known.id, values });
  }
  if (inserts.length) {
    await withoutRowAudit(em, () =>
      em.execute(
        `insert into "prison"."inmate" (id, prison_id, ward_id, name, inmate_number, id_number, custody_status, treatment_level, crime_category, "foreign")
       select r.id, ?, r.ward_id, r.name, r.inmate_number, r.id_number, 'IN_CUSTODY', r.treatment_level, r.crime_category, r."foreign"
         from jsonb_to_recordset(?::jsonb) as r(id uuid, ward_id uuid, name text, inmate_number text, id_number text, treatment_level text, crime_category text, "foreign" boolean)`,
        [prison.id, JSON.stringify(inserts)],
        'run',
      ),
    );
  }
  if (updates.length) {
    await em.execute(
      `update "prison"."inmate" i set ward_id = r.ward_id, name = r.name, id_number = r.id_number, treatment_level = r.treatment_level,
          crime_category = r.crime_category, "foreign" = r."foreign"
         from jsonb_to_recordset(?::jsonb) as r(id uuid, ward_id uuid, name text, id_number text, treatment_level text, crime_category text, "foreign" boolean)
        where i.id = r.id and i.prison_id = ?`,
      [JSON.stringify(updates), prison.id],
      'run',
    );
  }
  // GD-24 / YN-15 / SX-9: a new level (strict) may bar a meeting already approved; the change row says how many it cancelled.
  for (const change of changes.filter((candidate) => candidate.kind === CustodyChangeKind.TREATMENT_LEVEL))
    change.cancelled = await recheckSubject(em, change.subject_id);
  if (changes.length) {
    await withoutRowAudit(em, () =>
      em.execute(
        `insert into "prison"."custody_change" (id, subject_id, institution_id, kind, "before", "after", effective_on, source, recorded_by, recorded_at, cancelled_meetings)
       select r.id, r.subject_id, ?, r.kind, r.before, r.after, ?, ?, ?, ?, r.cancelled
         from jsonb_to_recordset(?::jsonb) as r(id uuid, subject_id uuid, kind text, before text, after text, cancelled int)`,
        [prison.id, today, source, staff.accountId, clock.now(), JSON.stringify(changes)],
        'run',
      ),
    );
  }
  await recordManyEvents(
    em,
    'prison',
    touched.map(({ id, values }) =>
      inmateRegisteredEvent({
        id,
        prisonId: prison.id,
        rulePack: prison.rulePack,
        ward: values.ward,
        inCustody: true,
        treatmentLevel: values.treatmentLevel,
        crimeCategory: values.crimeCategory,
        foreign: values.foreign,
      }),
    ),
  );
  return { created: inserts.length, updated: updates.length, unchanged };
}
