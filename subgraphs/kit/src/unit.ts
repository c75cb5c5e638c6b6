import type { Opt } from '@mikro-orm/core';
import { Property } from '@mikro-orm/decorators/legacy';
import {
  StaffRole,
  TenantKind,
  chinaDate,
  checkDeactivationReason,
  checkUnitContact,
  clock,
  forbidden,
  invalid,
  keyed,
  ErrorCode,
  packOn,
  schedulePack,
  type Identity,
  type PackAssignment,
  type WardDays,
} from '@rv/schema';
import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireStaff } from './auth.js';

/** SX-2: one ward's (brigade's) days of the month. */
@Directive('@shareable')
@ObjectType('WardDays', { description: 'SX-2: a ward’s (brigade’s) days of the month' })
export class WardDaysType {
  @Field(() => Int)
  ward!: number;

  @Field(() => [Int])
  days!: number[];
}

@InputType('WardDaysInput')
export class WardDaysInput {
  @Field(() => Int)
  ward!: number;

  @Field(() => [Int])
  days!: number[];
}

/** A unit's rule pack from a day on, with the institution's own data inside it. */
@Directive('@shareable')
@ObjectType('PackAssignment', { description: 'A unit’s rule pack from a day on (null: since opening), with its SX-2 ward days' })
export class PackAssignmentType {
  @Field()
  rulePack!: string;

  @Field(() => String, { nullable: true, description: 'First China day of filings under this pack; null: since the unit opened' })
  effectiveFrom!: string | null;

  @Field(() => [WardDaysType])
  wardDays!: WardDaysType[];
}

@InputType('PackAssignmentInput', { description: 'A pack for applications filed from effectiveFrom on (today or later)' })
export class PackAssignmentInput {
  @Field()
  rulePack!: string;

  @Field()
  effectiveFrom!: string;

  @Field(() => [WardDaysInput], { nullable: true, description: 'SX-2: the prison’s ward days under this pack' })
  wardDays?: WardDaysInput[] | null;
}

@InputType('UnitContactInput', { description: 'What families are shown of a unit' })
export class UnitContactInput {
  @Field()
  name!: string;

  @Field()
  region!: string;

  @Field({ defaultValue: '' })
  address!: string;

  @Field({ defaultValue: '' })
  phone!: string;
}

/**
 * The columns every unit shares (issue 15): how families reach it, whether it takes bookings (and
 * why not), and its rule packs by effective date. Each owning subgraph's unit entity extends it.
 */
@ObjectType('UnitBase', { description: 'Not in the schema: the fields every unit shares' })
export abstract class UnitBase {
  @Field(() => String, { description: 'Shown to families' })
  @Property({ type: 'text', default: '' })
  address: Opt<string> = '';

  @Field(() => String, { description: 'Shown to families' })
  @Property({ type: 'varchar(20)', default: '' })
  phone: Opt<string> = '';

  @Field(() => Boolean, { description: 'A deactivated unit takes no new bookings; nothing it holds is deleted' })
  @Property({ default: true })
  active: Opt<boolean> = true;

  @Field(() => String, { nullable: true, description: 'Why the unit was deactivated (shown with every refused booking)' })
  @Property({ type: 'text', nullable: true })
  inactiveReason: Opt<string> | null = null;

  @Property({ type: 'jsonb', default: '[]' })
  packSchedule: Opt<PackAssignment[]> = [];

  abstract rulePack: string;
}

/** A unit's schedule; a unit opened before schedules existed has its one pack since opening. */
export function scheduleOf(unit: UnitBase & { wardDays?: WardDays | null }): PackAssignment[] {
  return unit.packSchedule?.length ? unit.packSchedule : [{ pack: unit.rulePack, from: null, wardDays: unit.wardDays ?? null }];
}

export function packAssignmentTypes(unit: UnitBase & { wardDays?: WardDays | null }): PackAssignmentType[] {
  return scheduleOf(unit).map((entry) => ({
    rulePack: entry.pack,
    effectiveFrom: entry.from,
    wardDays: Object.entries(entry.wardDays ?? {}).map(([ward, days]) => ({ ward: Number(ward), days })),
  }));
}

export function wardDaysFrom(input: WardDaysInput[] | null | undefined): WardDays | null {
  if (!input?.length) return null;
  return Object.fromEntries(input.map((entry) => [entry.ward, entry.days]));
}

/**
 * Schedules a pack change; the unit's current pack (what its own screens read) follows the
 * schedule for today. Applications keep the pack they were filed under.
 */
export function scheduleUnitPack(unit: UnitBase & { wardDays?: WardDays | null }, input: PackAssignmentInput): PackAssignment {
  const today = chinaDate(clock.now());
  unit.packSchedule = schedulePack(scheduleOf(unit), { pack: input.rulePack, from: input.effectiveFrom, wardDays: wardDaysFrom(input.wardDays) }, today);
  const current = packOn(unit.packSchedule, today);
  unit.rulePack = current.pack;
  if ('wardDays' in unit) unit.wardDays = current.wardDays;
  return current;
}

export function applyUnitContact(unit: UnitBase & { name: string; region: string }, input: UnitContactInput): void {
  Object.assign(unit, checkUnitContact(input));
}

/** Deactivation keeps every record; only new bookings are refused, with this reason. */
export function setUnitActive(unit: UnitBase, active: boolean, reason: string | null): void {
  if (active === unit.active) throw keyed(ErrorCode.CONFLICT, active ? 'admin.unit.alreadyActive' : 'admin.unit.alreadyInactive');
  unit.inactiveReason = active ? null : checkDeactivationReason(reason ?? '');
  unit.active = active;
}

/** Units are created, edited and deactivated by the province's administrators only. */
export function requireProvinceAdmin(identity: Identity): void {
  if (identity.tenantKind && identity.tenantKind !== TenantKind.PROVINCE && identity.roles.includes(StaffRole.ADMIN))
    throw forbidden('admin.unit.provinceOnly');
  requireStaff(identity, [TenantKind.PROVINCE], [StaffRole.ADMIN]);
}

/**
 * The shared unit columns for an existing table; a unit opened before has its one pack (and ward
 * days, where the table has them) since opening.
 */
export function unitColumnsDdl(schema: string, table: string, hasWardDays: boolean, hasAddress = false): string[] {
  const wardDays = hasWardDays ? `"ward_days"` : 'null';
  return [
    `alter table "${schema}"."${table}" ${hasAddress ? '' : `add column "address" text not null default '',`}
       add column "phone" varchar(20) not null default '', add column "active" boolean not null default true,
       add column "inactive_reason" text null, add column "pack_schedule" jsonb not null default '[]'`,
    `update "${schema}"."${table}" set "pack_schedule" = jsonb_build_array(jsonb_build_object('pack', "rule_pack", 'from', null, 'wardDays', ${wardDays}))`,
  ];
}

/** A prison's ward or a detox centre's brigade: a number within the unit and a name. */
export interface UnitPart {
  number: number;
  name: string;
}

/** Checks a ward's (brigade's) number (1–999) and name (1–30 characters). */
export function checkUnitPart(input: UnitPart): UnitPart {
  if (!Number.isInteger(input.number) || input.number < 1 || input.number > 999) throw invalid('admin.unit.wardNumber', {}, 'number');
  const name = input.name.trim();
  if (!name || name.length > 30) throw invalid('admin.unit.wardName', {}, 'name');
  return { number: input.number, name };
}

/**
 * Issue 15: adds a ward (brigade) or renames it, in one upsert on (unit, number): two saves of a new
 * number at once make one row, and nothing is ever deleted (people point to it). The row's change is
 * on the audit trail like any staff write (the capture trigger).
 */
export async function saveUnitPart(
  em: EntityManager,
  table: '"prison"."ward"' | '"detox"."brigade"',
  unitColumn: 'prison_id' | 'centre_id',
  unitId: string,
  part: UnitPart,
): Promise<void> {
  await em.execute(
    `insert into ${table} (id, ${unitColumn}, number, name) values (gen_random_uuid(), ?, ?, ?)
     on conflict (${unitColumn}, number) do update set name = excluded.name where ${table}.name is distinct from excluded.name`,
    [unitId, part.number, part.name],
    'run',
  );
}
