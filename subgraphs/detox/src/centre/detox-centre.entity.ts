import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { UnitBase } from '@rv/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: '强制隔离戒毒所 Compulsory detox centre' })
@Entity({ schema: 'detox', tableName: 'detox_centre' })
export class DetoxCentre extends UnitBase {
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

/** 大队: a centre's brigade; a detainee's `brigade` is its number. Never deleted (detainees point to it). */
@ObjectType({ description: '大队 Brigade' })
@Entity({ schema: 'detox', tableName: 'brigade' })
export class Brigade {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => DetoxCentre)
  centre!: DetoxCentre;

  @Field(() => Int)
  @Property()
  number!: number;

  @Field()
  @Property()
  name!: string;
}
