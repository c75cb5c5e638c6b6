import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

/** GD-31 / YN-16: a staff member's warning during a meeting, shown to both sides and kept for the record (YN-26(6)). */
@ObjectType({ description: '会见警告 A warning given during a meeting' })
@Entity({ schema: 'media', tableName: 'meeting_warning' })
@Index({ properties: ['meetingId', 'givenAt'] })
export class MeetingWarning {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  meetingId!: string;

  @Field()
  @Property()
  givenAt: Date = clock.now();

  @Field(() => ID, { description: 'The staff account that warned' })
  @Property({ type: 'uuid' })
  givenBy!: string;

  @Field(() => ID, { description: 'Which side’s unit (institution or venue)' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field({ description: 'The written reason (required for OTHER; may be empty otherwise)' })
  @Property({ length: 200 })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'GD-31 / YN-16 / SX-10: the pack’s ground cited (its code)' })
  @Property({ type: 'varchar(40)', nullable: true })
  ground: string | null = null;

  @Field(() => String, { nullable: true, description: 'The pack’s rule the ground belongs to' })
  @Property({ type: 'varchar(20)', nullable: true })
  groundRule: string | null = null;
}
