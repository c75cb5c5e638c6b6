import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Inmate } from '../inmate/inmate.entity.js';
import { clock } from '@rv/schema';

/** An on-site visit at the prison: it uses the same monthly allowance as a remote meeting (GD-11, SX-3). */
@ObjectType('InmateOnsiteVisit', { description: '现场会见登记 On-site visit log entry (the inmate’s; DetaineeOnsiteVisit is the detainee’s)' })
@Entity({ schema: 'prison', tableName: 'onsite_visit' })
@Index({ properties: ['inmate', 'visitDate'] })
export class OnsiteVisit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Inmate)
  inmate!: Inmate;

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
