/**
 * What graphql-ws reads a subscription from. It yields nothing: the bridge writes the subscription's
 * results to its socket itself (wire.ts). It ends with `return()`: graphql-ws calls it on the client's
 * `complete` and when the socket closes, the bridge when the gateway stops.
 */
export class OpenSubscription implements AsyncIterableIterator<never> {
  private ended = false;
  private readonly waiting: ((result: IteratorResult<never>) => void)[] = [];

  constructor(private readonly onEnd: () => void) {}

  get closed(): boolean {
    return this.ended;
  }

  next(): Promise<IteratorResult<never>> {
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<never>> {
    if (!this.ended) {
      this.ended = true;
      this.onEnd();
      for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
