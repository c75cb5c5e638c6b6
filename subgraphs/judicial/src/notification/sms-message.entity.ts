import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock, maskPhone } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SmsStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(SmsStatus, { name: 'SmsStatus' });

/** An SMS to a family, written with the change it reports and sent by the dispatcher. */
@ObjectType({ description: '短信 SMS to a family' })
@Entity({ schema: 'judicial', tableName: 'sms_message' })
@Index({ properties: ['status', 'createdAt'] })
export class SmsMessage {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  applicationId!: string;

  @Property({ type: 'uuid' })
  venueId!: string;

  @Property({ length: 20 })
  phone!: string;

  @Field({ description: 'decided, cancelled, suspended …' })
  @Property({ length: 32 })
  kind!: string;

  @Field()
  @Property({ length: 500 })
  body!: string;

  @Field(() => SmsStatus)
  @Enum(() => SmsStatus)
  status: SmsStatus = SmsStatus.PENDING;

  @Field(() => Int)
  @Property()
  attempts: number = 0;

  @Field(() => String, { nullable: true, description: 'Provider and its message reference' })
  @Property({ type: 'varchar(128)', nullable: true })
  providerRef: string | null = null;

  @Field()
  @Property()
  createdAt: Date = clock.now();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Field({ name: 'phoneMasked' })
  get phoneMasked(): string {
    return maskPhone(this.phone);
  }
}
