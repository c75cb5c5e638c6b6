import DataLoader from 'dataloader';

const loaders = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * One batching loader per request context and name: entity references and parent lookups
 * become one `where id in (...)` query instead of one query per row (STYLE 3).
 */
export function batchLoader<T>(
  context: object,
  name: string,
  loadMany: (ids: readonly string[]) => Promise<T[]>,
  keyOf: (item: T) => string,
): DataLoader<string, T | null> {
  let byName = loaders.get(context);
  if (!byName) loaders.set(context, (byName = new Map()));
  let loader = byName.get(name) as DataLoader<string, T | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, T | null>(async (ids) => {
      const found = new Map((await loadMany(ids)).map((item) => [keyOf(item), item]));
      return ids.map((id) => found.get(id) ?? null);
    });
    byName.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}
