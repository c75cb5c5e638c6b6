import { describe, expect, it } from 'vitest';
import { MediaGateway } from './media-gateway.js';

/** Two healthy nodes, a and b, probed just now (placement asks no Janus), with no participants on either. */
function twoNodes(): MediaGateway {
  const media = new MediaGateway({
    nodes: ['a', 'b'].map((name) => ({ name, url: 'ws://127.0.0.1:9', publicUrl: 'ws://127.0.0.1:9', adminKey: 'key', apiSecret: 'secret' })),
    tokenSecret: 'token-secret',
    recordingsDir: '/tmp',
  });
  for (const node of media.nodes) node.health = { up: true, checkedAt: Date.now(), rooms: 0, participants: 0 };
  return media;
}

/** A promise and the function that settles it. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('issue 19: a meeting room goes to the least-loaded Janus node, counting the rooms this replica is placing', () => {
  it('starts at the same instant read the same records and are spread as if one after another', async () => {
    const media = twoNodes();
    const opened = deferred<string>();
    const records = { a: 0, b: 2 };
    const starts = [1, 2, 3, 4].map(() =>
      media.place(
        async () => ({ ...records }),
        () => opened.promise,
      ),
    );
    opened.resolve('room');
    const placed = await Promise.all(starts);
    expect(placed.map((start) => start.node.name)).toEqual(['a', 'a', 'a', 'b']);
  });

  it('a start that was recorded while another one read the records still counts for that one', async () => {
    const media = twoNodes();
    const records: Record<string, number> = { a: 0, b: 2 };
    // The fourth start's read began before the other three were recorded, and returns what it read then.
    const slowRead = deferred<void>();
    const readBefore = { ...records };
    const fourth = media.place(
      () => slowRead.promise.then(() => readBefore),
      async () => 'room',
    );
    for (let i = 0; i < 3; i++) {
      const start = await media.place(
        async () => ({ ...records }),
        async () => 'room',
      );
      records[start.node.name]++;
      start.placed();
    }
    expect(records).toEqual({ a: 3, b: 2 });
    slowRead.resolve();
    const last = await fourth;
    expect(last.node.name).toBe('b');
    records.b++;
    last.placed();
    // Once every read has seen them, recorded rooms count only in the records: a is first again.
    const next = await media.place(
      async () => ({ ...records }),
      async () => 'room',
    );
    expect(next.node.name).toBe('a');
  });
});
