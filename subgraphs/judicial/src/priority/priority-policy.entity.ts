import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * GD-4: the provincial prison bureau (or detox bureau) sets, as data, when its institutions'
 * subjects go first: for one category, under which conditions and scope, how many times per period.
 */
@ObjectType({ description: '优先适用规定 Priority policy of a prison or detox bureau (GD-4)' })
@Entity({ schema: 'judicial', tableName: 'priority_policy' })
@Unique({ properties: ['subjectKind', 'category'] })
export class PriorityPolicy {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The PRISON_BUREAU or DETOX_BUREAU tenant that owns it. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  bureauId!: string;

  @Field({ description: 'INMATE (prison bureau) or DETAINEE (detox bureau)' })
  @Property({ length: 16 })
  subjectKind!: string;

  @Field({ description: 'REWARD, VULNERABLE_FAMILY, DISTANT_FAMILY or SPECIAL' })
  @Property({ length: 32 })
  category!: string;

  @Field(() => Int, { description: 'How many times a subject may go first per period; 0 closes the category' })
  @Property()
  maxTimes!: number;

  @Field({ description: 'MONTH or YEAR, of the meeting day' })
  @Property({ length: 8 })
  period!: string;

  @Field({ description: 'Which subjects, conditions and scope, in the bureau’s words' })
  @Property({ length: 500 })
  conditions!: string;

  @Property({ type: 'uuid' })
  setBy!: string;

  @Field()
  @Property()
  setAt!: Date;
}
