import { Migration } from '@mikro-orm/migrations';

/**
 * Counters of rate-limiter-flexible's PostgreSQL store (issue 19: sign-in and anonymous look-up
 * throttling across replicas), in the layout it expects; created here so it never creates tables itself.
 */
export class Migration20261203140000 extends Migration {
  override name = 'Migration20261203140000';

  override async up(): Promise<void> {
    this.addSql(`create table "judicial"."rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint)`);
    this.addSql(`create index "rate_limit_expire_index" on "judicial"."rate_limit" ("expire")`);
  }
}
