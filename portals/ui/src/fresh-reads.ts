import { ApolloLink, Observable, type FetchResult, type Operation } from '@apollo/client/core';
import { getMainDefinition } from '@apollo/client/utilities';

/** How often a read is asked again before its answer is taken as it is (a busy event stream must not loop it). */
const MAX_REREADS = 2;

const kindOf = (operation: Operation) => {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' ? definition.operation : 'query';
};

/**
 * Read-after-write for the portal's cache: a query whose answer was read by the server before a
 * change that this page has already been told of (a mutation's answer, a subscription's event)
 * would put the old state back over the new one when it lands last, e.g. the list read again
 * when the socket connects, still in flight while the clerk's mutation is answered. Such a query
 * is asked again, and only its newer answer reaches the cache.
 */
export function freshReadsLink(): ApolloLink {
  let writesSeen = 0;
  return new ApolloLink((operation, forward) => {
    const kind = kindOf(operation);
    if (kind !== 'query')
      return forward(operation).map((result) => {
        writesSeen++;
        return result;
      });
    return new Observable<FetchResult>((observer) => {
      let current: { unsubscribe(): void } | undefined;
      const ask = (rereads: number) => {
        const before = writesSeen;
        let askedAgain = false;
        current = forward(operation).subscribe({
          next: (result) => {
            if (writesSeen !== before && rereads < MAX_REREADS) {
              askedAgain = true;
              ask(rereads + 1);
            } else observer.next(result);
          },
          error: (error) => observer.error(error),
          complete: () => {
            if (!askedAgain) observer.complete();
          },
        });
      };
      ask(0);
      return () => current?.unsubscribe();
    });
  });
}
