import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@vue/apollo-composable';
import type { Ref } from 'vue';

/** Inmates found as the officer types (300 ms debounce; nothing asked for an empty search), by the screen's own document. */
export const useInmateSearch = <Result>(document: TypedDocumentNode<Result, { search?: string | null }>, search: Ref<string>) =>
  useQuery(
    document,
    () => ({ search: search.value.trim() || null }),
    () => ({ enabled: search.value.trim().length > 0, debounce: 300 }),
  );
