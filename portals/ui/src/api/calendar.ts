import { graphql } from '../gql/index.ts';

/** Published days (GD-13 / GD-14) and the open days families see. */

export const ME = graphql(`
  query Me {
    me {
      id
      tenantId
    }
  }
`);

export const SLOT_RULES = graphql(`
  query SlotRules($month: String!) {
    slotRules(month: $month) {
      publishBy {
        value
        rule
      }
      minimum {
        value
        rule
      }
      openDays
    }
  }
`);

export const PUBLISHED_DAYS = graphql(`
  query PublishedDays($institutionId: ID!, $month: String!) {
    serviceDays(institutionId: $institutionId, month: $month) {
      id
      date
      capacity
      taken
    }
  }
`);

export const OWN_COMPLIANCE = graphql(`
  query OwnCompliance($month: String!) {
    slotCompliance(month: $month) {
      unitId
      month
      total
      minimum
      belowMinimum
      late
    }
  }
`);

export const LOADED_YEARS = graphql(`
  query LoadedYears {
    calendarYears {
      year
    }
  }
`);

export const PUBLISH = graphql(`
  mutation Publish($days: [ServiceDayInput!]!) {
    publishServiceDays(days: $days) {
      id
      date
      capacity
      taken
    }
  }
`);

export const DAYS = graphql(`
  query Days($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {
    thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) {
      id
      date
      available
    }
    nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) {
      id
      date
      available
    }
  }
`);
