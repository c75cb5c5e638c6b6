import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Inmate } from '../inmate/inmate.entity.js';

/** A request for an extra meeting in a family emergency and its recorded approvals (YN-14, SX-4). */
@ObjectType({ description: '亲情紧急会见审批 Extra meeting for a family emergency' })
@Entity({ schema: 'prison', tableName: 'extra_meeting' })
export class ExtraMeeting {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Inmate, { description: 'Whose family has the emergency' })
  @ManyToOne(() => Inmate)
  inmate!: Inmate;

  @Field({ description: 'YYYY-MM' })
  @Property({ length: 7 })
  month!: string;

  @Field()
  @Property({ length: 500 })
  reason!: string;

  /** Who approved each step, in order. */
  @Property({ type: 'jsonb' })
  approvals: { accountId: string; at: string }[] = [];

  @Field(() => Int, { description: 'Approval steps the pack requires' })
  @Property()
  stepsRequired!: number;

  @Field()
  @Property()
  granted: boolean = false;

  @Field(() => Int)
  get stepsApproved(): number {
    return this.approvals.length;
  }
}
