import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { maskIdNumber } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** GD-33: the bureau recommends suspending a visitor; the subject's institution decides. */
@ObjectType({ description: '会见人暂停建议 Recommendation to suspend a visitor (GD-33)' })
@Entity({ schema: 'judicial', tableName: 'visitor_sanction' })
@Index({ properties: ['subjectId', 'visitorIdNumber'] })
export class VisitorSanction {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  applicationId!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'uuid' })
  institutionId!: string;

  @Property({ type: 'uuid' })
  venueId!: string;

  /** Personal data: shown masked only. */
  @Property({ length: 18 })
  visitorIdNumber!: string;

  @Field()
  @Property({ length: 30 })
  visitorName!: string;

  @Field(() => Int)
  @Property()
  months!: number;

  @Field()
  @Property({ length: 500 })
  reason!: string;

  @Field({ description: 'RECOMMENDED, ACCEPTED or DECLINED' })
  @Property({ length: 16 })
  status: string = 'RECOMMENDED';

  @Field(() => String, { nullable: true, description: 'Last day of the suspension, once accepted' })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Field()
  @Property()
  recommendedAt: Date = new Date();

  @Field({ name: 'visitorIdNumberMasked' })
  get visitorIdNumberMasked(): string {
    return maskIdNumber(this.visitorIdNumber);
  }
}
