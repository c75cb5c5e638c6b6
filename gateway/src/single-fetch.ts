import { ApolloGateway, type GatewayConfig } from '@apollo/gateway';
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { singleFetchPassed } from '@rv/kit';
import { withoutStack } from '@rv/schema';
import { createHash } from 'node:crypto';
import { GraphQLError, Kind, isNonNullType, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext, SignedDataSource } from './data-source.js';

/** The subgraph that answers an operation whole, or null when its plan needs the gateway's work. */
type Route = string | null;

const ROUTES_KEPT = 1000;

/**
 * Issue 16: most operations are answered by one subgraph in one fetch (a list, a mutation). For those,
 * the gateway's own execution re-reads the operation and re-shapes the subgraph's answer field by
 * field (`computeResponse`: a tenth of a 20-row list's CPU). This gateway sends such an operation's own
 * text to that subgraph and passes its answer on, errors marked with the service as the gateway marks
 * them. Parsing, validation, the query protections and the plugins run as before; which operations
 * qualify is decided from the gateway's own query plan, once per operation (the first request takes the
 * full path): one Fetch, nothing required from another subgraph, no rewrites, no introspection.
 */
export class SingleFetchGateway extends ApolloGateway {
  private readonly routes = new Map<string, Route>();
  /** Operations whose first request is on the gateway's full path now: the others wait for its route. */
  private readonly deciding = new Map<string, Promise<void>>();

  constructor(
    config: GatewayConfig,
    private readonly services: Map<string, SignedDataSource>,
  ) {
    super(config);
    const self = this as unknown as { executor: GatewayExecutor };
    const full = self.executor;
    self.executor = async (untyped) => {
      const requestContext = untyped as GatewayGraphQLRequestContext<GatewayContext>;
      const key = planKey(requestContext);
      // The same operation arriving while its first request decides (a storm): wait for the decision.
      await this.deciding.get(key);
      const route = this.routes.get(key);
      if (route) {
        const answer = await this.passThrough(key, route, requestContext);
        if (answer) return answer;
      }
      if (route !== undefined) return full(requestContext);
      const decided = Promise.withResolvers<void>();
      this.deciding.set(key, decided.promise);
      try {
        const result = await full(requestContext); // plans the operation and keeps its plan
        this.remember(key, await this.routeOf(key, requestContext));
        return result;
      } finally {
        this.deciding.delete(key);
        decided.resolve();
      }
    };
  }

  private async passThrough(key: string, service: string, requestContext: GatewayGraphQLRequestContext<GatewayContext>) {
    const source = this.services.get(service)!;
    const { request, context } = requestContext;
    const answer = await source.process({
      request: { query: requestContext.source, variables: request.variables, operationName: request.operationName },
      context,
    } as never);
    // The subgraph cannot validate the whole document (another operation in it, a fragment its plan left out): nothing ran.
    if (answer.errors?.some((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')) {
      this.remember(key, null);
      return null;
    }
    singleFetchPassed.inc({ service });
    const errors = answer.errors?.map((error) => downstreamError(error, service));
    return { data: answer.data === undefined ? emptyData(requestContext) : answer.data, ...(errors?.length ? { errors } : {}) };
  }

  /** The subgraph of a single-fetch plan the gateway stored for this operation, if it has one. */
  private async routeOf(key: string, requestContext: GatewayGraphQLRequestContext<GatewayContext>): Promise<Route> {
    const operation = requestContext.operation;
    if (!operation || operation.selectionSet.selections.some((selection) => selection.kind !== Kind.FIELD || selection.name.value.startsWith('__')))
      return null;
    const store = (this as unknown as { queryPlanStore: { get(key: string): Promise<{ node?: FetchLike } | undefined> } }).queryPlanStore;
    const node = (await store.get(key))?.node;
    if (node?.kind !== 'Fetch' || node.requires?.length || node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length)
      return null;
    return node.serviceName;
  }

  private remember(key: string, route: Route): void {
    if (this.routes.size >= ROUTES_KEPT) this.routes.delete(this.routes.keys().next().value!);
    this.routes.set(key, route);
  }
}

interface FetchLike {
  kind: string;
  serviceName: string;
  requires?: unknown[];
  inputRewrites?: unknown[];
  outputRewrites?: unknown[];
  contextRewrites?: unknown[];
}

/** The key @apollo/gateway stores an operation's plan under. */
function planKey({ queryHash, request }: GatewayGraphQLRequestContext<GatewayContext>): string {
  return request.operationName ? createHash('sha256').update(queryHash).update(request.operationName).digest('hex') : queryHash;
}

/** As the gateway marks a subgraph's error: its message, path and extensions, and the service's name (the gateway's stack says nothing of it). */
function downstreamError(error: GraphQLFormattedError, serviceName: string): GraphQLError {
  return withoutStack(
    () =>
      new GraphQLError(error.message || `Error while fetching subquery from service "${serviceName}"`, {
        path: error.path,
        extensions: { ...error.extensions, serviceName },
      }),
  );
}

/** No data at all (the subgraph did not answer): each root field null, as the gateway's execution gives. */
function emptyData({ operation, schema }: GatewayGraphQLRequestContext<GatewayContext>): Record<string, null> | null {
  const root = schema.getRootType(operation!.operation)!.getFields();
  const data: Record<string, null> = {};
  for (const selection of operation!.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    if (isNonNullType(root[selection.name.value].type)) return null;
    data[selection.alias?.value ?? selection.name.value] = null;
  }
  return data;
}
