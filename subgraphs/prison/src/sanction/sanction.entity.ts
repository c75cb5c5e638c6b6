import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { SanctionSeverity } from '@rv/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Inmate } from '../inmate/inmate.entity.js';
import { clock } from '@rv/schema';

export { SanctionSeverity };

/** A suspension of a subject's remote-meeting eligibility for misconduct (GD-33, YN-17, SX-10). */
@ObjectType('InmateSanction', { description: '暂停远程会见 Sanction (the inmate’s; DetaineeSanction is the detainee’s)' })
@Entity({ schema: 'prison', tableName: 'sanction' })
export class Sanction {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Inmate)
  @ManyToOne(() => Inmate)
  inmate!: Inmate;

  @Field(() => SanctionSeverity)
  @Enum(() => SanctionSeverity)
  severity!: SanctionSeverity;

  @Field(() => Int)
  @Property()
  months!: number;

  @Field({ description: 'First day of the suspension (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field({ description: 'Last day of the suspension (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field()
  @Property({ length: 500 })
  reason!: string;

  @Field({ description: 'Rule that set the range, e.g. GD-33' })
  @Property()
  rule!: string;

  @Field()
  @Property({ type: 'uuid' })
  imposedBy!: string;

  @Field()
  @Property()
  imposedAt: Date = clock.now();
}
