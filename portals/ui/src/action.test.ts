// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { ElButton } from 'element-plus';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { useAction } from './action.js';
import { createPortalI18n } from './i18n.js';

/** A promise the test settles by hand, standing for the server's answer. */
function answer<T>() {
  let settle!: { resolve: (value: T) => void; reject: (problem: unknown) => void };
  const promise = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const toasts = () => [...document.querySelectorAll('.el-message')].map((toast) => toast.textContent?.trim());

/** Two rows' approve buttons, as a review queue draws them. */
function mountRows(work: (row: string) => Promise<unknown>, refresh: () => Promise<unknown>) {
  const calls: string[] = [];
  const Rows = defineComponent({
    setup() {
      const act = useAction(refresh);
      const approve = (row: string) =>
        act(
          () => {
            calls.push(row);
            return work(row);
          },
          'review.approved',
          row,
        );
      return () => ['a', 'b'].map((row) => h(ElButton, { class: `row-${row}`, loading: act.busy(row), onClick: () => approve(row) }, () => row));
    },
  });
  return { wrapper: mount(Rows, { global: { plugins: [createPortalI18n({ 'zh-CN': {}, en: {} })] } }), calls };
}

describe('a button that waits for the server (useAction)', () => {
  it('spins only on the clicked row while it waits, ignores a second click, says done and re-reads the list', async () => {
    const server = answer<void>();
    let refreshed = 0;
    const { wrapper, calls } = mountRows(
      () => server.promise,
      async () => {
        refreshed += 1;
      },
    );
    await wrapper.find('.row-a').trigger('click');
    await nextTick();
    expect(wrapper.find('.row-a').classes()).toContain('is-loading');
    expect(wrapper.find('.row-b').classes()).not.toContain('is-loading');
    await wrapper.find('.row-a').trigger('click'); // an impatient second click: not sent again
    expect(calls).toEqual(['a']);

    server.resolve();
    await flush();
    await nextTick();
    expect(wrapper.find('.row-a').classes()).not.toContain('is-loading');
    expect(refreshed).toBe(1);
    expect(toasts()).toContain('已批准');
    wrapper.unmount();
  });

  it('a refusal is told in the clerk’s words by its code, and the button is free again', async () => {
    const server = answer<void>();
    let refreshed = 0;
    const { wrapper, calls } = mountRows(
      () => server.promise,
      async () => {
        refreshed += 1;
      },
    );
    await wrapper.find('.row-b').trigger('click');
    server.reject({ graphQLErrors: [{ message: 'tenant mismatch', extensions: { code: 'FORBIDDEN' } }] });
    await flush();
    await nextTick();
    expect(toasts()).toContain('您无权进行此操作');
    expect(refreshed).toBe(0);
    expect(wrapper.find('.row-b').classes()).not.toContain('is-loading');
    await wrapper.find('.row-b').trigger('click');
    expect(calls).toEqual(['b', 'b']);
    wrapper.unmount();
  });
});
