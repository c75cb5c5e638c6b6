import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 18: a lawyer's own registration (the county bureau it asked to check its practice, a refusal's
 * reason); SMS to staff (CQ-3 / CQ-1 deadline alerts to a detention centre's leaders, kind `staff.…`)
 * name no application, like an account's own.
 */
export class Migration20261203204200 extends Migration {
  override name = 'Migration20261203204200';

  override async up(): Promise<void> {
    this.addSql(`alter table "judicial"."lawyer_profile" add column "bureau_id" uuid null, add column "refusal_reason" text null, add column "registered_at" timestamptz null`);
    this.addSql(`create index "lawyer_profile_bureau_id_index" on "judicial"."lawyer_profile" ("bureau_id") where verified_at is null`);
    this.addSql(`alter table "judicial"."sms_message" drop constraint "sms_message_about_check",
      add constraint "sms_message_about_check" check ("application_id" is not null and "venue_id" is not null or "kind" like 'account.%' or "kind" like 'staff.%')`);
  }
}
