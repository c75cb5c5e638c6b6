import { graphql } from '../gql/index.ts';

/** Applications at the venue: filed at the counter, pending, pre-reviewed (YN-8), put first (GD-4). */

export const RELATIVES_AT_COUNTER = graphql(`
  query RelativesAtCounter($idNumber: String!) {
    relativesAtCounter(idNumber: $idNumber) {
      id
      subjectId
      visitorName
      relation
      subject {
        ... on Inmate {
          id
          name
          institution: prison {
            id
            name
          }
        }
        ... on Detainee {
          id
          name
          institution: centre {
            id
            name
          }
        }
      }
    }
  }
`);

export const FILE_AT_COUNTER = graphql(`
  mutation FileAtCounter($applicant: ApplicantInput!, $input: SubmitApplicationInput!) {
    fileAtCounter(applicant: $applicant, input: $input) {
      receivedAt
      placeName
      placeAddress
      placePhone
      howToCheckKey
      applicant
      application {
        number
        status
        rulePack
        serviceDay {
          date
        }
        subject {
          ... on Inmate {
            name
            institution: prison {
              name
            }
          }
          ... on Detainee {
            name
            institution: centre {
              name
            }
          }
        }
      }
    }
  }
`);

export const PENDING = graphql(`
  query PendingAtVenue {
    applications(limit: 200, status: SUBMITTED) {
      id
      number
      stageDueOn
      institutionOverdue
      priority
      priorityCategory
      priorityNote
      serviceDay {
        date
      }
      subject {
        ... on Inmate {
          name
        }
        ... on Detainee {
          name
        }
      }
      visitors {
        name
      }
    }
  }
`);

export const PENDING_CHANGED = graphql(`
  subscription PendingChanged {
    applicationChanged {
      id
      status
    }
  }
`);

export const PRIORITIZE = graphql(`
  mutation Prioritize($id: ID!, $category: PriorityCategory!, $note: String) {
    prioritizeApplication(id: $id, category: $category, note: $note) {
      id
      priority
      priorityCategory
      priorityNote
    }
  }
`);

export const QUEUE = graphql(`
  query PreReviewQueue {
    preReviewQueue {
      id
      number
      status
      stage
      stageDueOn
      meetingTime
      rejectionKeyed {
        key
        params
        rule
      }
      serviceDay {
        date
      }
      subject {
        ... on Inmate {
          name
        }
        ... on Detainee {
          name
        }
      }
      venue {
        name
      }
      visitors {
        name
        relation
        idNumberMasked
      }
      preReviewReasons {
        code
        labelKey
        needsText
      }
    }
  }
`);

export const PRE_REVIEW_CHANGED = graphql(`
  subscription PreReviewChanged {
    applicationChanged {
      id
      status
    }
  }
`);

export const FORWARD = graphql(`
  mutation Forward($id: ID!) {
    forwardApplication(id: $id) {
      id
      stage
    }
  }
`);

export const PRE_REVIEW = graphql(`
  mutation PreReview($id: ID!, $approve: Boolean!, $reasonCode: String, $reason: String) {
    preReview(id: $id, approve: $approve, reasonCode: $reasonCode, reason: $reason) {
      id
      stage
      status
    }
  }
`);

export const NOTIFY_FAMILY = graphql(`
  mutation NotifyFamily($id: ID!) {
    notifyFamily(id: $id) {
      id
      stage
    }
  }
`);
