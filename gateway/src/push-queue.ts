/** An async iterator fed by push(): what graphql-ws reads a subscription's results from. */
export class PushQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private done = false;

  constructor(
    private readonly onClose: () => void,
    private readonly maxBuffered = 100,
  ) {}

  push(value: T): void {
    if (this.done) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter({ value, done: false });
    else if (this.buffered.length < this.maxBuffered) this.buffered.push(value);
    // A subscriber that stops reading loses the oldest changes rather than the gateway's memory.
    else this.buffered.splice(0, 1, value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length) return Promise.resolve({ value: this.buffered.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.onClose();
      for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
