import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/**
 * GD-4: one use of a policy's count. The n-th use of a subject's count in a period is a unique
 * (policy, subject, period, n), so two clerks marking at once cannot both take the last one.
 */
@Entity({ schema: 'judicial', tableName: 'priority_mark' })
@Unique({ properties: ['policyId', 'subjectId', 'periodKey', 'seq'] })
export class PriorityMark {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', unique: true })
  applicationId!: string;

  @Property({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** 2027-03 (MONTH) or 2027 (YEAR), of the meeting day. */
  @Property({ length: 7 })
  periodKey!: string;

  @Property()
  seq!: number;

  @Property({ length: 32 })
  category!: string;

  /** INSTITUTION or FAMILY_BUREAU. */
  @Property({ length: 16 })
  markerKind!: string;

  @Property({ type: 'uuid' })
  markerTenantId!: string;

  @Property({ type: 'uuid' })
  markedBy!: string;

  @Property()
  markedAt!: Date;
}
