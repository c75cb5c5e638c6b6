import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { SanctionSeverity } from '@rv/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Detainee } from '../detainee/detainee.entity.js';
import { clock } from '@rv/schema';

/** A suspension of a detainee's remote meetings for misconduct (GD-33): judicial refuses bookings meanwhile. */
@ObjectType({ description: '暂停远程会见（戒毒人员） Detainee sanction' })
@Entity({ schema: 'detox', tableName: 'sanction' })
export class DetaineeSanction {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Detainee)
  detainee!: Detainee;

  @Field(() => SanctionSeverity)
  @Enum(() => SanctionSeverity)
  severity!: SanctionSeverity;

  @Field(() => Int)
  @Property()
  months!: number;

  @Field({ description: 'First day (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field({ description: 'Last day (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field()
  @Property({ length: 500 })
  reason!: string;

  @Field({ description: 'Rule that set the range, e.g. GD-33' })
  @Property()
  rule!: string;

  @Property({ type: 'uuid' })
  imposedBy!: string;

  @Field()
  @Property()
  imposedAt: Date = clock.now();
}

/** An on-site visit at the centre: it uses the month's allowance like a remote meeting (GD-11). */
@ObjectType({ description: '现场会见登记（戒毒人员） Detainee on-site visit' })
@Entity({ schema: 'detox', tableName: 'onsite_visit' })
@Index({ properties: ['detainee', 'visitDate'] })
export class DetaineeOnsiteVisit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Detainee)
  detainee!: Detainee;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  visitDate!: string;

  @Field(() => Int)
  @Property()
  visitors!: number;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Field()
  @Property()
  recordedAt: Date = clock.now();
}
