import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A venue where families sit: a county bureau, or a judicial office that serves (GD-14, GD-42). */
@Directive('@key(fields: "id")')
@ObjectType({ description: '县(市、区)司法局或司法所 County bureau or judicial office' })
@Entity({ schema: 'judicial', tableName: 'county_bureau' })
export class CountyBureau {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property()
  name!: string;

  @Field({ description: 'COUNTY_BUREAU or JUDICIAL_OFFICE' })
  @Property()
  kind!: string;

  @Field()
  @Property()
  region!: string;

  @Field()
  @Property()
  address!: string;

  @Field()
  @Property()
  rulePack!: string;

  /** A judicial office's county bureau (YN-8: the office checks first, the bureau reviews). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  parentBureauId: string | null = null;
}
