import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Judicial's directory of subjects, kept from the prison and detox subgraphs' registration
 * events: enough to route an application to the subject's institution, nothing personal.
 */
@Entity({ schema: 'judicial', tableName: 'subject_ref' })
export class SubjectRef {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property()
  kind!: 'INMATE' | 'DETAINEE';

  @Property({ type: 'uuid' })
  institutionId!: string;

  @Property()
  inCustody!: boolean;

  /** The institution's rule pack (GD, YN, SX). */
  @Property()
  rulePack!: string;

  @Property({ type: 'integer', nullable: true })
  ward!: number | null;

  @Property({ type: 'text' })
  treatmentLevel!: 'LENIENT' | 'ORDINARY' | 'STRICT';

  @Property()
  crimeCategory!: string;

  @Property()
  foreign!: boolean;

  /** GD-33 / YN-17 / SX-10: no remote meetings up to and including this day. */
  @Property({ type: 'date', nullable: true })
  suspendedUntil: string | null = null;

  @Property({ type: 'varchar(16)', nullable: true })
  suspensionRule: string | null = null;
}
