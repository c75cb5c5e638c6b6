import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, split } from '@apollo/client/core';
import { getMainDefinition } from '@apollo/client/utilities';
import { freshReadsLink } from './fresh-reads.js';
import { SESSION_HEADERS, session, signOut } from './session.js';

/** A link built on its first operation: the WebSocket client loads when a screen first subscribes, not with every first page. */
function lazyLink(load: () => Promise<ApolloLink>): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let subscription: { unsubscribe(): void } | undefined;
        let closed = false;
        (loading ??= load()).then(
          (link) => {
            if (!closed) subscription = link.request(operation, forward)?.subscribe(observer);
          },
          (error) => observer.error(error),
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
}

/**
 * The portal's client: queries and mutations over HTTP, subscriptions over graphql-ws on the same
 * origin; both carry the session in its HttpOnly cookie (issue 19), never a token of the page's own. Subscription results land in the normalized cache (typename
 * + id), so lists showing those objects update by themselves.
 */
export function createPortalClient(origin: Location = window.location): ApolloClient<unknown> {
  // Issue 15 / 19: a token the server no longer accepts (expired, or revoked: deactivated, reset, re-roled)
  // signs the tab out, so the sign-in form shows instead of errors.
  // (A plain link rather than @apollo/client/link/error: the family portal's first load stays ≤150 kB.)
  const ended = new ApolloLink((operation, forward) =>
    forward(operation).map((result) => {
      if (session.signedIn && result.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) signOut();
      return result;
    }),
  );
  const http = ended.concat(new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: SESSION_HEADERS }));
  const ws = lazyLink(async () => {
    const [{ GraphQLWsLink }, { createClient }] = await Promise.all([import('@apollo/client/link/subscriptions'), import('graphql-ws')]);
    return new GraphQLWsLink(
      createClient({
        url: `${origin.protocol === 'https:' ? 'wss' : 'ws'}://${origin.host}/graphql`,
        lazy: true,
        retryAttempts: Infinity,
        on: {
          // A change made before the socket was up (a slow first connection, or a reconnect after the
          // network dropped) reached no subscription: once connected and subscribed, read the lists again.
          connected: () => setTimeout(() => void client.refetchQueries({ include: 'active' }), 200),
          // 4401 the token expired, 4403 the account's tokens were revoked: the session is over.
          closed: (event) => {
            if (session.signedIn && [4401, 4403].includes((event as CloseEvent).code)) signOut();
          },
        },
      }),
    );
  });
  const isSubscription = ({ query }: { query: Parameters<typeof getMainDefinition>[0] }) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  };
  // The one union in the schema: fragments on Inmate and Detainee need to know they are Subjects.
  const cache = new InMemoryCache({ possibleTypes: { Subject: ['Inmate', 'Detainee'] } });
  // No deduplication: a list re-read after a mutation (or an event) must not join a read that was
  // already in flight from before the change, or it shows the old state until the next event.
  // freshReadsLink: nor may such a read, landing after a mutation's answer or an event, put the old state back.
  const client = new ApolloClient({ link: ApolloLink.from([freshReadsLink(), split(isSubscription, ws, http)]), cache, queryDeduplication: false });
  return client;
}
