import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPlatform, postRaw, type GraphQLResponse, type TestPlatform } from './support/harness.js';

/**
 * Issue 19: bad input never becomes a 500 or INTERNAL. Every query and mutation of the supergraph is
 * called with each class of bad input (wrong types, huge strings, NUL bytes, malformed UUIDs and
 * dates, negative and huge numbers, unknown enum values, long lists, deep nesting), anonymously and
 * as staff and family; any 500 or INTERNAL fails the test and is listed.
 */
let t: TestPlatform;
let schema: GraphQLSchema;
beforeAll(async () => {
  t = await givenPlatform();
  const introspected = await t.gql(getIntrospectionQuery());
  schema = buildClientSchema(introspected.data);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

type BadClass = 'wrongType' | 'hugeString' | 'nul' | 'badUuid' | 'badDate' | 'negative' | 'hugeNumber' | 'unknownEnum' | 'longList' | 'deepNesting';
const CLASSES: BadClass[] = ['wrongType', 'hugeString', 'nul', 'badUuid', 'badDate', 'negative', 'hugeNumber', 'unknownEnum', 'longList', 'deepNesting'];

/** A value of the argument's type, bent by one class of bad input where the type allows it. */
function valueFor(type: GraphQLInputType, bad: BadClass, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, bad, depth);
  if (isListType(type)) {
    const item = valueFor(type.ofType, bad, depth + 1);
    return bad === 'longList' ? Array(2_000).fill(item) : [item];
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return bad === 'deepNesting' ? { nested: { nested: { nested: {} } } } : {};
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, valueFor(field.type, bad, depth + 1)]));
  }
  if (isEnumType(type)) return bad === 'unknownEnum' || bad === 'wrongType' ? 'NOT_A_VALUE' : type.getValues()[0].value;
  if (!isScalarType(type)) return null;
  switch (type.name) {
    case 'Int':
    case 'Float':
      return ({ wrongType: 'abc', negative: -1, hugeNumber: 2_147_483_647 } as Record<string, unknown>)[bad] ?? 1;
    case 'Boolean':
      return bad === 'wrongType' ? 'yes' : true;
    case 'ID':
      return (
        ({ wrongType: { id: 1 }, hugeString: 'x'.repeat(20_000), nul: 'a\u0000b', badUuid: 'not-a-uuid', badDate: '9999-99-99' } as Record<string, unknown>)[
          bad
        ] ?? '00000000-0000-4000-8000-000000000000'
      );
    default: // String and custom scalars (dates are strings here)
      return (
        (
          {
            wrongType: 12,
            hugeString: '字'.repeat(20_000),
            nul: 'a\u0000b',
            badUuid: 'not-a-uuid',
            badDate: '2026-02-30',
            negative: '-1',
            hugeNumber: '99999999999999999999',
            unknownEnum: 'NOT_A_VALUE',
            deepNesting: '9999-12-31',
          } as Record<string, unknown>
        )[bad] ?? 'x'
      );
  }
}

/** `field(a: $a, …) { __typename }` as one operation with its variables. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, bad: BadClass): { query: string; variables: Record<string, unknown> } {
  const args = field.args as readonly GraphQLArgument[];
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return { query, variables: Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, bad)])) };
}

function faults(result: GraphQLResponse): string[] {
  if (result.status >= 500) return [`HTTP ${result.status}`];
  return (result.errors ?? [])
    .filter((error) => error.extensions?.code === 'INTERNAL' || !error.extensions?.code)
    .map((error) => `${error.extensions?.code ?? 'no code'}: ${error.message.slice(0, 80)}`);
}

describe('bad input never becomes a 500 or INTERNAL (issue 19)', () => {
  it('every query and mutation, each class of bad input, as anonymous, family and staff', async () => {
    const callers: [string, string | undefined][] = [
      ['anonymous', undefined],
      ['proxy', await t.login('proxy')],
      ['prison1.supervisor', await t.login('prison1.supervisor')],
      ['bureau1.clerk', await t.login('bureau1.clerk')],
      ['province.admin', await t.login('province.admin')],
    ];
    const fields = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ['query', field] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ['mutation', field] as const),
    ].filter(([, field]) => field.name !== 'login' && field.name !== 'registerProxy'); // throttled; fuzzed on their own below
    const found: string[] = [];
    let calls = 0;
    const started = Date.now();
    for (const [kind, field] of fields) {
      for (const bad of CLASSES) {
        const { query, variables } = operationFor(kind, field, bad);
        const body = JSON.stringify({ query, variables });
        for (const [caller, token] of callers) {
          if (field.args.length === 0 && bad !== 'wrongType') continue; // nothing to bend
          const result = await postRaw(t.platform.gateway.url, body, {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          });
          calls++;
          for (const fault of faults(result)) found.push(`${field.name} [${bad}] as ${caller}: ${fault}`);
        }
      }
    }
    console.log(`fuzz: ${fields.length} operations, ${calls} calls in ${((Date.now() - started) / 1000).toFixed(1)} s, ${found.length} faults`);
    expect(found).toEqual([]);
  }, 900_000);

  it('sign-in and registration with bad input', async () => {
    const found: string[] = [];
    for (const bad of ['hugeString', 'nul', 'wrongType'] as BadClass[]) {
      for (const name of ['login', 'registerProxy']) {
        const { query, variables } = operationFor('mutation', schema.getMutationType()!.getFields()[name], bad);
        const result = await postRaw(t.platform.gateway.url, JSON.stringify({ query, variables }), {
          'content-type': 'application/json',
          'x-forwarded-for': `198.51.100.${CLASSES.indexOf(bad) + 100}`,
        });
        for (const fault of faults(result)) found.push(`${name} [${bad}]: ${fault}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('a subscription over HTTP, a body that is not JSON, or JSON sent as text/plain is refused with a code, never executed or 500', async () => {
    const subscription = await postRaw(t.platform.gateway.url, JSON.stringify({ query: 'subscription { applicationChanged(id: "x") { id } }' }), {
      'content-type': 'application/json',
    });
    expect({ status: subscription.status, code: subscription.errors?.[0].extensions?.code, key: subscription.errors?.[0].extensions?.messageKey }).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      key: 'security.subscriptionOverHttp',
    });
    expect(subscription.data ?? null).toBeNull();
    const garbage = await postRaw(t.platform.gateway.url, '{"query": ', { 'content-type': 'application/json' });
    expect(garbage.status).toBe(400);
    const plain = await postRaw(t.platform.gateway.url, JSON.stringify({ query: '{ prisons { id } }' }), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect(plain.data).toBeUndefined();
  });
});
