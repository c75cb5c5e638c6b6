import { graphql } from '../gql/index.ts';

/** What anyone may read without signing in: notices, the rules, a result by number, the institutions. */

/** GD-39: notices of stopped meetings are public: families must know before they travel. */
export const NOTICES = graphql(`
  query Notices {
    suspensionNotices {
      id
      fromDate
      toDate
      messageKeyed {
        key
        params
      }
      issuedAt
    }
  }
`);
/** GD-26: the rules a family is told, from the province's own rule pack, in the language chosen. */
export const BRIEFINGS = graphql(`
  query Briefings($locale: String!) {
    rulesBriefings(locale: $locale) {
      rulePack
      name
      lines {
        topic
        text
      }
    }
  }
`);
/** GD-26: anyone holding the number and an ID number on the application can look the result up. */
export const RESULT = graphql(`
  query Result($number: String!, $idNumber: String!) {
    applicationResult(number: $number, idNumber: $idNumber) {
      number
      status
      serviceDate
      venue
      rejectionKeyed {
        key
        params
        rule
      }
    }
  }
`);
export const INSTITUTIONS = graphql(`
  query PublicInstitutions {
    prisons {
      id
      name
    }
    detoxCentres {
      id
      name
    }
  }
`);
