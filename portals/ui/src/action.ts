import { ElMessage } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { errorText } from './errors.js';

/**
 * What every button that changes something does: wait for the server, say it was done (or why
 * not, in the clerk's words by error code), then read the list again. Resolves whether it worked.
 */
export function useAction(refresh: () => Promise<unknown> | undefined = () => undefined) {
  const { t } = useI18n();
  return async function act(work: () => Promise<unknown>, doneKey: string): Promise<boolean> {
    try {
      await work();
      ElMessage.success(t(doneKey));
      await refresh();
      return true;
    } catch (problem) {
      ElMessage.error(errorText(problem, t));
      return false;
    }
  };
}
