import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

export enum CodePurpose {
  PASSWORD_RESET = 'PASSWORD_RESET',
  PHONE_CHANGE = 'PHONE_CHANGE',
}

/**
 * A one-time code sent by SMS (Migration20261203162000). Its id is the ticket the family holds
 * between the two steps; the code itself is stored only as a keyed hash. A forgotten-password
 * request naming no account still gets a row (no account, a code nobody knows): both answers
 * and both later attempts take the same path.
 */
@Entity({ schema: 'judicial', tableName: 'account_code' })
export class AccountCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum(() => CodePurpose)
  purpose!: CodePurpose;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  accountId: string | null = null;

  /** PHONE_CHANGE: the number being confirmed (personal data: never shown, never logged). */
  @Property({ type: 'varchar(20)', nullable: true, hidden: true })
  newPhone: string | null = null;

  @Property({ type: 'varchar(64)', hidden: true })
  codeHash!: string;

  @Property()
  attempts: number = 0;

  /** Past it the row is of no use and the purge job deletes it (purgeExpiredCodes). */
  @Index()
  @Property()
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  @Property()
  createdAt!: Date;
}
