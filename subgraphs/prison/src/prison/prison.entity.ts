import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { UnitBase } from '@rv/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: '监狱 Prison' })
@Entity({ schema: 'prison', tableName: 'prison' })
export class Prison extends UnitBase {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property()
  name!: string;

  @Field({ description: 'City or prefecture' })
  @Property()
  region!: string;

  @Field({ description: 'Rule pack code (GD, YN, SX)' })
  @Property()
  rulePack!: string;

  /** SX-2: ward number → days of the month it meets (an institution's override within its pack). */
  @Property({ type: 'jsonb', nullable: true })
  wardDays: Record<number, number[]> | null = null;
}

@ObjectType({ description: '监区 Ward' })
@Entity({ schema: 'prison', tableName: 'ward' })
export class Ward {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Prison)
  prison!: Prison;

  @Field(() => Int)
  @Property()
  number!: number;

  @Field()
  @Property()
  name!: string;
}
