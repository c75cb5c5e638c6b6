import { Topic, nationalCalendar, type CalendarYearLoaded, type OutboxEvent } from '@rv/schema';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventHandler } from './consumer.js';

/**
 * Working days are counted with one national calendar per process (product rule: the calendar is
 * data). Years the province admin enters after the chinese-days package reach each subgraph as
 * `calendar.year_loaded`; the subgraph keeps them in its own `calendar_year` table, loads them at
 * start, and recomputes the deadlines it had flagged CALENDAR_MISSING.
 */
export interface WorkingDays {
  /** Recompute the deadlines counted through `year` while it was missing. */
  recompute(em: EntityManager, year: number): Promise<void>;
}

export async function loadStoredYears(orm: MikroORM, schema: string): Promise<void> {
  const rows = await orm.em
    .fork()
    .execute<{ year: number; holidays: string[]; makeup_workdays: string[] }[]>(
      `select year, holidays, makeup_workdays from "${schema}"."calendar_year" order by year`,
    );
  for (const row of rows) nationalCalendar().load({ year: row.year, holidays: row.holidays, makeupWorkdays: row.makeup_workdays });
}

export function calendarYearHandler(schema: string, workingDays: WorkingDays): Record<string, EventHandler> {
  return {
    [Topic.CALENDAR_YEAR_LOADED]: async (em: EntityManager, event: OutboxEvent<CalendarYearLoaded>) => {
      const { year, holidays, makeupWorkdays } = event.payload;
      await em.execute(
        `insert into "${schema}"."calendar_year" (year, holidays, makeup_workdays, loaded_at) values (?, ?, ?, now())
        on conflict (year) do update set holidays = excluded.holidays, makeup_workdays = excluded.makeup_workdays, loaded_at = now()`,
        [year, JSON.stringify(holidays), JSON.stringify(makeupWorkdays)],
      );
      nationalCalendar().load({ year, holidays, makeupWorkdays });
      await workingDays.recompute(em, year);
    },
  };
}

/** The table each counting subgraph keeps (for its migration). */
export function calendarYearTable(schema: string): string {
  return `create table "${schema}"."calendar_year" (
    "year" int primary key,
    "holidays" jsonb not null,
    "makeup_workdays" jsonb not null,
    "loaded_at" timestamptz not null)`;
}
