import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { KeyedTextView } from '@rv/kit';
import { clock, maskPhone, type KeyedParams } from '@rv/schema';
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

  /** The application it reports; null for an account's own SMS (a one-time code), which no staff log lists. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  applicationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  venueId: string | null = null;

  @Property({ length: 20 })
  phone!: string;

  @Field({ description: 'decided, cancelled, suspended …' })
  @Property({ length: 32 })
  kind!: string;

  @Field({ description: 'The words sent (zh-CN), as sent' })
  @Property({ length: 500 })
  body!: string;

  /** Issue 14: the catalogue key and parameters the words were made from (null on messages from before). */
  @Property({ type: 'varchar(100)', nullable: true })
  messageKey: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  params: Opt<KeyedParams> | null = null;

  @Field(() => KeyedTextView, {
    nullable: true,
    description: 'What the words were made from, by catalogue key, for the log in the reader’s language (null: older messages, read body)',
  })
  bodyKeyed(): KeyedTextView | null {
    return KeyedTextView.of(this.messageKey, this.params);
  }

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
