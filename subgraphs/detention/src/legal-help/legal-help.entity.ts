import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DetentionCentre } from '../centre/detention-centre.entity.js';
import { Suspect } from '../suspect/suspect.entity.js';

export enum LegalHelpKind {
  /** 委托辩护律师: passed on to the case-handling unit (or the family) */
  RETAIN_LAWYER = 'RETAIN_LAWYER',
  /** 法律援助申请: passed on to the legal-aid organisation */
  LEGAL_AID = 'LEGAL_AID',
  /** 法律帮助申请: to the duty lawyer within 24 hours */
  LEGAL_HELP = 'LEGAL_HELP',
}
registerEnumType(LegalHelpKind, { name: 'LegalHelpKind', description: 'CQ-1: what the suspect asked for' });

/** CQ-1: a suspect's request for a lawyer, legal aid or legal help, logged and passed on. */
@ObjectType({ description: '法律帮助与委托申请 A suspect’s request for a lawyer or legal aid (CQ-1)' })
@Entity({ schema: 'detention', tableName: 'legal_help_request' })
export class LegalHelpRequest {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => DetentionCentre)
  centre!: DetentionCentre;

  @ManyToOne(() => Suspect)
  suspect!: Suspect;

  @Field(() => LegalHelpKind)
  @Enum(() => LegalHelpKind)
  kind!: LegalHelpKind;

  @Field()
  @Property()
  filedAt: Date = clock.now();

  @Property({ type: 'uuid' })
  recordedBy!: string;

  /** CQ-1: where it was passed (the case-handling unit, the legal-aid organisation, the duty lawyer). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  passedTo: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  passedAt: Date | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  dutyLawyerAccountId: string | null = null;

  /** CQ-1: legal help only: the duty lawyer has it by then; the centre is alerted from alertAt. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  alertAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  alertedAt: Date | null = null;

  /** CQ-1: when the centre's leaders were told the 24 hours passed without a duty lawyer. */
  @Property({ type: 'datetime', nullable: true })
  overdueAlertedAt: Date | null = null;
}
