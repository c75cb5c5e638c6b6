import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import type { MeetingReportQuery, SlotComplianceQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** The meeting report and the slot compliance (GD-13 / GD-14). */

export const MEETING_REPORT = graphql(`
  query MeetingReport($from: String!, $to: String!) {
    meetingReport(from: $from, to: $to) {
      month
      institutionId
      institutionName
      applications
      approved
      rejected
      withdrawn
      pending
      met
      noShows
      forfeited
      stopped
      terminated
      interrupted
      approvalRate
      decidedOnTime
      decidedLate
      overdue
      averageReviewHours
    }
  }
`);

export const SLOT_COMPLIANCE = graphql(`
  query SlotCompliance($month: String!) {
    slotCompliance(month: $month) {
      unitId
      unitName
      total
      minimum
      belowMinimum
      late
    }
  }
`);

/** The meeting report of a period of months, asked only for a valid period. */
export function useMeetingReport(period: () => { from: string; to: string }, valid: () => boolean) {
  const query = useQuery(MEETING_REPORT, period, () => ({ fetchPolicy: 'cache-and-network', enabled: valid() }));
  return { ...query, rows: computed<MeetingReportQuery['meetingReport']>(() => query.result.value?.meetingReport ?? []) };
}
/** GD-13 / GD-14: who published a month's slots late or too few, asked only for a valid month. */
export function useSlotCompliance(month: () => string, valid: () => boolean) {
  const query = useQuery(
    SLOT_COMPLIANCE,
    () => ({ month: month() }),
    () => ({ fetchPolicy: 'cache-and-network', enabled: valid() }),
  );
  return { ...query, flagged: computed<SlotComplianceQuery['slotCompliance']>(() => query.result.value?.slotCompliance ?? []) };
}
