import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/** A lawyer account's practice, as a justice bureau verified it (lawyers are regulated by the justice bureaus; CQ-2). */
@ObjectType({ description: '律师执业信息 A lawyer’s practice, verified by a justice bureau' })
@Entity({ schema: 'judicial', tableName: 'lawyer_profile' })
export class LawyerProfile {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  accountId!: string;

  @Field({ description: '律师执业证号 (17 digits)' })
  @Property()
  certificateNumber!: string;

  @Field({ description: '律师事务所' })
  @Property()
  firm!: string;

  @Field()
  @Property()
  verified: boolean = false;

  /** CQ-1: detention centres where the lawyer serves as duty lawyer (值班律师), assigned with the legal-aid office. */
  @Field(() => [ID])
  @Property({ type: 'uuid[]' })
  dutyCentreIds: string[] = [];

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  verifiedBy: string | null = null;

  /** A lawyer who registered itself: the county justice bureau asked to check the practice (null: opened by a bureau). */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  bureauId: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  registeredAt: Date | null = null;

  /** Why the bureau did not verify the practice (shown to the lawyer at sign-in). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  refusalReason: string | null = null;

  @Field(() => String, { description: 'PENDING (registered, not yet checked), VERIFIED or REFUSED' })
  get status(): 'PENDING' | 'VERIFIED' | 'REFUSED' {
    return this.verified ? 'VERIFIED' : this.verifiedAt ? 'REFUSED' : 'PENDING';
  }
}
