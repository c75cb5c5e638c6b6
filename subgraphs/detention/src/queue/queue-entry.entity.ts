import { BigIntType, Collection } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CredentialKind, RequesterType, clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DetentionCentre, MeetingRoom } from '../centre/detention-centre.entity.js';
import { Suspect } from '../suspect/suspect.entity.js';

export enum EntryKind {
  LAWYER_MEETING = 'LAWYER_MEETING',
  /** 提讯 a case-handling organ questions the suspect at the centre */
  INTERROGATION = 'INTERROGATION',
  /** 提解 a case-handling organ takes the suspect out */
  ESCORT = 'ESCORT',
}
export enum EntryStatus {
  /** Booked online or by phone; not yet accepted at the desk (CQ-5: a convenience only). */
  BOOKED = 'BOOKED',
  /** Accepted: in the queue with its number and its 48-hour deadline (CQ-3). */
  WAITING = 'WAITING',
  ARRANGED = 'ARRANGED',
  /** CQ-3: the suspect refused in writing to confirm a mandate's end; passed to the lawyer, no meeting. */
  REFUSED_BY_SUSPECT = 'REFUSED_BY_SUSPECT',
  CANCELLED = 'CANCELLED',
}
export enum Channel {
  DESK = 'DESK',
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
}
export enum MeetingMode {
  IN_PERSON = 'IN_PERSON',
  REMOTE = 'REMOTE',
}
export enum MeetingPurpose {
  MEETING = 'MEETING',
  /** CQ-3: the lawyer asks to confirm face to face that the suspect ends the mandate */
  MANDATE_END = 'MANDATE_END',
}
registerEnumType(EntryKind, { name: 'QueueEntryKind', description: 'CQ-3: lawyer meetings and interrogations (提讯提解) share one queue' });
registerEnumType(EntryStatus, { name: 'QueueEntryStatus' });
registerEnumType(Channel, { name: 'QueueChannel', description: 'CQ-5: at the desk, online or by phone' });
registerEnumType(MeetingMode, { name: 'LawyerMeetingMode' });
registerEnumType(MeetingPurpose, { name: 'LawyerMeetingPurpose' });
registerEnumType(RequesterType, { name: 'RequesterType' });
registerEnumType(CredentialKind, { name: 'CredentialKind', description: 'CQ-2: the documents a meeting may ask for, and nothing else' });

/**
 * One place in a centre's queue (CQ-3): a lawyer meeting or an interrogation, served in order of
 * acceptance (`seq`), arranged within 48 clock hours of `acceptedAt`.
 */
@ObjectType({ description: '会见与提讯排队 A lawyer meeting or interrogation in a centre’s queue' })
@Entity({ schema: 'detention', tableName: 'queue_entry' })
@Index({ properties: ['centre', 'status', 'seq'] })
export class QueueEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => DetentionCentre)
  centre!: DetentionCentre;

  @ManyToOne(() => Suspect)
  suspect!: Suspect;

  @Field(() => EntryKind)
  @Enum(() => EntryKind)
  kind!: EntryKind;

  @Field(() => EntryStatus)
  @Enum(() => EntryStatus)
  status!: EntryStatus;

  @Field(() => Channel)
  @Enum(() => Channel)
  channel!: Channel;

  @Field(() => MeetingMode)
  @Enum(() => MeetingMode)
  mode: MeetingMode = MeetingMode.IN_PERSON;

  @Field(() => MeetingPurpose)
  @Enum(() => MeetingPurpose)
  purpose: MeetingPurpose = MeetingPurpose.MEETING;

  /** CQ-3: the acceptance number within the centre; null while only booked. */
  @Field(() => String, { nullable: true, description: 'CQ-3: acceptance number in the centre’s queue' })
  @Property({ type: new BigIntType('string'), nullable: true })
  seq: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'CQ-3: arranged by this time (48 clock hours after acceptance)' })
  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Field(() => Int)
  @Property()
  minutes!: number;

  /** Lawyer meetings: the lawyers (one, or two together, CQ-7) and the requester type of the first. */
  @Field(() => [ID])
  @Property({ type: 'uuid[]' })
  lawyerAccountIds: string[] = [];

  @Field(() => RequesterType, { nullable: true })
  @Property({ type: 'text', nullable: true })
  requesterType: RequesterType | null = null;

  /** Interrogations: the organ and its officers. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  caseUnit: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  officers: string | null = null;

  @Field(() => MeetingRoom, { nullable: true })
  @ManyToOne(() => MeetingRoom, { nullable: true })
  room: MeetingRoom | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startsAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  arrangedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  arrangedBy: string | null = null;

  /** CQ-8: the leader whose approval allows a meeting on a non-working day. */
  @Field(() => String, { nullable: true, description: 'CQ-8: the centre leader who approved a weekend or holiday meeting' })
  @Property({ type: 'text', nullable: true })
  leaderApproval: string | null = null;

  /** CQ-3: the suspect's written refusal, passed to the lawyer. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  refusalText: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  refusedAt: Date | null = null;

  /** CQ-4: in person, police hand the suspect over face to face and confirm identity; the lawyer's computer (offline) is noted. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  handedOverAt: Date | null = null;

  @Field()
  @Property()
  identityConfirmed: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  computerNote: string | null = null;

  /** CQ-3: when the centre's leaders were told the deadline is near (alertBeforeHours) and the place still waits. */
  @Property({ type: 'datetime', nullable: true })
  dueSoonAlertedAt: Date | null = null;

  /** CQ-3: when the centre's leaders were told the deadline passed unarranged. */
  @Property({ type: 'datetime', nullable: true })
  overdueAlertedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  bookedBy: string | null = null;

  @Field()
  @Property()
  createdAt: Date = clock.now();

  @OneToMany(() => Credential, (credential) => credential.entry)
  credentials = new Collection<Credential>(this);

  @OneToMany(() => Companion, (companion) => companion.entry)
  companions = new Collection<Companion>(this);
}

/** CQ-3: a copy of a credential the centre keeps with the meeting's record. */
@ObjectType({ description: '会见凭证留存 A credential copy kept with the meeting' })
@Entity({ schema: 'detention', tableName: 'credential' })
export class Credential {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => QueueEntry)
  entry!: QueueEntry;

  /** Whose document: a lawyer's account, or a companion (assistant, translator). */
  @Field(() => String)
  @Property()
  holder!: string;

  @Field(() => CredentialKind)
  @Property({ type: 'text' })
  kind!: CredentialKind;

  @Field({ description: 'Document number or description' })
  @Property()
  reference!: string;

  @Field({ description: 'DESK (copied at the desk) or UPLOAD' })
  @Property({ length: 8 })
  source!: 'DESK' | 'UPLOAD';

  /** The uploaded or scanned copy (never listed; read only by the centre and the holder). */
  @Property({ type: 'blob', nullable: true, hidden: true, lazy: true })
  file: Buffer | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  fileName: string | null = null;

  @Field()
  @Property()
  keptAt: Date = clock.now();
}

/** CQ-2 / CQ-14: an assistant or translator attached to one meeting, verified with their own documents. */
@ObjectType({ description: '律师助理或翻译 An assistant or translator attached to a meeting' })
@Entity({ schema: 'detention', tableName: 'companion' })
export class Companion {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => QueueEntry)
  entry!: QueueEntry;

  @Field(() => RequesterType)
  @Property({ type: 'text' })
  role!: RequesterType;

  @Field()
  @Property()
  name!: string;
}
