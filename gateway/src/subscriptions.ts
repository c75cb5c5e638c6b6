import type { ApolloServer } from '@apollo/server';
import {
  GraphQLID, Kind, getOperationAST, print, valueFromAST, visit,
  type DocumentNode, type ExecutionArgs, type ExecutionResult, type FieldNode, type OperationDefinitionNode,
} from 'graphql';
import { SUBSCRIPTION_FIELDS, inAudience, type Identity, type OutboxEvent } from '@rv/schema';
import type { GatewayContext } from './data-source.js';
import { PushQueue } from './push-queue.js';

interface Subscriber {
  identity: Identity;
  /** Only events from this subgraph, when two subscriptions share a topic. */
  source: string | undefined;
  idFilter: string | null;
  shareKey: string;
  query: string;
  variables: Record<string, unknown>;
  resultField: string;
  queue: PushQueue<ExecutionResult>;
}

/**
 * Serves `Subscription` fields on top of @apollo/gateway. Subgraphs only emit events; for each
 * event the bridge runs the subscriber's selection as a query through the gateway, with the
 * subscriber's identity, so fields of any subgraph can be selected and authorization stays in
 * the subgraphs. Identical subscriptions (same document, variables and caller) share one
 * execution per event: that is what keeps the fan-out cheap (STACK.md).
 */
export class SubscriptionBridge {
  private readonly byTopic = new Map<string, Set<Subscriber>>();

  constructor(private readonly apollo: ApolloServer<GatewayContext>) {}

  get size(): number {
    let count = 0;
    for (const set of this.byTopic.values()) count += set.size;
    return count;
  }

  subscribe(args: ExecutionArgs, identity: Identity): AsyncIterableIterator<ExecutionResult> {
    const operation = getOperationAST(args.document, args.operationName)!;
    const field = operation.selectionSet.selections[0] as FieldNode;
    const spec = SUBSCRIPTION_FIELDS[field.name.value]!;
    const variables = { ...(args.variableValues ?? {}) };
    const idArgument = field.arguments?.find((argument) => argument.name.value === 'id');
    const idFilter = idArgument ? ((valueFromAST(idArgument.value, GraphQLID, variables) as string | null) ?? null) : null;
    const entityQuery = toEntityQuery(args.document, operation, field, spec.queryField);
    const query = print(entityQuery);
    const usedVariables = pickUsedVariables(entityQuery, variables);
    const subscribers = this.byTopic.get(spec.topic) ?? new Set<Subscriber>();
    this.byTopic.set(spec.topic, subscribers);
    const subscriber: Subscriber = {
      identity,
      source: spec.source,
      idFilter,
      query,
      variables: usedVariables,
      resultField: field.alias?.value ?? field.name.value,
      shareKey: JSON.stringify([query, usedVariables, identity.accountId, identity.tenantId, identity.roles]),
      queue: new PushQueue<ExecutionResult>(() => subscribers.delete(subscriber)),
    };
    subscribers.add(subscriber);
    return subscriber.queue;
  }

  /** Delivers a batch of outbox events, in order; resolves when every result is queued. */
  async publish(events: OutboxEvent[]): Promise<void> {
    for (const event of latestPerEntity(events)) {
      const interested = [...(this.byTopic.get(event.topic) ?? [])].filter(
        (subscriber) => (!subscriber.source || subscriber.source === event.source)
          && (!subscriber.idFilter || subscriber.idFilter === event.aggregateId) && inAudience(subscriber.identity, event.audience),
      );
      const groups = Map.groupBy(interested, (subscriber) => subscriber.shareKey);
      await Promise.all([...groups.values()].map((group) => this.deliver(event, group)));
    }
  }

  private async deliver(event: OutboxEvent, group: Subscriber[]): Promise<void> {
    const [first] = group;
    const response = await this.apollo.executeOperation(
      { query: first.query, variables: { ...first.variables, __entityId: event.aggregateId } },
      { contextValue: { identity: first.identity } },
    );
    if (response.body.kind !== 'single') return;
    const result = response.body.singleResult;
    // The subgraph refused or found nothing for this caller: nothing to tell them.
    if (!result.data || result.data[first.resultField] == null) return;
    const delivered: ExecutionResult = {
      data: result.data,
      ...(result.errors ? { errors: result.errors as any } : {}),
      extensions: { event: { source: event.source, seq: event.seq, topic: event.topic, at: event.createdAt } },
    };
    for (const subscriber of group) subscriber.queue.push(delivered);
  }

  close(): void {
    for (const subscribers of this.byTopic.values()) for (const subscriber of [...subscribers]) subscriber.queue.return();
  }
}

/**
 * Several changes to one entity in a batch are told once: each delivery reads the entity's
 * current state, so the earlier ones would only repeat the last.
 */
function latestPerEntity(events: OutboxEvent[]): OutboxEvent[] {
  const last = new Map(events.map((event, index) => [`${event.topic}/${event.aggregateId}`, index]));
  return events.filter((event, index) => last.get(`${event.topic}/${event.aggregateId}`) === index);
}

/**
 * `sub: applicationChanged(id: $x) { … }` → `query ($__entityId: ID!) { sub: application(id: $__entityId) { … } }`,
 * keeping the client's alias, selection and fragments.
 */
function toEntityQuery(document: DocumentNode, operation: OperationDefinitionNode, field: FieldNode, queryField: string): DocumentNode {
  const rootField: FieldNode = {
    ...field,
    alias: field.alias ?? { kind: Kind.NAME, value: field.name.value },
    name: { kind: Kind.NAME, value: queryField },
    arguments: [{
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: 'id' },
      value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: '__entityId' } },
    }],
  };
  const query: OperationDefinitionNode = {
    ...operation,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: undefined,
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: '__entityId' } },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
      },
    ],
    selectionSet: { ...operation.selectionSet, selections: [rootField] },
  };
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  return dropUnusedVariables({ kind: Kind.DOCUMENT, definitions: [query, ...fragments] });
}

/** The subscription's own `id` variable is no longer used once the root field is rewritten. */
function dropUnusedVariables(document: DocumentNode): DocumentNode {
  const used = new Set<string>();
  visit(document, { VariableDefinition: () => false, Variable: (node) => { used.add(node.name.value); } });
  return visit(document, {
    VariableDefinition: (node) => (used.has(node.variable.name.value) ? undefined : null),
  });
}

function pickUsedVariables(query: DocumentNode, variables: Record<string, unknown>): Record<string, unknown> {
  const operation = query.definitions[0] as OperationDefinitionNode;
  const declared = new Set(operation.variableDefinitions?.map((definition) => definition.variable.name.value));
  return Object.fromEntries(Object.entries(variables).filter(([name]) => declared.has(name)));
}
