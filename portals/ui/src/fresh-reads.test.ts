import { ApolloLink, Observable, execute, type FetchResult } from '@apollo/client/core';
import { Kind, OperationTypeNode, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { freshReadsLink } from './fresh-reads.js';

/** An operation of this kind and name (the link reads nothing else; no document text in a portal outside src/api). */
const operation = (kind: OperationTypeNode, name: string): DocumentNode => ({
  kind: Kind.DOCUMENT,
  definitions: [
    { kind: Kind.OPERATION_DEFINITION, operation: kind, name: { kind: Kind.NAME, value: name }, selectionSet: { kind: Kind.SELECTION_SET, selections: [] } },
  ],
});
const LIST = operation(OperationTypeNode.QUERY, 'Day');
const CONFIRM = operation(OperationTypeNode.MUTATION, 'Confirm');
const CHANGED = operation(OperationTypeNode.SUBSCRIPTION, 'Changed');

/** A server whose answers the test releases by hand, each the state at the moment it was asked. */
function server() {
  let missing: string | null = 'equipment';
  const pending: (() => void)[] = [];
  let asked = 0;
  const link = new ApolloLink(
    (operation) =>
      new Observable<FetchResult>((observer) => {
        asked++;
        const name = operation.operationName;
        if (name === 'Confirm') missing = null;
        const state = { id: 'a1', preparationMissing: missing }; // read when asked, answered when released
        pending.push(() => {
          observer.next({
            data: name === 'Day' ? { applications: [state] } : name === 'Confirm' ? { confirmPreparation: state } : { applicationChanged: { id: 'a1' } },
          });
          observer.complete();
        });
      }),
  );
  return { link, pending, asked: () => asked };
}

const results = (observable: Observable<FetchResult>) => {
  const seen: FetchResult[] = [];
  let done = false;
  observable.subscribe({ next: (result) => seen.push(result), complete: () => (done = true) });
  return { seen, done: () => done };
};

describe('fresh reads (a read never lands older than a change already shown)', () => {
  it('a list read in flight when a mutation is answered is asked again; only its newer answer arrives', () => {
    const { link, pending, asked } = server();
    const client = ApolloLink.from([freshReadsLink(), link]);
    const list = results(execute(client, { query: LIST })); // e.g. the read after the socket connects
    const confirm = results(execute(client, { query: CONFIRM }));
    pending.splice(1, 1)[0](); // the mutation is answered first
    expect(confirm.seen).toEqual([{ data: { confirmPreparation: { id: 'a1', preparationMissing: null } } }]);
    pending.shift()!(); // then the list, read before the change
    expect(list.seen).toEqual([]); // held back
    expect(asked()).toBe(3); // list, mutation, list again
    pending.shift()!();
    expect(list.seen).toEqual([{ data: { applications: [{ id: 'a1', preparationMissing: null }] } }]);
    expect(list.done()).toBe(true);
  });

  it('a read with no change during it is asked once', () => {
    const { link, pending, asked } = server();
    const list = results(execute(ApolloLink.from([freshReadsLink(), link]), { query: LIST }));
    pending.shift()!();
    expect(list.seen).toEqual([{ data: { applications: [{ id: 'a1', preparationMissing: 'equipment' }] } }]);
    expect(list.done()).toBe(true);
    expect(asked()).toBe(1);
  });

  it('an event that lands during a read counts as a change too', () => {
    const { link, pending, asked } = server();
    const client = ApolloLink.from([freshReadsLink(), link]);
    const events = results(execute(client, { query: CHANGED }));
    const list = results(execute(client, { query: LIST }));
    pending.shift()!(); // the event
    pending.shift()!(); // the list, asked before it
    expect(events.seen).toHaveLength(1);
    expect(list.seen).toEqual([]);
    expect(asked()).toBe(3);
    pending.shift()!();
    expect(list.seen).toHaveLength(1);
  });

  it('under a stream of changes a read is asked at most three times, then its answer is taken', () => {
    const { link, pending, asked } = server();
    const client = ApolloLink.from([freshReadsLink(), link]);
    const list = results(execute(client, { query: LIST }));
    for (let change = 0; change < 3; change++) {
      execute(client, { query: CONFIRM }).subscribe({});
      pending.splice(1, 1)[0](); // a change is answered...
      pending.shift()!(); // ...before the list's answer
    }
    expect(asked()).toBe(6); // three lists, three mutations
    expect(list.seen).toHaveLength(1);
    expect(list.done()).toBe(true);
  });
});
