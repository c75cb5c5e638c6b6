// @vitest-environment happy-dom
import { ErrorCode, forbidden, keyed, MESSAGES } from '@rv/schema/contract';
import type { GraphQLError } from 'graphql';
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { errorCode, errorText } from './errors.js';
import { createPortalI18n, mergeMessages, portalMessages, sharedMessages, useKeyedText, useServerText, type KeyedTextLike } from './i18n.js';

/** What Apollo hands a screen when the server refused: the error as it crossed the wire. */
const refused = (error: GraphQLError) => ({ graphQLErrors: [JSON.parse(JSON.stringify(error.toJSON()))] });
const legacy = (code: string, message: string) => ({ graphQLErrors: [{ message, extensions: { code } }] });

function portalIn(locale: 'zh-CN' | 'en') {
  localStorage.setItem('rv.locale', locale);
  const i18n = createPortalI18n({ 'zh-CN': {}, en: {} });
  return (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {});
}

afterEach(() => localStorage.clear());

describe('errors speak in keys; the portal translates them', () => {
  it('GD-21 refusal by key: Chinese by default, with the code’s words first', () => {
    const t = portalIn('zh-CN');
    expect(errorText(refused(keyed(ErrorCode.NOT_ELIGIBLE, 'rule.applyAhead', { days: 10 })), t)).toBe('不符合会见条件：须提前10日申请');
  });

  it('the same refusal in English on the switch, never a Chinese word in it', () => {
    const t = portalIn('en');
    const text = errorText(refused(keyed(ErrorCode.NOT_ELIGIBLE, 'rule.applyAhead', { days: 10 })), t);
    expect(text).toBe('Not eligible for a meeting: Apply at least 10 days ahead');
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('a specific refusal replaces the general words of its code', () => {
    expect(errorText(refused(forbidden('forbidden.ownCounterOnly')), portalIn('zh-CN'))).toBe('只能为本单位窗口受理的申请登记');
    expect(errorText(refused(forbidden('forbidden.ownCounterOnly')), portalIn('en'))).toBe(MESSAGES.en.forbidden.ownCounterOnly);
  });

  it('a key this portal does not know falls back to the code’s words, not the key', () => {
    const error = { graphQLErrors: [{ message: '新的说法', extensions: { code: 'FORBIDDEN', messageKey: 'newer.key', params: {} } }] };
    expect(errorText(error, portalIn('zh-CN'))).toBe('您无权进行此操作');
    expect(errorText(error, portalIn('en'))).toBe('You may not do this');
  });

  it('a message not yet keyed ("中文 (English)") shows only the side in the portal’s language', () => {
    const error = legacy('BAD_USER_INPUT', '起止日期无效 (Invalid period)');
    expect(errorText(error, portalIn('zh-CN'))).toBe('填写有误：起止日期无效');
    expect(errorText(error, portalIn('en'))).toBe('Please check what you entered: Invalid period');
  });

  it('a request refused before it ran (HTTP 503, the platform busy) shows the server’s words, not a network fault', () => {
    // What Apollo Client's HttpLink gives for a non-2xx answer: a ServerError carrying the parsed body.
    const busy = {
      graphQLErrors: [],
      networkError: Object.assign(new Error('Response not successful: Received status code 503'), {
        statusCode: 503,
        result: { errors: [{ message: '系统繁忙，请稍后再试', extensions: { code: 'SERVICE_UNAVAILABLE', messageKey: 'platform.busy', params: {} } }] },
      }),
    };
    expect(errorCode(busy)).toBe('SERVICE_UNAVAILABLE');
    expect(errorText(busy, portalIn('zh-CN'))).toBe('系统繁忙，请稍后再试');
    expect(errorText(busy, portalIn('en'))).toBe('The platform is busy; please try again in a moment');
  });

  it('no code and no answer: the words for the network or an internal fault', () => {
    expect(errorText({ graphQLErrors: [], networkError: new Error('down') }, portalIn('zh-CN'))).toBe('网络连接失败，请检查网络');
  });
});

describe('the shared catalogue inside every portal', () => {
  it('merges namespace by namespace, so the server’s and the portal’s words under one namespace both stay', () => {
    expect(mergeMessages({ review: { a: '1' } }, { review: { b: '2' } })).toEqual({ review: { a: '1', b: '2' } });
    const messages = portalMessages({ 'zh-CN': { app: { title: '监狱' } }, en: { app: { title: 'Prison' } } });
    expect(messages['zh-CN']).toMatchObject({ sms: { reasonUnstated: '未注明' }, app: { title: '监狱', signOut: '退出登录' }, relations: { SPOUSE: '配偶' } });
    expect(messages.en).toMatchObject({ relations: { SPOUSE: 'Spouse' } });
  });

  it('no word is both a server key and a portal key (one would silently hide the other)', () => {
    const leaves = (node: object, prefix = ''): string[] =>
      Object.entries(node).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`)));
    const server = new Set(leaves(MESSAGES['zh-CN']));
    expect(leaves(sharedMessages['zh-CN']).filter((key) => server.has(key))).toEqual([]);
  });
});

describe('a field that carries a server decision shows a key or the words', () => {
  /** A screen showing what the server stored: a rejection reason, a preparation gap, a refusal. */
  const Shown = defineComponent({
    props: { text: { type: String, required: true }, params: { type: Object, default: () => ({}) } },
    setup(props) {
      const said = useServerText();
      return () => h('p', said(props.text, props.params));
    },
  });
  const show = (locale: 'zh-CN' | 'en', text: string, params = {}) => {
    localStorage.setItem('rv.locale', locale);
    return mount(Shown, { props: { text, params }, global: { plugins: [createPortalI18n({ 'zh-CN': {}, en: {} })] } }).text();
  };

  it('a key is translated with its parameters, in the chosen language only', () => {
    expect(show('zh-CN', 'rule.applyAhead', { days: 3 })).toBe('须提前3日申请');
    expect(show('en', 'rule.applyAhead', { days: 3 })).toBe('Apply at least 3 days ahead');
    expect(show('en', 'platform.videoGatewayLost')).toBe('The video gateway was lost');
  });

  it('words typed by staff show as they are; an older "中文 (English)" sentence shows one side', () => {
    expect(show('en', '会见人大声喧哗，不听劝阻')).toBe('会见人大声喧哗，不听劝阻');
    expect(show('zh-CN', '审批结果将以短信通知 (The result is sent by SMS)')).toBe('审批结果将以短信通知');
    expect(show('en', '审批结果将以短信通知 (The result is sent by SMS)')).toBe('The result is sent by SMS');
  });
});

describe('a decision the server stored by key (issue 14) shows in the portal’s language only', () => {
  /** A screen showing a stored decision: a rejection, a check-in refusal, an SMS made from its key. */
  const Shown = defineComponent({
    props: { keyed: { type: Object, default: null }, words: { type: String, default: null } },
    setup(props) {
      const said = useKeyedText();
      return () => h('p', said(props.keyed as KeyedTextLike | null, props.words));
    },
  });
  const show = (locale: 'zh-CN' | 'en', keyed: KeyedTextLike | null, words: string | null = null) => {
    localStorage.setItem('rv.locale', locale);
    return mount(Shown, {
      props: { keyed: keyed ?? undefined, words: words ?? undefined },
      global: { plugins: [createPortalI18n({ 'zh-CN': {}, en: {} })] },
    }).text();
  };
  /** As GraphQL's KeyedText brings it: params a JSON object, a reason inside "reason: note". */
  const rejection = { key: 'decision.withNote', params: JSON.stringify({ reason: { key: 'reason.inmate.CONFINEMENT' }, note: '第二次违纪' }), rule: 'SX-9' };
  const sms = { key: 'sms.rejected', params: JSON.stringify({ number: '20261203-0000000001', reason: { key: 'reason.visitor.INVOLVED_IN_CASE' } }) };

  it('GD-26 / SX-9: a pack’s reason and the reviewer’s note, Chinese by default and English on the switch', () => {
    expect(show('zh-CN', rejection)).toBe('禁闭：第二次违纪');
    expect(show('en', rejection)).toBe('Confinement: 第二次违纪');
    expect(show('zh-CN', { key: 'reason.inmate.CONFINEMENT', params: '{}' })).toBe('禁闭');
    expect(show('en', { key: 'meetingDay.noOriginalId', params: '{}' })).toBe('No original ID');
  });

  it('an SMS in the log reads in the clerk’s language, its nested reason translated too; an older message shows as sent', () => {
    expect(show('zh-CN', sms)).toBe('【远程会见】您的会见申请（编号20261203-0000000001）未获批准，原因：与案件有牵连。');
    expect(show('en', sms)).toBe('Remote meetings: your application (no. 20261203-0000000001) is not approved. Reason: Involved in the subject’s case.');
    expect(show('en', null, '【远程会见】旧短信')).toBe('【远程会见】旧短信');
    expect(show('en', null)).toBe('');
  });
});
