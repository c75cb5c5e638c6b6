import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Inmate } from '../inmate/inmate.entity.js';

export enum ReviewStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });

/** The judicial subgraph's application, seen here by its key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Application')
export class ApplicationRef {
  @Field(() => ID)
  id!: string;
}

/** A prison's review of one application (GD-21): opened when the application is submitted. */
@ObjectType('InmateReview', { description: '审批 Review of an application for an inmate' })
@Entity({ schema: 'prison', tableName: 'review_case' })
@Index({ properties: ['prisonId', 'status', 'submittedAt'] })
export class InmateReview {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', unique: true })
  applicationId!: string;

  @Field(() => Inmate)
  @ManyToOne(() => Inmate)
  inmate!: Inmate;

  @Property({ type: 'uuid' })
  prisonId!: string;

  @Field(() => ReviewStatus)
  @Enum(() => ReviewStatus)
  status: ReviewStatus = ReviewStatus.PENDING;

  @Field()
  @Property()
  submittedAt!: Date;

  @Field({ nullable: true })
  @Property({ nullable: true })
  decidedAt?: Date;

  @Field({ nullable: true, description: 'Account id of the reviewer who decided' })
  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string;

  @Field({ nullable: true })
  @Property({ nullable: true, length: 500 })
  reason?: string;

  @Field(() => String, { nullable: true, description: "The pack's rejection reason code (GD-23, GD-24, YN-15, SX-9)" })
  @Property({ type: 'varchar(64)', nullable: true })
  reasonCode: string | null = null;

  @Field({ description: 'Rule pack that governs this review' })
  @Property()
  rulePack: string = 'GD';

  @Field(() => String, { nullable: true, description: 'GD-22: the decision is due by this day (YYYY-MM-DD, China Standard Time)' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Field({ description: 'The deadline ran through a year whose holidays are not loaded yet (CALENDAR_MISSING)' })
  @Property()
  calendarMissing: boolean = false;

  @Field(() => String, { nullable: true, description: 'The meeting day (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  serviceDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'GD-4: why it goes first (REWARD, VULNERABLE_FAMILY, DISTANT_FAMILY, SPECIAL, RESCHEDULE)' })
  @Property({ type: 'varchar(32)', nullable: true })
  priorityCategory: string | null = null;

  @Field({ description: 'A reschedule after a suspension or interruption (GD-39, YN-18): first in the queue' })
  @Property()
  priority: boolean = false;

  @Field({ description: 'GD-22: oversize or overlong request, +2 working days' })
  @Property()
  extended: boolean = false;

  @Field(() => ApplicationRef)
  get application(): ApplicationRef {
    return { id: this.applicationId };
  }
}
