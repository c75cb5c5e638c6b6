import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock, maskIdNumber } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * GD-33: for a visitor's misconduct the bureau recommends that the institution stop the SUBJECT's
 * remote meetings; the institution decides (within the pack's range). (product) It may also bar
 * that visitor from that subject's meetings for the period.
 */
@ObjectType({ description: '会见人违规处理建议 A bureau’s recommendation after a visitor’s misconduct (GD-33)' })
@Entity({ schema: 'judicial', tableName: 'visitor_sanction' })
@Index({ properties: ['subjectId', 'visitorIdNumber'] })
export class VisitorSanction {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  applicationId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field({ description: 'INMATE or DETAINEE' })
  @Property({ length: 16 })
  subjectKind: string = 'INMATE';

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

  @Field({ description: 'RECOMMENDED; ACCEPTED (the subject’s remote meetings are stopped) or DECLINED' })
  @Property({ length: 16 })
  status: string = 'RECOMMENDED';

  @Field(() => Int, { nullable: true, description: 'The months the institution decided' })
  @Property({ type: 'integer', nullable: true })
  decidedMonths: number | null = null;

  @Field({ description: '(product) The visitor may not meet this subject remotely until endsOn' })
  @Property()
  barsVisitor: boolean = false;

  @Field(() => String, { nullable: true, description: 'Last day of the subject’s suspension and of any visitor bar, once decided' })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Field()
  @Property()
  recommendedAt: Date = clock.now();

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field({ name: 'visitorIdNumberMasked' })
  get visitorIdNumberMasked(): string {
    return maskIdNumber(this.visitorIdNumber);
  }
}
