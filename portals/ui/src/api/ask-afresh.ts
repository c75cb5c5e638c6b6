/**
 * A look-up started by a click (a lazy query): the first click loads it; load() does nothing once the
 * query has started, so each later click asks the server again.
 */
export async function askAfresh(query: { load(): false | Promise<unknown>; refetch(): Promise<unknown> | undefined }): Promise<void> {
  if (!(await query.load())) await query.refetch();
}
