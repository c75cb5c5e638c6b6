import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../gql/index.ts';

/** Lawyers' conduct: complaints and evaluations the bureau handles. */

export const LAWYER_CONDUCT_DESK = graphql(`
  query LawyerConductDesk($month: String!) {
    detentionCentres {
      id
      name
    }
    lawyerComplaints {
      id
      centreId
      contactId
      bookingId
      text
      wantsHearing
      filedAt
      status
      feedback
      heardInPerson
      answeredAt
    }
    lawyerViolations {
      id
      bookingId
      centreId
      ground
      groundRule
      details
      reportedAt
      status
      handling
      handledAt
    }
    lawyerRegistrations {
      name
      phoneMasked
      profile {
        accountId
        certificateNumber
        firm
        registeredAt
      }
    }
    lawyerMeetingFigures(month: $month) {
      centreId
      meetings
      held
      arranged
      averageWaitHours
      arrangedWithinDeadline
      deadlineCompliance
      complaints
      complaintsAnswered
      violations
      evaluations
      averageScore
    }
  }
`);

export const CENTRE_COMPLAINT_CONTACTS = graphql(`
  query CentreComplaintContacts($c: ID!) {
    complaintContacts(centreId: $c) {
      id
      organ
      organName
      contactName
      phone
    }
  }
`);

export const ANSWER_LAWYER_COMPLAINT = graphql(`
  mutation AnswerLawyerComplaint($id: ID!, $f: String!, $h: Boolean!) {
    answerLawyerComplaint(id: $id, feedback: $f, heardInPerson: $h) {
      id
      status
    }
  }
`);

export const HANDLE_LAWYER_VIOLATION = graphql(`
  mutation HandleLawyerViolation($id: ID!, $h: String!) {
    handleLawyerViolation(id: $id, handling: $h) {
      id
      status
    }
  }
`);

export const VERIFY_REGISTERED_LAWYER = graphql(`
  mutation VerifyRegisteredLawyer($a: ID!, $p: LawyerPracticeInput!) {
    verifyLawyer(accountId: $a, practice: $p) {
      accountId
      status
    }
  }
`);

export const REFUSE_LAWYER_REGISTRATION = graphql(`
  mutation RefuseLawyerRegistration($a: ID!, $r: String!) {
    refuseLawyerRegistration(accountId: $a, reason: $r) {
      accountId
      status
    }
  }
`);

/** The lawyer desk of a month: complaints, violations, figures, registrations, and the centres' names. */
export function useLawyerConductDesk(month: () => string) {
  const query = useQuery(LAWYER_CONDUCT_DESK, () => ({ month: month() }), { fetchPolicy: 'cache-and-network' });
  const result = query.result;
  return {
    ...query,
    centres: computed(() => result.value?.detentionCentres ?? []),
    complaints: computed(() => result.value?.lawyerComplaints ?? []),
    violations: computed(() => result.value?.lawyerViolations ?? []),
    figures: computed(() => result.value?.lawyerMeetingFigures ?? []),
    registrations: computed(() => result.value?.lawyerRegistrations ?? []),
  };
}
/** CQ-12: a centre's named complaint contacts, one plain query per centre. */
export function useCentreComplaintContacts() {
  const { resolveClient } = useApolloClient();
  return async (centreId: string) => (await resolveClient().query({ query: CENTRE_COMPLAINT_CONTACTS, variables: { c: centreId } })).data.complaintContacts;
}
export const useAnswerLawyerComplaint = () => useMutation(ANSWER_LAWYER_COMPLAINT);
export const useVerifyRegisteredLawyer = () => useMutation(VERIFY_REGISTERED_LAWYER);
export const useRefuseLawyerRegistration = () => useMutation(REFUSE_LAWYER_REGISTRATION);
export const useHandleLawyerViolation = () => useMutation(HANDLE_LAWYER_VIOLATION);
