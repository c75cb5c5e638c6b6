import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'What an auditor searches the trail by; every part optional' })
export class AuditFilter {
  @Field({ nullable: true, description: 'The staff member’s username' })
  username?: string;

  @Field(() => ID, { nullable: true, description: 'The staff member’s account' })
  accountId?: string;

  @Field(() => ID, { nullable: true, description: 'The unit the staff member acted for' })
  tenantId?: string;

  @Field({ nullable: true, description: 'schema.table, e.g. prison.review_case' })
  entityType?: string;

  @Field({ nullable: true })
  entityId?: string;

  @Field({ nullable: true, description: 'The mutation, e.g. decideInmateReview' })
  action?: string;

  @Field({ nullable: true, description: 'First day, YYYY-MM-DD (China Standard Time)' })
  from?: string;

  @Field({ nullable: true, description: 'Last day, YYYY-MM-DD (China Standard Time)' })
  to?: string;
}

@ObjectType({ description: '审计记录 One change a staff action made (append-only, chained by hash)' })
export class AuditRecord {
  @Field(() => ID, { description: 'Position in the chain' })
  seq!: string;

  @Field({ description: 'When the staff member acted (platform clock)' })
  occurredAt!: Date;

  @Field()
  recordedAt!: Date;

  @Field(() => ID)
  accountId!: string;

  @Field(() => String, { nullable: true })
  username!: string | null;

  @Field()
  tenantKind!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => [String])
  roles!: string[];

  @Field()
  action!: string;

  @Field({ description: 'INSERT, UPDATE or DELETE' })
  operation!: string;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'JSON of the changed fields before (ID and phone numbers masked)' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the changed fields after (ID and phone numbers masked)' })
  after!: string | null;

  @Field()
  hash!: string;
}

@ObjectType()
export class AuditPage {
  @Field(() => Int)
  total!: number;

  @Field(() => [AuditRecord])
  records!: AuditRecord[];
}

@ObjectType({ description: 'The hash chain checked end to end' })
export class AuditIntegrity {
  @Field()
  ok!: boolean;

  @Field(() => Int)
  checked!: number;

  @Field(() => ID, { nullable: true, description: 'The first record missing, unlinked or altered' })
  firstBrokenSeq!: string | null;

  @Field(() => String, { nullable: true, description: 'ROW_MISSING, CHAIN_BROKEN or ROW_ALTERED' })
  reason!: string | null;
}
