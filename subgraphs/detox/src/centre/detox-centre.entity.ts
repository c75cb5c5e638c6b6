import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: '强制隔离戒毒所 Compulsory detox centre' })
@Entity({ schema: 'detox', tableName: 'detox_centre' })
export class DetoxCentre {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property()
  name!: string;

  @Field()
  @Property()
  region!: string;

  @Field()
  @Property()
  rulePack!: string;
}
