import { errorText } from '@rv/ui';
import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';

/**
 * A form's problems where they belong: a server refusal naming one of the form's fields
 * (`extensions.field`) shows under that field, in the catalogue's words; any other (throttling,
 * the network) above the button.
 */
export function useFieldErrors<F extends string>(fields: readonly F[]) {
  const { t, te } = useI18n();
  const errors = reactive({}) as Partial<Record<F, string>>;
  const general = ref('');
  function clear(): void {
    for (const field of fields) delete errors[field];
    general.value = '';
  }
  function show(error: unknown): void {
    clear();
    const extensions = (error as { graphQLErrors?: { extensions?: { field?: unknown; messageKey?: unknown; params?: Record<string, unknown> } }[] })
      ?.graphQLErrors?.[0]?.extensions;
    const field = extensions?.field as F | undefined;
    const key = typeof extensions?.messageKey === 'string' ? extensions.messageKey : '';
    if (field && fields.includes(field) && te(key)) errors[field] = t(key, extensions?.params ?? {});
    else general.value = errorText(error, t);
  }
  /** A check in the browser before asking the server (a required field left empty). */
  function require(values: Partial<Record<F, string>>, words: Partial<Record<F, string>>): boolean {
    clear();
    for (const field of fields) if (field in values && !values[field]?.trim()) errors[field] = t('family.fieldRequired', { field: words[field] ?? '' });
    return fields.every((field) => !errors[field]);
  }
  return { errors, general, show, clear, require };
}
