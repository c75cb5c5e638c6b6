import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { UnitBase } from '@rv/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * 省监狱管理局 / 省戒毒管理局: the provincial prison or detox bureau (GD-4 priority policy, GD-37
 * recordings), a unit whose staff supervise the institutions of its kind.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '省监狱管理局或省戒毒管理局 Provincial prison or detox bureau' })
@Entity({ schema: 'judicial', tableName: 'supervising_bureau' })
export class SupervisingBureau extends UnitBase {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'PRISON_BUREAU or DETOX_BUREAU' })
  @Property({ type: 'text' })
  kind!: 'PRISON_BUREAU' | 'DETOX_BUREAU';

  @Field()
  @Property()
  name!: string;

  @Field()
  @Property()
  region!: string;

  @Field({ description: 'The pack its institutions work under (GD-4 priority policy follows it)' })
  @Property()
  rulePack!: string;
}
