import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum MeetingState {
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
  TERMINATED = 'TERMINATED',
  INTERRUPTED = 'INTERRUPTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingState, { name: 'MeetingState' });

/** The judicial subgraph's application, here by its key; media adds `meeting` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Application')
export class ApplicationStub {
  @Field(() => ID)
  id!: string;
}

/** The video meeting of one approved application (the Janus room arrives with the media issue). */
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
  subjectKind!: 'INMATE' | 'DETAINEE';

  @Property({ type: 'uuid', nullable: true })
  proxyAccountId: string | null = null;

  @Field()
  @Property()
  updatedAt: Date = new Date();

  @Field(() => ApplicationStub)
  get application(): ApplicationStub {
    return Object.assign(new ApplicationStub(), { id: this.applicationId });
  }
}
