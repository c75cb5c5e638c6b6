import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * GD-12 a day on which an institution receives remote meetings, with its slot count. The
 * database refuses `taken > capacity` (check constraint) as a backstop to the conditional update.
 */
@ObjectType({ description: 'A service day and its slots (GD-12)' })
@Entity({ schema: 'judicial', tableName: 'service_day' })
@Unique({ properties: ['institutionId', 'date'] })
export class ServiceDay {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The prison or detox centre' })
  @Property({ type: 'uuid' })
  institutionId!: string;

  @Field({ description: 'PRISON or DETOX_CENTRE' })
  @Property()
  institutionKind!: string;

  @Field({ description: 'Calendar day in China Standard Time, YYYY-MM-DD' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Int)
  @Property()
  capacity!: number;

  @Field(() => Int)
  @Property()
  taken: number = 0;

  /** GD-13 / SX-2: the rule that closed the day when a newly entered year made it a holiday; no new bookings. */
  @Field(() => String, { nullable: true, description: 'GD-13 / SX-2: the rule that closed the day after it became a holiday (no new bookings)' })
  @Property({ type: 'text', nullable: true })
  closedBy: string | null = null;

  @Field(() => Int)
  get available(): number {
    return this.capacity - this.taken;
  }
}
