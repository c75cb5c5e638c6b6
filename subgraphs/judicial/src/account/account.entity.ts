import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock, maskPhone, type Role, type TenantKind } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

/** A staff member of a tenant, or a public account (proxy applicant, lawyer). */
@ObjectType({ description: '账户 Account' })
@Entity({ schema: 'judicial', tableName: 'account' })
export class Account {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ unique: true })
  username!: string;

  @Property({ hidden: true })
  passwordHash!: string;

  @Field()
  @Property()
  displayName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  tenantKind: TenantKind | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  tenantId: string | null = null;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  roles: Role[] = [];

  /** Public accounts are real-name (GD-18): resident ID number, masked whenever shown. */
  @Property({ type: 'varchar(18)', nullable: true, hidden: true })
  idNumber: string | null = null;

  @Property({ type: 'varchar(20)', nullable: true, hidden: true })
  phone: string | null = null;

  /** Issue 15: a deactivated account cannot sign in and its tokens are void (staff-account.service.ts). */
  @Field({ description: 'Issue 15: false once deactivated (cannot sign in, open sessions ended)' })
  @Property({ default: true })
  active: boolean = true;

  /** A temporary password (new account, admin reset) must be changed at the next sign-in. */
  @Field({ description: 'Issue 15: the temporary password is still to be changed' })
  @Property({ default: false })
  mustChangePassword: boolean = false;

  /** Issue 19: tokens carry the version they were signed under; raising it voids every older token. */
  @Property({ default: 0 })
  tokenVersion: number = 0;

  /** The TOTP secret, sealed (totp.ts); never returned after enrolment, never logged. */
  @Property({ type: 'text', nullable: true, hidden: true })
  totpSecret: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  totpEnrolledAt: Date | null = null;

  /** The last TOTP time step accepted (totp.ts): a code counts once; a later sign-in needs a later step. */
  @Property({ type: 'integer', nullable: true, hidden: true })
  totpLastStep: number | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = clock.now();

  @Field(() => String, { nullable: true, name: 'phoneMasked' })
  get phoneMasked(): string | null {
    return this.phone ? maskPhone(this.phone) : null;
  }
}
