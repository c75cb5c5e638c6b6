import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Arg, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { KeyedTextView, keyedWords } from '@rv/kit';
import { clock, type KeyedParams } from '@rv/schema';

export enum MeetingState {
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
  TERMINATED = 'TERMINATED',
  INTERRUPTED = 'INTERRUPTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingState, { name: 'MeetingState' });

export type PartySeat = 'VISITOR' | 'SUBJECT';

/** A family meeting (the booking pipeline), a lawyer meeting (CQ, privileged) or an organ's official session (YN-34). */
export enum MeetingKind {
  FAMILY = 'FAMILY',
  LAWYER = 'LAWYER',
  OFFICIAL = 'OFFICIAL',
}
registerEnumType(MeetingKind, { name: 'MeetingKind' });

/** The publisher id each party's seat joins under, and (CQ-4) the stream port its video is forwarded to. */
export interface PartyFeeds {
  feeds: Record<PartySeat, number>;
  streamPorts: Record<PartySeat, number> | null;
}

/** The judicial subgraph's application, here by its key; media adds `meeting` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Application')
export class ApplicationStub {
  @Field(() => ID)
  id!: string;
}

/** The video meeting of one approved application, in a private, recorded Janus videoroom. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '远程会见 Meeting' })
@Entity({ schema: 'media', tableName: 'meeting' })
@Index({ properties: ['venueId', 'date'] })
@Index({ properties: ['institutionId', 'date'] })
export class Meeting {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', unique: true })
  applicationId!: string;

  @Field(() => MeetingState)
  @Enum(() => MeetingState)
  state: MeetingState = MeetingState.SCHEDULED;

  @Field({ description: 'Meeting day, China Standard Time' })
  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'uuid' })
  venueId!: string;

  @Property({ type: 'uuid' })
  institutionId!: string;

  @Property({ type: 'text' })
  subjectKind!: 'INMATE' | 'DETAINEE' | 'SUSPECT';

  @Property({ type: 'uuid', nullable: true })
  proxyAccountId: string | null = null;

  /** The rule pack of the application: how long the meeting may last (GD 25, YN/SX 30 minutes). */
  @Field()
  @Property({ length: 16 })
  rulePack: string = 'GD';

  /** The Janus videoroom, its pin and secret, while the meeting is live (never shown). */
  @Property({ type: 'bigint', nullable: true })
  janusRoom: string | null = null;

  /** Issue 19: the Janus node the room was placed on (its name in the configuration); null before nodes were recorded (the first node). */
  @Property({ type: 'varchar(60)', nullable: true })
  janusNode: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  pin: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  secret: string | null = null;

  /**
   * CQ-4: a lawyer meeting. Watched for safety, never listened to: staff get no seat in the room,
   * only a video-only stream, and nothing but video is written to disk.
   */
  @Field({ description: 'CQ-4: a lawyer meeting: staff see video only, no audio is monitored or recorded' })
  @Property()
  privileged: boolean = false;

  @Field(() => MeetingKind)
  @Enum({ items: () => MeetingKind, default: MeetingKind.FAMILY })
  kind: MeetingKind = MeetingKind.FAMILY;

  /** CQ-4 / CQ-7: the lawyer accounts (lawyers, their assistant or translator) who take the visitor seat of a lawyer meeting. */
  @Property({ type: 'jsonb', hidden: true, default: '[]' })
  counselAccountIds: string[] = [];

  /** YN-34: the SHA-256 of the joining code the prison gave the organ; its officials take the visitor seat with it. */
  @Property({ type: 'varchar(64)', nullable: true, hidden: true })
  guestCodeSha256: string | null = null;

  @Field(() => Int, { nullable: true, description: 'CQ-7 / YN-34: the minutes the arrangement booked (a family meeting takes its pack’s limit, GD-35)' })
  @Property({ type: 'int', nullable: true })
  bookedMinutes: number | null = null;

  /** While live: who publishes as whom, so the platform notices a party gone (YN-18) and forwards a lawyer meeting's video (CQ-4). */
  @Property({ type: 'jsonb', nullable: true, hidden: true })
  parties: PartyFeeds | null = null;

  /** One join token per seat (visitor side, subject side, monitors); valid only while the room lives. */
  @Property({ type: 'jsonb', nullable: true, hidden: true })
  tokens: { visitor: string; subject: string; monitor: string } | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'GD-35: ends by itself at the pack’s limit' })
  @Property({ type: 'datetime', nullable: true })
  endsAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  /** Why it ended (the time limit, a termination's ground and note, the failure, YN-26(6)), by catalogue key (issue 14). */
  @Property({ type: 'varchar(100)', nullable: true })
  endReasonKey: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  endReasonParams: Opt<KeyedParams> | null = null;

  @Field(() => KeyedTextView, { nullable: true, description: 'Why it ended, by catalogue key (issue 14): the screens translate' })
  endReasonKeyed(): KeyedTextView | null {
    return KeyedTextView.of(this.endReasonKey, this.endReasonParams, this.endGroundRule ?? null);
  }

  @Field(() => String, {
    nullable: true,
    description: 'Why it ended: the time limit, a termination’s reason, or the failure (YN-26(6)), in the caller’s language (zh-CN default, en)',
  })
  endReason(@Arg('locale', () => String, { defaultValue: 'zh-CN' }) locale: string): string | null {
    return keyedWords(this.endReasonKey, this.endReasonParams, locale);
  }

  @Field(() => String, { nullable: true, description: 'GD-31 / YN-16 / YN-17 / SX-10: the pack’s ground a termination cited (its code)' })
  @Property({ type: 'varchar(40)', nullable: true })
  endGround: string | null = null;

  @Field(() => String, { nullable: true, description: 'The pack’s rule the termination’s ground belongs to' })
  @Property({ type: 'varchar(20)', nullable: true })
  endGroundRule: string | null = null;

  @Field({ description: 'MANDARIN, or another language (YN-23: with a translator; SX-8(3): Mandarin only)' })
  @Property({ length: 16 })
  language: string = 'MANDARIN';

  @Field({ description: 'YN-23: a translator is present' })
  @Property()
  translatorPresent: boolean = false;

  @Field(() => Int, { description: 'YN-14: minutes added by a recorded approval (GD-35: never otherwise)' })
  @Property()
  extendedMinutes: number = 0;

  @Field(() => String, { nullable: true, description: 'YN-14 / YN-27(3): the account that recorded the warden’s approval (on the application)' })
  @Property({ type: 'varchar(60)', nullable: true })
  extensionApprovedBy: string | null = null;

  @Field({ description: 'YN-13: the meeting ran but no recording file appeared (checked after it closed)' })
  @Property()
  recordingMissing: boolean = false;

  @Field(() => ID, { nullable: true, description: 'GD-31 / GD-32: the staff account that terminated it' })
  @Property({ type: 'uuid', nullable: true })
  terminatedBy: string | null = null;

  @Field({
    description:
      'GD-29 / GD-30 / YN-12 / YN-19: the visitor side is checked in, pledged and prepared as the pack asks (judicial says so); a meeting starts only when ready',
  })
  @Property()
  ready: boolean = false;

  @Field()
  @Property()
  updatedAt: Date = clock.now();

  @Field(() => ApplicationStub)
  get application(): ApplicationStub {
    return Object.assign(new ApplicationStub(), { id: this.applicationId });
  }
}
