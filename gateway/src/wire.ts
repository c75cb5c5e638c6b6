import type { WebSocket } from 'ws';

/**
 * How much of a socket's output may wait unsent (the client reads too slowly, or its network stalled)
 * before the socket is closed: some thousands of changes of a screen's lists.
 */
export const MAX_UNSENT_BYTES = 1024 * 1024;

/**
 * Closed for that with 1013 ("try again later"): graphql-ws's client reconnects and subscribes again,
 * and the portals read their lists again once connected (portals/ui/src/apollo.ts).
 */
export const TOO_FAR_BEHIND = { code: 1013, reason: 'too far behind' } as const;

/**
 * One subscription's `next` messages, written straight to its socket. A group's result is serialized once
 * (`payloadJson`) and each subscriber's message is its own prefix around it, in the shape graphql-ws's server
 * sends (`{"id":…,"type":"next","payload":…}`). Through graphql-ws each subscriber's result was serialized
 * again and its send awaited before the next: with 5,000 subscribers that was about half of a delivery's
 * CPU (issue 16). graphql-ws still owns the subscription: it starts it, and ends it (open-subscription.ts),
 * after which nothing is written.
 */
export class SubscriptionWire {
  private readonly prefix: string;

  constructor(
    private readonly socket: WebSocket,
    id: string,
  ) {
    this.prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  }

  /** `closing`: the socket was closing already; `behind`: this message closed it for being too far behind. */
  send(payloadJson: string): 'sent' | 'closing' | 'behind' {
    if (this.socket.readyState !== this.socket.OPEN) return 'closing';
    if (this.socket.bufferedAmount > MAX_UNSENT_BYTES) {
      this.socket.close(TOO_FAR_BEHIND.code, TOO_FAR_BEHIND.reason);
      return 'behind';
    }
    this.socket.send(`${this.prefix}${payloadJson}}`);
    return 'sent';
  }
}
