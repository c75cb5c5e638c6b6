import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Detainee } from '../detainee/detainee.entity.js';

/** The judicial subgraph's application, seen here by its key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Application')
export class ApplicationRef {
  @Field(() => ID)
  id!: string;
}

/** A detox centre's review of one application for a detainee (GD-21, GD-25). */
@ObjectType({ description: '戒毒所审批 Review of an application for a detainee' })
@Entity({ schema: 'detox', tableName: 'review_case' })
export class DetaineeReview {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', unique: true })
  applicationId!: string;

  @Field(() => Detainee)
  @ManyToOne(() => Detainee)
  detainee!: Detainee;

  @Property({ type: 'uuid' })
  centreId!: string;

  @Field({ description: 'PENDING, APPROVED or REJECTED' })
  @Property({ type: 'text' })
  status!: string;

  @Field()
  @Property()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'varchar(500)', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'varchar(64)', nullable: true })
  reasonCode: string | null = null;

  @Field()
  @Property()
  rulePack!: string;

  @Field(() => String, { nullable: true, description: 'GD-22: due by this day' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Field()
  @Property()
  calendarMissing!: boolean;

  @Field()
  @Property()
  extended!: boolean;

  @Field(() => String, { nullable: true, description: 'The meeting day (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  serviceDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'GD-4: why it goes first (REWARD, VULNERABLE_FAMILY, DISTANT_FAMILY, SPECIAL, RESCHEDULE)' })
  @Property({ type: 'varchar(32)', nullable: true })
  priorityCategory: string | null = null;

  @Field()
  @Property()
  priority!: boolean;

  @Field(() => ApplicationRef)
  get application(): ApplicationRef {
    return Object.assign(new ApplicationRef(), { id: this.applicationId });
  }
}
