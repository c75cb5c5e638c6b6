import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { clock } from '@rv/schema';

/** GD-13 / GD-14 for one unit and month: flagged for the province, not refused (families still book). */
@ObjectType({ description: 'A unit’s slot publication for a month, under GD-13 / GD-14 (GD pack only)' })
@Entity({ schema: 'judicial', tableName: 'slot_compliance' })
export class SlotCompliance {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  unitId!: string;

  @Field({ description: 'YYYY-MM' })
  @PrimaryKey({ type: 'char(7)' })
  month!: string;

  @Field()
  @Property()
  unitName!: string;

  @Field(() => Int, { description: 'Slots published for the month' })
  @Property()
  total!: number;

  @Field(() => Int)
  @Property()
  minimum!: number;

  @Field({ description: 'GD-14: fewer slots than the minimum' })
  @Property()
  belowMinimum!: boolean;

  @Field({ description: 'GD-13: first published after the 5th of the month before' })
  @Property()
  late!: boolean;

  @Field()
  @Property()
  checkedAt: Date = clock.now();
}
