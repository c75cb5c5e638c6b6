import { graphql } from '../gql/index.ts';

/** GD-33: visitors' misconduct: recommendations to suspend, accepted or declined. */

export const VISITOR_SANCTIONS = graphql(`
  query VisitorSanctions {
    visitorSanctions {
      id
      visitorName
      visitorIdNumberMasked
      months
      reason
      status
      endsOn
      recommendedAt
      barsVisitor
      policeReferral {
        reference
        policeUnit
      }
    }
  }
`);

export const DECIDE_VISITOR_SUSPENSION = graphql(`
  mutation DecideVisitorSuspension($id: ID!, $accept: Boolean!, $barVisitor: Boolean!) {
    decideVisitorSuspension(id: $id, accept: $accept, barVisitor: $barVisitor) {
      id
      status
      endsOn
      barsVisitor
    }
  }
`);

export const RECORD_POLICE_REFERRAL = graphql(`
  mutation RecordPoliceReferral($id: ID!, $policeUnit: String!, $reference: String!) {
    recordPoliceReferral(recommendationId: $id, policeUnit: $policeUnit, reference: $reference) {
      id
      reference
    }
  }
`);
