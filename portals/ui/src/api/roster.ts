import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import type { RosterFormat, RosterImportMode } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** The prison's and the detox centre's documents side by side: the same screen, only the names differ. */

export const CUSTODY_CHANGES = {
  prison: graphql(`
    query PrisonCustodyChanges($id: ID!) {
      changes: inmateCustodyChanges(inmateId: $id) {
        id
        kind
        active
        before
        after
        effectiveOn
        note
        source
        recordedAt
        cancelledMeetings
      }
    }
  `),
  detox: graphql(`
    query DetoxCustodyChanges($id: ID!) {
      changes: detaineeCustodyChanges(detaineeId: $id) {
        id
        kind
        active
        before
        after
        effectiveOn
        note
        source
        recordedAt
        cancelledMeetings
      }
    }
  `),
};

export const INSTITUTIONS = {
  prison: graphql(`
    query PrisonInstitutions {
      institutions: prisons {
        id
        name
      }
    }
  `),
  detox: graphql(`
    query DetoxInstitutions {
      institutions: detoxCentres {
        id
        name
      }
    }
  `),
};

export const RECORD_CUSTODY_CHANGE = {
  prison: graphql(`
    mutation PrisonRecordCustodyChange($id: ID!, $kind: CustodyChangeKind!, $on: String!, $active: Boolean, $value: String, $note: String) {
      change: recordInmateCustodyChange(input: { inmateId: $id, kind: $kind, effectiveOn: $on, active: $active, value: $value, note: $note }) {
        id
        cancelledMeetings
      }
    }
  `),
  detox: graphql(`
    mutation DetoxRecordCustodyChange($id: ID!, $kind: CustodyChangeKind!, $on: String!, $active: Boolean, $value: String, $note: String) {
      change: recordDetaineeCustodyChange(input: { detaineeId: $id, kind: $kind, effectiveOn: $on, active: $active, value: $value, note: $note }) {
        id
        cancelledMeetings
      }
    }
  `),
};

export const ROSTER_IMPORTS = {
  prison: graphql(`
    query PrisonRosterImports {
      imports: inmateImports(limit: 20) {
        id
        status
        source
        createdAt
        finishedAt
        fileName
        totalRows
        processedRows
        createdCount
        updatedCount
        unchangedCount
        rejectedCount
        errorCount
      }
    }
  `),
  detox: graphql(`
    query DetoxRosterImports {
      imports: detaineeImports(limit: 20) {
        id
        status
        source
        createdAt
        finishedAt
        fileName
        totalRows
        processedRows
        createdCount
        updatedCount
        unchangedCount
        rejectedCount
        errorCount
      }
    }
  `),
};

export const ROSTER_TEMPLATE = {
  prison: graphql(`
    query PrisonRosterTemplate($format: RosterFormat!, $locale: String) {
      file: inmateRosterTemplate(format: $format, locale: $locale) {
        fileName
        mimeType
        contentBase64
      }
    }
  `),
  detox: graphql(`
    query DetoxRosterTemplate($format: RosterFormat!, $locale: String) {
      file: detaineeRosterTemplate(format: $format, locale: $locale) {
        fileName
        mimeType
        contentBase64
      }
    }
  `),
};

export const START_IMPORT = {
  prison: graphql(`
    mutation PrisonStartImport($format: RosterFormat!, $mode: RosterImportMode, $fileName: String) {
      job: startInmateImport(format: $format, mode: $mode, fileName: $fileName) {
        id
      }
    }
  `),
  detox: graphql(`
    mutation DetoxStartImport($format: RosterFormat!, $mode: RosterImportMode, $fileName: String) {
      job: startDetaineeImport(format: $format, mode: $mode, fileName: $fileName) {
        id
      }
    }
  `),
};

export const APPEND_IMPORT = {
  prison: graphql(`
    mutation PrisonAppendImport($id: ID!, $chunk: String!) {
      job: appendInmateImport(id: $id, chunk: $chunk) {
        id
        receivedBytes
      }
    }
  `),
  detox: graphql(`
    mutation DetoxAppendImport($id: ID!, $chunk: String!) {
      job: appendDetaineeImport(id: $id, chunk: $chunk) {
        id
        receivedBytes
      }
    }
  `),
};

export const RUN_IMPORT = {
  prison: graphql(`
    mutation PrisonRunImport($id: ID!) {
      job: runInmateImport(id: $id) {
        id
        status
        source
        createdAt
        finishedAt
        fileName
        totalRows
        processedRows
        createdCount
        updatedCount
        unchangedCount
        rejectedCount
        errorCount
        errors {
          row
          column
          messageKey
          params
          message
        }
      }
    }
  `),
  detox: graphql(`
    mutation DetoxRunImport($id: ID!) {
      job: runDetaineeImport(id: $id) {
        id
        status
        source
        createdAt
        finishedAt
        fileName
        totalRows
        processedRows
        createdCount
        updatedCount
        unchangedCount
        rejectedCount
        errorCount
        errors {
          row
          column
          messageKey
          params
          message
        }
      }
    }
  `),
};

export const IMPORT_PROGRESS = {
  prison: graphql(`
    query PrisonImportProgress($id: ID!) {
      job: inmateImport(id: $id) {
        id
        status
        totalRows
        processedRows
      }
    }
  `),
  detox: graphql(`
    query DetoxImportProgress($id: ID!) {
      job: detaineeImport(id: $id) {
        id
        status
        totalRows
        processedRows
      }
    }
  `),
};

type Kind = keyof typeof CUSTODY_CHANGES;

/** A person's custody changes, kept fresh. */
export function useCustodyChanges(kind: Kind, id: () => string) {
  const query = useQuery(CUSTODY_CHANGES[kind], () => ({ id: id() }), { fetchPolicy: 'cache-and-network' });
  return { ...query, changes: computed(() => query.result.value?.changes ?? []) };
}
/** The institutions a person can be moved to, asked only of those who may record a change. */
export function useInstitutions(kind: Kind, enabled: () => boolean) {
  const query = useQuery(INSTITUTIONS[kind], {}, () => ({ enabled: enabled() }));
  return { ...query, institutions: computed(() => query.result.value?.institutions ?? []) };
}
export const useRecordCustodyChange = (kind: Kind) => useMutation(RECORD_CUSTODY_CHANGE[kind]);

/** The roster imports so far, kept fresh. */
export function useRosterImports(kind: Kind) {
  const query = useQuery(ROSTER_IMPORTS[kind], {}, { fetchPolicy: 'cache-and-network' });
  return { ...query, imports: computed(() => query.result.value?.imports ?? []) };
}
/**
 * A roster import step by step, each a plain request when called (the screen drives them): the template,
 * opening the import, its pieces, running it, and its progress asked afresh while it runs.
 */
export function useRosterImport(kind: Kind) {
  const { resolveClient } = useApolloClient();
  return {
    template: async (format: RosterFormat, locale: string) =>
      (await resolveClient().query({ query: ROSTER_TEMPLATE[kind], variables: { format, locale }, fetchPolicy: 'network-only' })).data.file,
    open: async (variables: { format: RosterFormat; mode: RosterImportMode; fileName: string }) =>
      (await resolveClient().mutate({ mutation: START_IMPORT[kind], variables })).data!.job.id,
    append: (id: string, chunk: string) => resolveClient().mutate({ mutation: APPEND_IMPORT[kind], variables: { id, chunk } }),
    run: async (id: string) => (await resolveClient().mutate({ mutation: RUN_IMPORT[kind], variables: { id } })).data!.job,
    progress: async (id: string) => (await resolveClient().query({ query: IMPORT_PROGRESS[kind], variables: { id }, fetchPolicy: 'network-only' })).data.job,
  };
}
