import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** YN-13 / SX-11(4) / GD-37: one playable file per meeting, its checksum, and how long it is kept. */
@ObjectType({ description: '会见录像 The recording of a meeting' })
@Entity({ schema: 'media', tableName: 'recording' })
export class Recording {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid', unique: true })
  meetingId!: string;

  /** Where the file is (RECORDINGS_DIR/<meeting>/<meeting>.mkv); never shown. */
  @Property({ type: 'text' })
  path!: string;

  @Field({ description: 'sha256 of the file, for integrity checks years later' })
  @Property({ length: 64 })
  sha256!: string;

  @Field(() => Int)
  @Property({ type: 'bigint' })
  bytes!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  durationSeconds!: number;

  @Field(() => [String], { description: 'The file’s streams, e.g. video/vp8, audio/opus' })
  @Property({ type: 'jsonb' })
  streams: string[] = [];

  @Field()
  @Property()
  createdAt: Date = clock.now();

  @Field({ description: 'YN-13: kept at least 6 months, then purged' })
  @Property({ type: 'date' })
  retainUntil!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  purgedAt: Date | null = null;

  /** Not stored: set by the `recording` query, which authorises and logs each playback (GD-37). */
  @Field(() => String, { nullable: true, description: 'GD-37: where to play or download the file (a ticket valid 10 minutes; the gateway passes it to media)' })
  playbackUrl?: string;
}
