import type { MikroORM } from '@mikro-orm/postgresql';
import type { BuildSchemaOptions } from 'type-graphql';
import { auditMutations } from './audit.js';
import { locateRootFieldErrors } from './errors.js';
import { startEventConsumer, type ConsumerOptions, type EventConsumer } from './consumer.js';
import { openDatabase, type DatabaseOptions } from './database.js';
import { buildFederatedSchema } from './federation.js';
import { electedJob, type Job } from './leader.js';
import { createLogger, type Logger } from './logger.js';
import { sampleGauge, watchOutboxLag } from './metrics.js';
import { startSubgraphServer, type RunningServer, type SubgraphRoute } from './server.js';
import { stopTracing } from './tracing.js';
import { calendarYearHandler, loadStoredYears, type WorkingDays } from './working-days.js';

/** Everything that differs between subgraphs; the rest is the same bootstrap. */
export interface SubgraphDefinition {
  name: string;
  schema: string;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  references?: Parameters<typeof buildFederatedSchema>[1];
  handlers?: ConsumerOptions['handlers'];
  /** Counts working days: stored calendar years are loaded at start and new ones recompute its deadlines. */
  workingDays?: WorkingDays;
  /** Plain HTTP routes (the gateway proxies their prefixes here). */
  routes?: SubgraphRoute[];
  /** Gauges read from the subgraph's tables when /metrics is scraped: name → help and a query answering `value`. */
  gauges?: Record<string, { help: string; sql: string }>;
  /** Labelled gauges (sampleGauge) needing more than one query, registered at start; each returns its removal. */
  samplers?: (orm: MikroORM) => (() => void)[];
  /** Dependencies besides PostgreSQL that /healthz reports (the media subgraph: Janus). */
  checks?: Record<string, () => Promise<boolean>>;
  /**
   * Background work of the subgraph (e.g. the SMS dispatcher), stopped on close. However many replicas
   * of the subgraph run, each job runs on one of them at a time (elected by an advisory lock).
   */
  jobs?: ((orm: MikroORM, logger: Logger) => Job)[];
}

export interface SubgraphRuntimeConfig {
  databaseUrl: string;
  internalSecret: string;
  tokenSecret?: string;
  port?: number;
  /** Where the subgraph listens: loopback by default; a container gives 0.0.0.0 (HOST). */
  host?: string;
}

export interface RunningSubgraph extends RunningServer {
  orm: MikroORM;
  consumer: EventConsumer | null;
  logger: Logger;
}

/** Schema only: what composition and the supergraph check need, without a database. */
export async function buildSubgraph(definition: SubgraphDefinition) {
  return locateRootFieldErrors(
    auditMutations(
      await buildFederatedSchema(
        // Inputs are validated by the services (clear codes, one place); class-validator would only add cost.
        { resolvers: definition.resolvers, orphanedTypes: definition.orphanedTypes, validate: false },
        definition.references,
      ),
    ),
  );
}

/** Migrate, serve, consume: the whole life of a subgraph process. */
export async function runSubgraph(definition: SubgraphDefinition, config: SubgraphRuntimeConfig): Promise<RunningSubgraph> {
  const logger = createLogger(definition.name);
  const orm = await openDatabase({
    schema: definition.schema,
    entities: definition.entities,
    migrations: definition.migrations,
    clientUrl: config.databaseUrl,
    logger,
  });
  if (definition.workingDays) await loadStoredYears(orm, definition.schema);
  const schema = await buildSubgraph(definition);
  const running = await startSubgraphServer({
    name: definition.name,
    schema,
    orm,
    logger,
    internalSecret: config.internalSecret,
    tokenSecret: config.tokenSecret,
    port: config.port,
    host: config.host,
    routes: definition.routes,
    checks: definition.checks,
  });
  const handlers = withCalendar(definition);
  const consumer = handlers ? await startEventConsumer({ orm, schema: definition.schema, connectionString: config.databaseUrl, handlers, logger }) : null;
  const unwatch = [
    ...(handlers ? [watchOutboxLag(orm, definition.schema, Object.keys(handlers))] : []),
    ...Object.entries(definition.gauges ?? {}).map(([name, { help, sql }]) =>
      sampleGauge(name, help, [], async () =>
        (await orm.em.fork().getConnection().execute<{ value: number }[]>(sql)).map(({ value }) => ({ labels: {}, value: Number(value) })),
      ),
    ),
    ...(definition.samplers?.(orm) ?? []),
  ];
  let closing: Promise<void> | null = null;
  const jobs = (definition.jobs ?? []).map((start, index) =>
    electedJob(`${definition.name}.job${index}`, config.databaseUrl, logger, () => start(orm, logger)),
  );
  return {
    ...running,
    orm,
    consumer,
    logger,
    close() {
      closing ??= (async () => {
        await running.close();
        unwatch.forEach((remove) => remove());
        for (const job of jobs) await job.stop();
        await consumer?.stop();
        await orm.close();
      })();
      return closing;
    },
  };
}

/** The subgraph's own handlers plus, when it counts working days, the calendar years from judicial. */
function withCalendar(definition: SubgraphDefinition): ConsumerOptions['handlers'] | undefined {
  if (!definition.workingDays) return definition.handlers;
  const handlers = { ...definition.handlers };
  handlers.judicial = { ...handlers.judicial, ...calendarYearHandler(definition.schema, definition.workingDays) };
  return handlers;
}

/** Standalone entry point: `node dist/main.js` with DATABASE_URL, INTERNAL_SECRET and PORT. */
export async function runSubgraphFromEnv(definition: SubgraphDefinition, defaultPort: number): Promise<void> {
  const { serviceConfigFromEnv } = await import('./config.js');
  const running = await runSubgraph(definition, {
    ...serviceConfigFromEnv(),
    tokenSecret: process.env.TOKEN_SECRET,
    port: Number(process.env.PORT ?? defaultPort),
    host: process.env.HOST,
  });
  const stop = async () => {
    await running.close();
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
