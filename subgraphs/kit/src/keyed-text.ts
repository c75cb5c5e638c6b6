import { localeOf, translate, translateKeyed, type KeyedParams, type KeyedText, type MessageKey } from '@rv/schema';
import { Arg, Directive, Field, ObjectType } from 'type-graphql';

/**
 * Issue 14: a decision as it is stored, by key. The portals translate `key` with `params` in their
 * own language; `text` gives the words for readers that cannot (zh-CN unless asked for en).
 */
@Directive('@shareable')
@ObjectType('KeyedText', { description: 'A decision kept by catalogue key: the reader translates key with params (zh-CN default, en)' })
export class KeyedTextView {
  @Field({ description: 'Catalogue key, e.g. reason.inmate.CONFINEMENT or decision.withNote' })
  key!: string;

  @Field({ description: 'The parameters as a JSON object; a parameter that is itself {key, params} is translated first' })
  params!: string;

  @Field(() => String, { nullable: true, description: 'The rule it cites, the applying pack’s own (null: none)' })
  rule!: string | null;

  private keyed!: KeyedText;

  @Field(() => String, { description: 'The words in a language: zh-CN (default) or en' })
  text(@Arg('locale', () => String, { defaultValue: 'zh-CN' }) locale: string): string {
    return translateKeyed(this.keyed, localeOf(locale));
  }

  static of(key: string | null | undefined, params: KeyedParams | null | undefined, rule: string | null = null): KeyedTextView | null {
    if (!key) return null;
    return Object.assign(new KeyedTextView(), { key, params: JSON.stringify(params ?? {}), rule, keyed: { key, params: params ?? {} } });
  }
}

/** A stored keyed text's words in the caller's language (the old plain-text fields, now derived). */
export function keyedWords(key: string | null | undefined, params: KeyedParams | null | undefined, locale: string | null | undefined): string | null {
  return key ? translateKeyed({ key, params: params ?? {} }, localeOf(locale)) : null;
}

/**
 * A regular expression (PostgreSQL's) matching a catalogue text's zh-CN words with its parameters
 * captured in order: migrations read words stored before issue 14 back into their key.
 */
export function wordsPattern(key: MessageKey, names: string[]): string {
  const template = translate(key, Object.fromEntries(names.map((name) => [name, `\u0000${name}\u0000`])));
  // The NUL marker is deliberate: it can never occur in a catalogue's text (or, after issue 19, in any input).
  // eslint-disable-next-line no-control-regex
  const marker = /\u0000\w+\u0000/;
  return `^${template
    .split(marker)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('(.+?)')}$`.replace(/\(\.\+\?\)\$$/, '(.+)$');
}

/** A text as a quoted SQL literal (for a migration's statements). */
export const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;
