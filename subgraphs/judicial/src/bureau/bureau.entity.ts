import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { UnitBase } from '@rv/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A venue where families sit: a county bureau, or a judicial office that serves (GD-14, GD-42). */
@Directive('@key(fields: "id")')
@ObjectType({ description: '县(市、区)司法局或司法所 County bureau or judicial office' })
@Entity({ schema: 'judicial', tableName: 'county_bureau' })
export class CountyBureau extends UnitBase {
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
  rulePack!: string;

  /** A judicial office's county bureau (YN-8: the office checks first, the bureau reviews). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  parentBureauId: string | null = null;

  /** GD-41: a judicial office designated (Zhongshan, Dongguan) to act with a county bureau's powers and duties. */
  @Field({ description: 'GD-41: a judicial office that acts as a county bureau' })
  @Property()
  actsAsCountyBureau: boolean = false;
}

type Venue = Pick<CountyBureau, 'kind' | 'actsAsCountyBureau'>;

/**
 * GD-41 / GD-42: the kind a venue acts as. A serving judicial office has a venue's powers (GD-42);
 * one designated under GD-41 acts as a county bureau wherever the rules name the bureau.
 */
export function actingKind(venue: Venue): 'COUNTY_BUREAU' | 'JUDICIAL_OFFICE' {
  return venue.kind === 'COUNTY_BUREAU' || venue.actsAsCountyBureau ? 'COUNTY_BUREAU' : 'JUDICIAL_OFFICE';
}

export const actsAsBureau = (venue: Venue) => actingKind(venue) === 'COUNTY_BUREAU';
