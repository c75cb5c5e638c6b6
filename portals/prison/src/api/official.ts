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
