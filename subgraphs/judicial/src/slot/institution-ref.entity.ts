import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { PackAssignment } from '@rv/schema';

/** Judicial's directory of prisons and detox centres, from their registration events: which pack applies. */
@Entity({ schema: 'judicial', tableName: 'institution_ref' })
export class InstitutionRef {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property()
  kind!: 'PRISON' | 'DETOX_CENTRE';

  @Property()
  name!: string;

  @Property()
  rulePack!: string;

  /** SX-2: the institution's ward days, if it binds wards to days of the month. */
  @Property({ type: 'jsonb', nullable: true })
  wardDays: Record<number, number[]> | null = null;

  /** Issue 15: the packs by effective date; a filing takes the one in force on its day. */
  @Property({ type: 'jsonb', default: '[]' })
  packSchedule: PackAssignment[] = [];

  /** A deactivated institution takes no new bookings (the reason is said). */
  @Property({ default: true })
  active: boolean = true;

  @Property({ type: 'text', nullable: true })
  inactiveReason: string | null = null;
}
