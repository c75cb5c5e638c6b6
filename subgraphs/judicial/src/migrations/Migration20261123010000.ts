import { Migration } from '@mikro-orm/migrations';

/** Rule-pack routing for subjects, GD-22 extended reviews, and the GD-11 monthly allowance. */
export class Migration20261123010000 extends Migration {
  override name = 'Migration20261123010000';

  override async up(): Promise<void> {
    this.addSql(`alter table "judicial"."subject_ref"
      add column "rule_pack" varchar(16) not null default 'GD',
      add column "ward" int null,
      add column "treatment_level" text not null default 'ORDINARY',
      add column "crime_category" varchar(64) not null default 'ORDINARY',
      add column "foreign" boolean not null default false`);
    this.addSql(`alter table "judicial"."application" add column "extended_review" boolean not null default false`);
    this.addSql(`create table "judicial"."monthly_allowance" (
      "subject_id" uuid not null,
      "month" char(7) not null,
      "used" int not null check ("used" >= 0),
      primary key ("subject_id", "month"))`);
  }
}
