import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

/** GD-33: a visitor's conduct that breaks the law is referred to the police; the referral is recorded. */
@ObjectType({ description: '移送公安机关记录 Referral to the police (GD-33)' })
@Entity({ schema: 'judicial', tableName: 'police_referral' })
export class PoliceReferral {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Which case: the recommendation (and through it the application and the meeting). */
  @Field(() => ID)
  @Property({ type: 'uuid', unique: true })
  recommendationId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  applicationId!: string;

  @Field({ description: 'The police unit it went to' })
  @Property({ length: 100 })
  policeUnit!: string;

  @Field({ description: 'The referral’s reference number' })
  @Property({ length: 64 })
  reference!: string;

  @Field(() => ID, { description: 'The unit that referred' })
  @Property({ type: 'uuid' })
  referredByTenantId!: string;

  @Field(() => ID, { description: 'The staff account that recorded it' })
  @Property({ type: 'uuid' })
  referredBy!: string;

  @Field()
  @Property()
  referredAt!: Date;
}
