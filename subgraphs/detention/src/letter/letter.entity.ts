import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DetentionCentre } from '../centre/detention-centre.entity.js';
import { Suspect } from '../suspect/suspect.entity.js';

export enum LetterStatus {
  /** Handed in by the suspect, sealed; to be passed on at once. */
  RECEIVED = 'RECEIVED',
  PASSED_ON = 'PASSED_ON',
  /** CQ-1's narrow exception: content on one of the pack's grounds, with a leader's approval. */
  WITHHELD = 'WITHHELD',
}
export enum LetterVia {
  HANDED = 'HANDED',
  AT_MEETING = 'AT_MEETING',
  POST = 'POST',
}
registerEnumType(LetterStatus, { name: 'LawyerLetterStatus' });
registerEnumType(LetterVia, { name: 'LawyerLetterVia', description: 'CQ-1: how the letter reached the lawyer (handed over, at a meeting, by post)' });

/**
 * CQ-1: a suspect's letter to the defence lawyer, as the centre passed it on. It holds no content and
 * no copy, by design: the centre may not read, copy, alter or show it to the case organ (except on
 * the pack's grounds, when it is withheld with a leader's recorded approval).
 */
@ObjectType({ description: '信件转递 A suspect’s letter to the defence lawyer, passed on unread (CQ-1)' })
@Entity({ schema: 'detention', tableName: 'lawyer_letter' })
@Index({ properties: ['lawyerAccountId', 'receivedAt'] })
export class LawyerLetter {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => DetentionCentre)
  centre!: DetentionCentre;

  @ManyToOne(() => Suspect)
  suspect!: Suspect;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  lawyerAccountId!: string;

  @Field(() => LetterStatus)
  @Enum(() => LetterStatus)
  status: LetterStatus = LetterStatus.RECEIVED;

  @Field()
  @Property()
  receivedAt: Date = clock.now();

  @Property({ type: 'uuid' })
  receivedBy!: string;

  @Field(() => LetterVia, { nullable: true })
  @Enum({ items: () => LetterVia, nullable: true })
  via: LetterVia | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  passedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  passedBy: string | null = null;

  /** CQ-1: the pack's ground and the approving leader, when withheld. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  withheldGround: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  withheldApprovedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  withheldAt: Date | null = null;
}
