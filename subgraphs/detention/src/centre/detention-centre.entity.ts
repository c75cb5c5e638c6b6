import { BigIntType } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { UnitBase } from '@rv/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/**
 * 看守所 A detention centre, run by public security; its suspects and queue live here (README, architecture).
 * Issue 15: a unit like the others (address and phone, deactivation with its reason), announced to
 * judicial, whose staff accounts must name an existing, active centre.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '看守所 Detention centre (public security)' })
@Entity({ schema: 'detention', tableName: 'detention_centre' })
export class DetentionCentre extends UnitBase {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property()
  name!: string;

  @Field()
  @Property()
  region!: string;

  /** The lawyer-meeting pack it works under (CQ); the pack is data no centre can edit (CQ-2). */
  @Field()
  @Property({ length: 16 })
  rulePack: string = 'CQ';

  /** CQ-3: the last acceptance number handed out; taken under the row's lock, so the queue order is the order of acceptance. */
  @Property({ type: new BigIntType('string'), hidden: true })
  lastSeq: string = '0';
}

export enum RoomKind {
  STANDARD = 'STANDARD',
  /** CQ-7: meetings of at most 30 minutes */
  QUICK = 'QUICK',
  /** CQ-7: video meetings (remote) */
  VIDEO = 'VIDEO',
}
registerEnumType(RoomKind, { name: 'MeetingRoomKind', description: 'CQ-7: standard, quick (≤30 min) or video room' });

@ObjectType({ description: '会见室 A lawyer meeting room' })
@Entity({ schema: 'detention', tableName: 'meeting_room' })
export class MeetingRoom {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => DetentionCentre)
  centre!: DetentionCentre;

  @Field()
  @Property()
  name!: string;

  @Field(() => RoomKind)
  @Enum(() => RoomKind)
  kind: RoomKind = RoomKind.STANDARD;
}
