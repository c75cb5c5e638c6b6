import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { maskPhone, type Role, type TenantKind } from '@rv/schema';
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

  @Property()
  failedLogins: number = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  @Field(() => String, { nullable: true, name: 'phoneMasked' })
  get phoneMasked(): string | null {
    return this.phone ? maskPhone(this.phone) : null;
  }
}
