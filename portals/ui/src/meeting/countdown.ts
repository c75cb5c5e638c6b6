import { computed, ref, watch, type Ref } from 'vue';
import { useNow } from '../time-left.js';

/** The last minutes, when both sides' countdowns turn red. */
const ENDING_SECONDS = 5 * 60;

/**
 * GD-35: the countdown both sides see. The server says how many seconds are left (its own clock,
 * so a terminal's wrong clock does not matter); the screen counts down from there each second.
 */
export function useCountdown(secondsLeft: Ref<number | null | undefined>) {
  const deadline = ref<number | null>(null);
  const now = useNow();
  watch(
    secondsLeft,
    (seconds) => {
      deadline.value = typeof seconds === 'number' ? Date.now() + seconds * 1000 : null;
    },
    { immediate: true },
  );
  const left = computed(() => (deadline.value === null ? null : Math.max(0, Math.round((deadline.value - now.value) / 1000))));
  const text = computed(() =>
    left.value === null ? '--:--' : `${String(Math.floor(left.value / 60)).padStart(2, '0')}:${String(left.value % 60).padStart(2, '0')}`,
  );
  return { left, text, ending: computed(() => left.value !== null && left.value <= ENDING_SECONDS) };
}
