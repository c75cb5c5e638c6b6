import { onScopeDispose, ref } from 'vue';

/** A clock that ticks every second, for live countdowns (CQ-3's 48 hours to arrange a meeting, GD-35's meeting time). */
export function useNow() {
  const now = ref(Date.now());
  const timer = setInterval(() => {
    now.value = Date.now();
  }, 1000);
  onScopeDispose(() => clearInterval(timer)); // with the component (or scope) that shows it
  return now;
}

/** Time left until `at` as H:MM:SS (negative: overdue, shown with a minus). */
export function remaining(at: string, now: number): string {
  const ms = new Date(at).getTime() - now;
  const total = Math.floor(Math.abs(ms) / 1000);
  const text = `${Math.floor(total / 3600)}:${String(Math.floor(total / 60) % 60).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  return ms < 0 ? `-${text}` : text;
}
