import { ElMessage } from 'element-plus';
import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorText } from './errors.js';

/**
 * What every button that changes something does: wait for the server, say it was done (or why
 * not, in the clerk's words by error code), then read the list again. Resolves whether it worked.
 * Each action runs under a key (by default its done message; a row's button adds the row): while it
 * waits, `act.busy(key)` is true for that button's spinner, and a second click does nothing.
 */
export function useAction(refresh: () => Promise<unknown> | undefined = () => undefined) {
  const { t } = useI18n();
  const running = reactive(new Set<string>());
  async function act(work: () => Promise<unknown>, doneKey: string, key = doneKey): Promise<boolean> {
    if (running.has(key)) return false;
    running.add(key);
    try {
      await work();
      ElMessage.success(t(doneKey));
      await refresh();
      return true;
    } catch (problem) {
      ElMessage.error(errorText(problem, t));
      return false;
    } finally {
      running.delete(key);
    }
  }
  return Object.assign(act, { busy: (key: string) => running.has(key) });
}
