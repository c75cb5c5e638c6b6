import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Suspect } from '../suspect/suspect.entity.js';

/** A lawyer as the justice bureau verified them (judicial's `lawyer.verified`); the centre's copy. */
@ObjectType({ description: '律师 Lawyer, as verified by a justice bureau' })
@Entity({ schema: 'detention', tableName: 'lawyer' })
export class Lawyer {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  accountId!: string;

  @Field()
  @Property()
  name!: string;

  @Field({ description: '律师执业证号' })
  @Property()
  certificateNumber!: string;

  @Field({ description: '律师事务所' })
  @Property()
  firm!: string;

  @Field()
  @Property()
  verified: boolean = false;

  /** CQ-1: centres where the lawyer serves as duty lawyer (值班律师). */
  @Property({ type: 'uuid[]' })
  dutyCentreIds: string[] = [];
}

export enum MandateKind {
  /** 委托书 */
  DEFENCE = 'DEFENCE',
  /** 法律援助公函 */
  LEGAL_AID = 'LEGAL_AID',
  /** CQ-1: a duty lawyer handed a request for legal help */
  DUTY = 'DUTY',
}
registerEnumType(MandateKind, { name: 'MandateKind' });

/** A lawyer's standing to meet one suspect; a lawyer reads only suspects it holds an active mandate for. */
@ObjectType({ description: '委托关系 A lawyer’s mandate for a suspect' })
@Entity({ schema: 'detention', tableName: 'mandate' })
@Index({ properties: ['lawyerAccountId', 'active'] })
export class Mandate {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Suspect)
  @ManyToOne(() => Suspect)
  suspect!: Suspect;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  lawyerAccountId!: string;

  @Field(() => MandateKind)
  @Enum(() => MandateKind)
  kind!: MandateKind;

  @Field()
  @Property()
  active: boolean = true;

  @Field()
  @Property()
  createdAt: Date = clock.now();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;
}
