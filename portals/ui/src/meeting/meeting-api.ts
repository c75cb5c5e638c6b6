import { useQuery, useSubscription } from '@vue/apollo-composable';
import { gql } from '@apollo/client/core';
import { computed } from 'vue';
import { chinaToday } from '../dates.js';
import type { KeyedTextLike } from '../i18n.js';

/** What every meeting screen shows of a meeting: its state, the countdown both sides see (GD-35) and the warnings (GD-31). */
export const MEETING_FIELDS = `id state date privileged rulePack secondsLeft endReasonKeyed { key params rule } extensionApprover extendedMinutes
  warnings { id reason ground givenAt }
  warnGrounds { code labelKey needsText } stopGrounds { code labelKey needsText }
  application { id number subject { ... on Inmate { id name } ... on Detainee { id name } } visitors { name relation } }`;

export interface MeetingGround { code: string; labelKey: string; needsText: boolean }

export interface MeetingView {
  id: string; state: string; date: string; privileged: boolean; rulePack: string; secondsLeft: number | null; endReasonKeyed: KeyedTextLike | null;
  extensionApprover: string | null; extendedMinutes: number;
  warnings: { id: string; reason: string; ground: string | null; givenAt: string }[];
  /** GD-31 / YN-16 / YN-17 / SX-10: the pack's grounds staff pick from to warn or stop. */
  warnGrounds: MeetingGround[]; stopGrounds: MeetingGround[];
  application: { id: string; number: string; subject: { id: string; name: string }; visitors: { name: string; relation: string }[] };
}

export const MEETINGS_TODAY = gql`query MeetingsToday($date: String!) { meetings(date: $date) { ${MEETING_FIELDS} } }`;
export const MEETING = gql`query Meeting($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
/** Any meeting of the caller's changed: started, warned, extended, ended (the list refetches its day). */
export const MEETING_CHANGED = gql`subscription MeetingChanged($id: ID) { meetingChanged(id: $id) { ${MEETING_FIELDS} } }`;
export const START_MEETING = gql`mutation StartMeeting($id: ID!, $language: String!, $translatorPresent: Boolean!) {
  startMeeting(id: $id, language: $language, translatorPresent: $translatorPresent) { ${MEETING_FIELDS} } }`;
export const JOIN_MEETING = gql`mutation JoinMeeting($id: ID!) { joinMeeting(id: $id) { janusUrl plugin room pin token feed seat } }`;
export const WARN_MEETING = gql`mutation WarnMeeting($id: ID!, $ground: String!, $reason: String) { warnMeeting(id: $id, ground: $ground, reason: $reason) { ${MEETING_FIELDS} } }`;
export const TERMINATE_MEETING = gql`mutation TerminateMeeting($id: ID!, $ground: String!, $reason: String) { terminateMeeting(id: $id, ground: $ground, reason: $reason) { ${MEETING_FIELDS} } }`;
export const REPORT_CONNECTION_LOST = gql`mutation ReportConnectionLost($id: ID!) { reportConnectionLost(id: $id) { ${MEETING_FIELDS} } }`;

/** Today's meetings of the caller's institution or venue, live: any meeting started, warned or ended re-reads the day. */
export function useTodaysMeetings() {
  const { result, loading, error, refetch } = useQuery(MEETINGS_TODAY, () => ({ date: chinaToday() }), { fetchPolicy: 'cache-and-network' });
  useSubscription(MEETING_CHANGED, {}).onResult(() => refetch());
  return { meetings: computed<MeetingView[]>(() => result.value?.meetings ?? []), loading, error };
}
