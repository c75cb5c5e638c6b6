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
