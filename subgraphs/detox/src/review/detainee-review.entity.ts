import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { ReviewCaseBase } from '@rv/kit';
import { Field, ObjectType } from 'type-graphql';
import { Detainee } from '../detainee/detainee.entity.js';

/** A detox centre's review of one application for a detainee (GD-21, GD-25): the same case as a prison's. */
@ObjectType('DetaineeReview', { description: '戒毒所审批 Review of an application for a detainee' })
@Entity({ schema: 'detox', tableName: 'review_case' })
@Index({ properties: ['centreId', 'status', 'dueOn'] })
export class DetaineeReview extends ReviewCaseBase {
  @Field(() => Detainee)
  @ManyToOne(() => Detainee)
  detainee!: Detainee;

  @Property({ type: 'uuid' })
  centreId!: string;
}
