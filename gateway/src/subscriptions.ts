import type { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  GraphQLID,
  Kind,
  getOperationAST,
  parse,
  print,
  valueFromAST,
  visit,
  type Source,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode, SUBSCRIPTION_FIELDS, inAudience, isStaff, keyed, type Identity, type OutboxEvent } from '@rv/schema';
import { subscriptionDropped } from '@rv/kit';
import type { GatewayContext } from './data-source.js';
import { LIMITS } from './protections.js';
import { OpenSubscription } from './open-subscription.js';
import { TOO_FAR_BEHIND, type SubscriptionWire } from './wire.js';

/** Waits before each new try of a delivery whose subgraph was unavailable: about two minutes in all. */
const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000];

/** One subscriber: a socket's subscription. Its identity is the socket's (the account is known per socket). */
interface Subscriber {
  identity: Identity;
  /** Held by graphql-ws while the subscription lasts. */
  open: OpenSubscription;
  /** Where its results are written (wire.ts). */
  wire: SubscriptionWire;
}

/**
 * Subscribers that see the same thing: same selection and variables, same subgraph filter and entity id,
 * and the same visibility. One execution per event serves them all.
 */
interface Group {
  key: string;
  topic: string;
  /** Only events from this subgraph, when two subscriptions share a topic. */
  source: string | undefined;
  idFilter: string | null;
  query: string;
  variables: Record<string, unknown>;
  resultField: string;
  subscribers: Set<Subscriber>;
  /** Executions run for this group so far (one per event it was told). */
  executions: number;
}

/** A subscription document's entity query, compiled once per document (documents are shared, gateway.ts). */
interface Compiled {
  query: string;
  topic: string;
  source: string | undefined;
  resultField: string;
  field: FieldNode;
  entityQuery: DocumentNode;
}

/**
 * Serves `Subscription` fields on top of @apollo/gateway. Subgraphs only emit events; for each
 * event the bridge runs the subscriber's selection as a query through the gateway, with the
 * subscriber's identity, so fields of any subgraph can be selected and authorization stays in
 * the subgraphs. Subscribers whose visibility is the same (visibilityOf) with the same document
 * and variables share one execution per event (issue 16): that is what keeps the fan-out cheap,
 * also when many accounts of one unit watch the same thing.
 */
export class SubscriptionBridge {
  private readonly byTopic = new Map<string, Map<string, Group>>();
  private readonly compiled = new WeakMap<DocumentNode, Map<string | undefined, Compiled>>();
  /** Deliveries waiting to be tried again (a subgraph was unavailable). */
  private readonly retries = new Set<NodeJS.Timeout>();

  constructor(private readonly apollo: ApolloServer<GatewayContext>) {}

  get size(): number {
    let count = 0;
    for (const groups of this.byTopic.values()) for (const group of groups.values()) count += group.subscribers.size;
    return count;
  }

  /** The groups of a topic (an event costs one execution per group told): their query, size and executions so far. */
  groups(topic: string): { query: string; subscribers: number; executions: number }[] {
    return [...(this.byTopic.get(topic)?.values() ?? [])].map((group) => ({
      query: group.query,
      subscribers: group.subscribers.size,
      executions: group.executions,
    }));
  }

  subscribe(args: ExecutionArgs, identity: Identity, wire: SubscriptionWire): AsyncIterableIterator<never> {
    const compiled = this.compile(args.document, args.operationName ?? undefined);
    const variables = { ...(args.variableValues ?? {}) };
    const idArgument = compiled.field.arguments?.find((argument) => argument.name.value === 'id');
    const idFilter = idArgument ? ((valueFromAST(idArgument.value, GraphQLID, variables) as string | null) ?? null) : null;
    const usedVariables = pickUsedVariables(compiled.entityQuery, variables);
    const key = JSON.stringify([compiled.query, usedVariables, compiled.source, idFilter, visibilityOf(identity)]);
    let groups = this.byTopic.get(compiled.topic);
    if (!groups) this.byTopic.set(compiled.topic, (groups = new Map()));
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        topic: compiled.topic,
        source: compiled.source,
        idFilter,
        query: compiled.query,
        variables: usedVariables,
        resultField: compiled.resultField,
        subscribers: new Set(),
        executions: 0,
      };
      groups.set(key, group);
    }
    const joined = group;
    const subscriber: Subscriber = {
      identity,
      wire,
      open: new OpenSubscription(() => {
        joined.subscribers.delete(subscriber);
        if (!joined.subscribers.size && groups.get(key) === joined) groups.delete(key);
      }),
    };
    joined.subscribers.add(subscriber);
    return subscriber.open;
  }

  private compile(document: DocumentNode, operationName: string | undefined): Compiled {
    let byName = this.compiled.get(document);
    if (!byName) this.compiled.set(document, (byName = new Map()));
    let compiled = byName.get(operationName);
    if (!compiled) {
      const operation = getOperationAST(document, operationName)!;
      const field = operation.selectionSet.selections[0] as FieldNode;
      const spec = SUBSCRIPTION_FIELDS[field.name.value]!;
      const entityQuery = toEntityQuery(document, operation, field, spec.queryField);
      compiled = { query: print(entityQuery), topic: spec.topic, source: spec.source, resultField: field.alias?.value ?? field.name.value, field, entityQuery };
      byName.set(operationName, compiled);
    }
    return compiled;
  }

  /** Delivers a batch of outbox events, in order; resolves when every result is written to its sockets. */
  async publish(events: OutboxEvent[]): Promise<void> {
    for (const event of latestPerEntity(events)) {
      const deliveries: Promise<void>[] = [];
      for (const group of this.byTopic.get(event.topic)?.values() ?? []) {
        if ((group.source && group.source !== event.source) || (group.idFilter && group.idFilter !== event.aggregateId)) continue;
        // The audience may name accounts: each subscriber is checked with its own identity.
        const told = [...group.subscribers].filter((subscriber) => inAudience(subscriber.identity, event.audience));
        if (told.length) deliveries.push(this.deliver(event, group, told));
      }
      await Promise.all(deliveries);
    }
  }

  private async deliver(event: OutboxEvent, group: Group, told: Subscriber[], attempt = 0): Promise<void> {
    // Any member's identity sees what all of them see (visibilityOf); one that is still subscribed.
    group.executions++;
    const response = await this.apollo.executeOperation(
      { query: group.query, variables: { ...group.variables, __entityId: event.aggregateId } },
      { contextValue: { identity: told[0].identity } },
    );
    if (response.body.kind !== 'single') return;
    const result = response.body.singleResult;
    if ((!result.data || result.data[group.resultField] == null) && result.errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
      // The subgraph that answers for the entity is away (restarting, issue 19): ask again later, in the
      // background (the next events go on), rather than lose a change the subscribers' screens show.
      if (attempt < RETRY_DELAYS_MS.length) this.later(() => this.deliver(event, group, told, attempt + 1), RETRY_DELAYS_MS[attempt]);
      else subscriptionDropped.inc({ topic: event.topic, reason: 'unavailable', code: ErrorCode.SERVICE_UNAVAILABLE });
      return;
    }
    // The subgraph refused or found nothing for this caller: nothing to tell them (counted, with why).
    if (!result.data || result.data[group.resultField] == null) {
      subscriptionDropped.inc({ topic: event.topic, reason: 'empty', code: String(result.errors?.[0]?.extensions?.code ?? 'none') });
      return;
    }
    const delivered: ExecutionResult = {
      data: result.data,
      ...(result.errors ? { errors: result.errors as any } : {}),
      extensions: { event: { source: event.source, seq: event.seq, topic: event.topic, at: event.createdAt } },
    };
    // Serialized once for the group; a subscriber that ended while the execution ran is skipped.
    const json = JSON.stringify(delivered);
    for (const subscriber of told) {
      if (subscriber.open.closed) continue;
      if (subscriber.wire.send(json) === 'behind') subscriptionDropped.inc({ topic: event.topic, reason: 'behind', code: String(TOO_FAR_BEHIND.code) });
    }
  }

  private later(deliver: () => Promise<void>, delayMs: number): void {
    const timer = setTimeout(() => {
      this.retries.delete(timer);
      void deliver().catch(() => undefined);
    }, delayMs);
    this.retries.add(timer);
  }

  close(): void {
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    for (const groups of this.byTopic.values())
      for (const group of [...groups.values()]) for (const subscriber of [...group.subscribers]) subscriber.open.return();
  }
}

/**
 * What a subscriber may see. Staff see by tenant and role (caseScope and the subgraphs' checks take
 * nothing else from a staff identity for what they read), so the staff of one unit with the same roles
 * share; a public account (a proxy, a lawyer) sees its own cases, so it shares only with itself.
 */
export function visibilityOf(identity: Identity): string {
  const roles = [...identity.roles].sort().join(',');
  return isStaff(identity) ? `tenant:${identity.tenantKind}:${identity.tenantId}:${roles}` : `account:${identity.accountId}:${roles}`;
}

/**
 * Parsed and validated subscription documents by their text, kept for the sockets that send the same
 * text (bounded: the oldest is dropped; a socket keeps its own reference while it is subscribed).
 */
export class SharedDocuments {
  private readonly parsed = new Map<string, DocumentNode>();
  private readonly validated = new WeakMap<DocumentNode, readonly GraphQLError[]>();

  /** `maxTokens`: the socket takes the same limit as HTTP (a long document costs the parser before any rule sees it). */
  constructor(
    private readonly max = 1000,
    private readonly maxTokens = LIMITS.tokens,
  ) {}

  parse(source: string | Source): DocumentNode {
    const text = typeof source === 'string' ? source : source.body;
    let document = this.parsed.get(text);
    if (!document) {
      document = parse(text, { maxTokens: this.maxTokens });
      if (this.parsed.size >= this.max) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(text, document);
    }
    return document;
  }

  /**
   * A document that does not parse is that subscription's error, as over HTTP: thrown from graphql-ws's own
   * parse it would close the whole socket (4500) with every other subscription on it.
   */
  parseErrors(source: string): readonly GraphQLError[] | undefined {
    try {
      this.parse(source);
      return undefined;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return /more tha[nt] \d+ tokens/i.test(error.message)
        ? [keyed(ErrorCode.QUERY_TOO_LARGE, 'platform.queryTooLarge', { tokens: this.maxTokens })]
        : [keyed(ErrorCode.BAD_USER_INPUT, 'platform.unreadableQuery')];
    }
  }

  validate(document: DocumentNode, run: () => readonly GraphQLError[]): readonly GraphQLError[] {
    let errors = this.validated.get(document);
    if (!errors) this.validated.set(document, (errors = run()));
    return errors;
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
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'id' },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: '__entityId' } },
      },
    ],
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
  visit(document, {
    VariableDefinition: () => false,
    Variable: (node) => {
      used.add(node.name.value);
    },
  });
  return visit(document, {
    VariableDefinition: (node) => (used.has(node.variable.name.value) ? undefined : null),
  });
}

function pickUsedVariables(query: DocumentNode, variables: Record<string, unknown>): Record<string, unknown> {
  const operation = query.definitions[0] as OperationDefinitionNode;
  const declared = new Set(operation.variableDefinitions?.map((definition) => definition.variable.name.value));
  return Object.fromEntries(Object.entries(variables).filter(([name]) => declared.has(name)));
}
