import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { ReviewCaseBase, ReviewStatus } from '@rv/kit';
import { Field, ObjectType } from 'type-graphql';
import { Inmate } from '../inmate/inmate.entity.js';

export { ReviewStatus };

/** A prison's review of one application for an inmate (GD-21, GD-24): opened when the application reaches the prison. */
@ObjectType('InmateReview', { description: '审批 Review of an application for an inmate' })
@Entity({ schema: 'prison', tableName: 'review_case' })
@Index({ properties: ['prisonId', 'status', 'submittedAt'] })
@Index({ properties: ['prisonId', 'status', 'dueOn'] })
export class InmateReview extends ReviewCaseBase {
  @Field(() => Inmate)
  @ManyToOne(() => Inmate)
  inmate!: Inmate;

  @Property({ type: 'uuid' })
  prisonId!: string;
}
