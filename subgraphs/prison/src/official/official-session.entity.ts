import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Inmate } from '../inmate/inmate.entity.js';

export enum OfficialSessionStatus {
  ARRANGED = 'ARRANGED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OfficialSessionStatus, { name: 'OfficialSessionStatus' });

/**
 * YN-34: a court, procuratorate, police, discipline commission or notary meets an inmate remotely,
 * on the strength of its official letter, in the prison's meeting rooms. It takes no family slot:
 * it is not a booking in judicial's service days at all.
 */
@ObjectType({ description: '公务远程会见 An organ’s official session with an inmate (YN-34)' })
@Entity({ schema: 'prison', tableName: 'official_session' })
@Index({ properties: ['prisonId', 'date'] })
export class OfficialSession {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  prisonId!: string;

  @ManyToOne(() => Inmate)
  inmate!: Inmate;

  @Field({ description: 'COURT, PROCURATORATE, POLICE, DISCIPLINE_COMMISSION or NOTARY (the pack’s list)' })
  @Property({ length: 32 })
  organ!: string;

  @Field({ description: 'The organ’s name as on its letter' })
  @Property({ length: 100 })
  issuedBy!: string;

  @Field({ description: 'The official letter’s number (公函文号)' })
  @Property({ length: 100 })
  letterNumber!: string;

  @Field({ description: 'INTERROGATION, HEARING, INVESTIGATION, NOTARISATION or OTHER' })
  @Property({ length: 32 })
  purpose!: string;

  @Field(() => [String], { description: 'The officials taking part' })
  @Property({ type: 'jsonb' })
  officials!: string[];

  @Field({ description: 'China Standard Time, YYYY-MM-DD' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Int)
  @Property()
  minutes!: number;

  @Field(() => OfficialSessionStatus)
  @Enum(() => OfficialSessionStatus)
  status: OfficialSessionStatus = OfficialSessionStatus.ARRANGED;

  @Field({ description: 'How it is recorded, by the pack (AUDIO_VIDEO: every stream)' })
  @Property({ length: 20 })
  recording!: string;

  @Field({ description: 'The rule it was booked under (YN-34)' })
  @Property({ length: 20 })
  rule!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Field()
  @Property()
  recordedAt: Date = clock.now();

  /** The SHA-256 of the joining code given to the organ (the code itself is shown once). */
  @Property({ length: 64, hidden: true })
  guestCodeSha256!: string;
}
