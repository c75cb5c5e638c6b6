import { onUnmounted, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorText } from '../errors.js';
import { useJoinMeeting, useReportConnectionLost } from '../api/meeting.ts';
import { takeSeat, type SeatTicket, type TakenSeat } from './seat.js';

/**
 * A party's seat in a meeting (the room's terminal, a lawyer's phone): join with this caller's ticket,
 * the other party's and this side's pictures, a failure in words. The camera goes off when the
 * meeting is no longer live or the screen goes; YN-18: a failed connection is reported once, while live.
 */
export function usePartySeat(meetingId: string, live: Ref<boolean>) {
  const { t } = useI18n();
  const other = ref<MediaStream | null>(null);
  const self = ref<MediaStream | null>(null);
  const problem = ref('');
  const connectionLost = ref(false);
  let seat: TakenSeat | null = null;
  const { mutate: join } = useJoinMeeting();
  const { mutate: report } = useReportConnectionLost();

  async function lost(): Promise<void> {
    if (connectionLost.value || !live.value) return;
    connectionLost.value = true;
    await report({ id: meetingId }).catch(() => undefined); // already closed by the other side or the clock
  }

  async function enter(): Promise<void> {
    try {
      const ticket = (await join({ id: meetingId }))?.data?.joinMeeting as SeatTicket;
      seat = await takeSeat(ticket, {
        remote: (_key, _who, stream) => {
          other.value = stream;
        },
        gone: () => {
          other.value = null;
        },
        local: (stream) => {
          self.value = stream;
        },
        lost,
      });
    } catch (error) {
      problem.value = errorText(error, t);
    }
  }

  async function leave(): Promise<void> {
    const taken = seat;
    seat = null;
    await taken?.leave();
  }

  onUnmounted(() => {
    leave();
  });
  // Over (time, termination, interruption): the camera goes off at once.
  watch(live, (isLive, wasLive) => {
    if (wasLive && !isLive) leave();
  });
  return { other, self, problem, connectionLost, enter, leave, joined: () => seat !== null };
}
