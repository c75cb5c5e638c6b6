import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../gql/index.ts';
import type { FamilyDaysQuery, MineFieldsFragment, MyRelativesQuery, VenuesQuery } from '../gql/graphql.ts';

/** Applying and following one's applications: the family's relatives, the days, the places, the applications. */

/** GD-17 / GD-19: the relatives registered for the signed-in family, with their pack and months (GD-11). */
export const MY_RELATIVES = graphql(`
  query MyRelatives($months: [String!]!) {
    myRelatives {
      id
      subjectId
      visitorName
      relation
      rulePack
      ownIdNumber
      monthsUsed(months: $months) {
        month
        used
        allowed
        blockedBy
      }
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

/** GD-13: an institution's published days of two months (full ones too, to mark them), and the years the calendar holds. */
export const DAYS = graphql(`
  query FamilyDays($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {
    thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) {
      id
      date
      available
      capacity
      closedBy
    }
    nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) {
      id
      date
      available
      capacity
      closedBy
    }
    calendarYears {
      year
    }
  }
`);

export const VENUES = graphql(`
  query Venues {
    countyBureaus {
      id
      name
      kind
      region
      address
      rulePack
    }
  }
`);

export const SUBMIT = graphql(`
  mutation Apply($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      id
      number
      status
    }
  }
`);

export const MINE = graphql(`
  fragment MineFields on Application {
    id
    number
    status
    rulePack
    rejectionKeyed {
      key
      params
      rule
    }
    meetingTime
    submittedAt
    serviceDay {
      id
      date
    }
    venue {
      id
      name
      kind
      region
      address
      rulePack
    }
    subject {
      ... on Inmate {
        id
        name
      }
      ... on Detainee {
        id
        name
      }
    }
  }
`);

export const MY_APPLICATIONS = graphql(`
  query MyApplications {
    applications(limit: 50) {
      ...MineFields
    }
  }
`);
export const ONE_APPLICATION = graphql(`
  query OneApplication($id: ID!) {
    application(id: $id) {
      ...MineFields
    }
  }
`);
/** GD-26: a decision reaches the family's page at once; the cache updates the card by its id. */
export const APPLICATION_CHANGED = graphql(`
  subscription MyApplicationChanged {
    applicationChanged {
      id
      status
      rejectionKeyed {
        key
        params
        rule
      }
      meetingTime
    }
  }
`);
export const WITHDRAW = graphql(`
  mutation Withdraw($id: ID!) {
    cancelApplication(id: $id) {
      id
      status
    }
  }
`);

export type Relative = MyRelativesQuery['myRelatives'][number];
export type MonthUse = Relative['monthsUsed'][number];
export type ServiceDay = FamilyDaysQuery['thisMonth'][number];
export type Venue = VenuesQuery['countyBureaus'][number];
export type Mine = MineFieldsFragment;

/** GD-17 / GD-11: the family's relatives in custody, with each one's use of the given months. */
export function useMyRelatives(months: string[]) {
  const query = useQuery(MY_RELATIVES, { months }, { fetchPolicy: 'cache-and-network' });
  return { ...query, relatives: computed<Relative[]>(() => query.result.value?.myRelatives ?? []) };
}
/** GD-13: an institution's published days of two months and the calendar's loaded years; asked once an institution is known. */
export const useFamilyDays = (institutionId: () => string | undefined, months: string[]) =>
  useQuery(
    DAYS,
    () => ({ institutionId: institutionId() ?? '', thisMonth: months[0], nextMonth: months[1] }),
    () => ({ enabled: Boolean(institutionId()), fetchPolicy: 'cache-and-network' }),
  );
export function useVenues() {
  const query = useQuery(VENUES);
  return { ...query, venues: computed<Venue[]>(() => query.result.value?.countyBureaus ?? []) };
}
/** Submitting refreshes the family's list and the relatives' month use. */
export const useSubmitApplication = () => useMutation(SUBMIT, { refetchQueries: ['MyApplications', 'MyRelatives'] });
/** The family's applications, updated in the cache by every change (approved, rejected, started…). */
export function useMyApplications() {
  const query = useQuery(MY_APPLICATIONS, null, { fetchPolicy: 'cache-and-network' });
  useSubscription(APPLICATION_CHANGED);
  return { ...query, applications: computed<Mine[]>(() => query.result.value?.applications ?? []) };
}
export function useOneApplication(id: () => string) {
  const query = useQuery(ONE_APPLICATION, () => ({ id: id() }));
  return { ...query, application: computed<Mine | undefined>(() => query.result.value?.application) };
}
export const useWithdraw = () => useMutation(WITHDRAW);
