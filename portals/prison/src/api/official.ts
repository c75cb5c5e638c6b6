import { useInmateSearch } from './inmate-search.ts';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import type { OfficialSessionsQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** YN-34: official sessions (courts, procuratorates, police) on their letter. */

export const OFFICIAL_SESSIONS = graphql(`
  query OfficialSessions {
    officialSessions {
      id
      organ
      issuedBy
      letterNumber
      purpose
      officials
      date
      minutes
      status
      inmate {
        id
        name
        inmateNumber
      }
    }
  }
`);

export const OFFICIAL_INMATES = graphql(`
  query OfficialInmates($search: String) {
    inmates(search: $search, limit: 20) {
      id
      name
      inmateNumber
    }
  }
`);

export const ARRANGE_OFFICIAL_SESSION = graphql(`
  mutation ArrangeOfficialSession($input: OfficialSessionInput!) {
    arrangeOfficialSession(input: $input) {
      joiningCode
      session {
        id
      }
    }
  }
`);

export const CANCEL_OFFICIAL_SESSION = graphql(`
  mutation CancelOfficialSession($id: ID!) {
    cancelOfficialSession(id: $id) {
      id
      status
    }
  }
`);

export function useOfficialSessions() {
  const query = useQuery(OFFICIAL_SESSIONS, null, { fetchPolicy: 'cache-and-network' });
  return { ...query, sessions: computed<OfficialSessionsQuery['officialSessions']>(() => query.result.value?.officialSessions ?? []) };
}
export const useOfficialInmates = (search: Ref<string>) => useInmateSearch(OFFICIAL_INMATES, search);
export const useArrangeOfficialSession = () => useMutation(ARRANGE_OFFICIAL_SESSION);
export const useCancelOfficialSession = () => useMutation(CANCEL_OFFICIAL_SESSION);
