import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Relation, maskIdNumber, maskPhone, clock, type KeyedParams } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

/** A relative the inmate names on Form 1 (YN-9): name, relation, ID number, address, phone. */
export interface NamedRelative {
  name: string;
  relation: Relation;
  idNumber: string;
  address: string;
  phone: string;
}

@ObjectType({ description: '罪犯申请的会见亲属 A relative named on Form 1, ID and phone masked' })
export class NamedRelativeView {
  @Field()
  name!: string;

  @Field(() => Relation)
  relation!: Relation;

  @Field()
  idNumberMasked!: string;

  @Field()
  address!: string;

  @Field()
  phoneMasked!: string;

  static from(relative: NamedRelative): NamedRelativeView {
    return Object.assign(new NamedRelativeView(), {
      name: relative.name,
      relation: relative.relation,
      address: relative.address,
      idNumberMasked: maskIdNumber(relative.idNumber),
      phoneMasked: maskPhone(relative.phone),
    });
  }
}

/**
 * YN-9: an inmate's own request for a meeting, made at the prison (Form 1). Its stages: the
 * prison decides (5 working days), the family's bureau tells the family and reports its answer
 * (2), the prison tells the inmate (2). An approval books the day as an approved application.
 */
@ObjectType({ description: '罪犯会见申请 An inmate’s own request for a meeting (YN-9)' })
@Entity({ schema: 'judicial', tableName: 'inmate_request' })
@Index({ properties: ['institutionId', 'stage'] })
@Index({ properties: ['venueId', 'stage'] })
export class InmateRequest {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  institutionId!: string;

  @Field()
  @Property()
  rulePack!: string;

  /** Form 1's applicant: the inmate, as the prison enters him or her. */
  @Field()
  @Property({ length: 30 })
  inmateName!: string;

  @Property({ type: 'jsonb' })
  relatives: NamedRelative[] = [];

  @Field({ description: '申请事由 Why the inmate asks' })
  @Property({ length: 200 })
  reason!: string;

  @Field({ description: 'REQUESTED, APPROVED, REJECTED, ACCEPTED or DECLINED' })
  @Property({ length: 16 })
  status: string = 'REQUESTED';

  @Field({ description: 'YN-9 stage: INSTITUTION, BUREAU_NOTIFY, INMATE_NOTIFY or DONE' })
  @Property({ length: 16 })
  stage: string = 'INSTITUTION';

  @Field(() => String, { nullable: true, description: 'The current stage is due by this day' })
  @Property({ type: 'date', nullable: true })
  stageDueOn: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The bureau of the family’s household or residence, told of the approval' })
  @Property({ type: 'uuid', nullable: true })
  venueId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The approved meeting, booked on the prison’s day' })
  @Property({ type: 'uuid', nullable: true })
  applicationId: string | null = null;

  /** Issue 14: the refusal by catalogue key and parameters, and the pack's rule it cites (YN-9(2)); read as rejectionKeyed / rejectionReason(locale). */
  @Property({ type: 'varchar(100)', nullable: true })
  rejectionKey: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  rejectionParams: Opt<KeyedParams> | null = null;

  @Property({ type: 'varchar(16)', nullable: true })
  rejectionRule: string | null = null;

  @Field(() => Boolean, { nullable: true, description: 'The family’s answer, reported back by the bureau' })
  @Property({ type: 'boolean', nullable: true })
  familyAccepted: boolean | null = null;

  @Field()
  @Property()
  requestedAt: Date = clock.now();

  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  familyAnsweredAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  inmateToldAt: Date | null = null;
}
