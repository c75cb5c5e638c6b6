import { en } from './en.js';
import { zhCN } from './zh-CN.js';

/**
 * One message catalogue per language (zh-CN default, en). The server never builds a user-facing
 * sentence: a decision or error carries a key and its parameters, and whoever shows it (a portal,
 * an SMS, a printed receipt) translates. Pure data and functions: loads in a browser too.
 */
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof zhCN>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
/** Every message key, e.g. 'rule.applyAhead'. */
export type MessageKey = Leaves<typeof zhCN>;
export type MessageParams = Record<string, string | number>;
export type Locale = 'zh-CN' | 'en';

export const MESSAGES: Record<Locale, Catalogue> = { 'zh-CN': zhCN, en };
export const DEFAULT_LOCALE: Locale = 'zh-CN';

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

export function hasMessage(key: string, locale: Locale = DEFAULT_LOCALE): boolean {
  return lookup(MESSAGES[locale], key) !== undefined;
}

/** The words for a key in a language, `{name}` filled from params; an unknown key comes back as itself. */
export function translate(key: string, params: MessageParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  const text = lookup(MESSAGES[locale], key) ?? lookup(MESSAGES[DEFAULT_LOCALE], key) ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A text kept by key (issue 14): what a server stores or returns as a decision (a rejection, a
 * refusal at the counter, an SMS's making), translated by whoever reads it, in the reader's language.
 * A parameter may itself be a keyed text (a reason inside "reason: note").
 */
export interface KeyedText {
  key: string;
  params?: KeyedParams;
}
export type KeyedParams = { [name: string]: string | number | KeyedText | KeyedText[] };

/** A keyed text's words in a language (zh-CN by default), keyed parameters translated first (a list joined the language's way). */
export function translateKeyed(text: KeyedText, locale: Locale = DEFAULT_LOCALE): string {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(text.params ?? {}))
    params[name] = Array.isArray(value)
      ? value.map((item) => translateKeyed(item, locale)).join(translate('decision.listSeparator', {}, locale))
      : typeof value === 'object'
        ? translateKeyed(value, locale)
        : value;
  return translate(text.key, params, locale);
}

/** Staff's own words (a conduct refusal, a written termination reason), kept as written. */
export const noteText = (note: string): KeyedText => ({ key: 'decision.note', params: { note } });

/** The caller's language from a `locale` argument: en when asked, zh-CN otherwise. */
export const localeOf = (locale: string | null | undefined): Locale => (locale === 'en' ? 'en' : DEFAULT_LOCALE);
