import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** GD-39: why meetings stop decides who must give notice. */
export enum SuspensionCause {
  /** A unit's own fault: that unit notifies. */
  UNIT_FAULT = 'UNIT_FAULT',
  /** A policy change: the prison or detox bureau notifies. */
  POLICY_CHANGE = 'POLICY_CHANGE',
  /** A system upgrade: the province notifies. */
  SYSTEM_UPGRADE = 'SYSTEM_UPGRADE',
  /** Published days became holidays when the province entered a year's schedule (GD-13, SX-2): the province notifies. */
  HOLIDAY_SCHEDULE = 'HOLIDAY_SCHEDULE',
}
registerEnumType(SuspensionCause, { name: 'SuspensionCause' });

@ObjectType({ description: '暂停远程会见通知 Suspension notice (GD-39)' })
@Entity({ schema: 'judicial', tableName: 'suspension_notice' })
export class SuspensionNotice {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => SuspensionCause)
  @Enum(() => SuspensionCause)
  cause!: SuspensionCause;

  @Field()
  @Property()
  issuerKind!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  issuerId!: string;

  @Field({ description: 'First day without meetings (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  fromDate!: string;

  @Field({ description: 'Last day without meetings (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  toDate!: string;

  @Field()
  @Property({ length: 500 })
  message!: string;

  @Field(() => Int, { description: 'Bookings suspended and their families notified' })
  @Property()
  affected!: number;

  @Field()
  @Property()
  issuedAt: Date = clock.now();
}
