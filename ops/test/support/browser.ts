import type { Locator, Page } from 'playwright-core';
import { freshTotpCode } from '../../src/authenticator.js';

/**
 * Browser checks shared by the portal tests: what a user without training needs from any screen
 * (targets a thumb can hit, text that can be read, nothing cut off, every field named).
 */

/** Controls smaller than 44 × 44 CSS px (WCAG 2.5.5), visible ones only, described for the failure message. */
export function smallTargets(page: Page, minimum = 44): Promise<string[]> {
  return page.evaluate((min) => {
    const selector =
      'button:not([disabled]), a[href], [role=radio], [role=tab], .el-input__wrapper, .el-select__wrapper, .el-textarea__inner, .el-collapse-item__header';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.offsetParent !== null && !element.closest('[aria-hidden=true], .el-popper'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < min - 0.5 || box.width < min - 0.5))
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, minimum);
}

/** Text whose contrast with what is behind it is below 4.5:1 (3:1 for large text), WCAG 1.4.3; disabled controls are exempt. */
export function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (value: string) => (value.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number) as [number, number, number, number?];
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    /** The colour behind an element: its own background or its ancestors', blended over white. */
    const background = (start: Element): number[] => {
      const layers: [number, number, number, number][] = [];
      for (let element: Element | null = start; element; element = element.parentElement) {
        const [r, g, b, a = 1] = rgba(getComputedStyle(element).backgroundColor);
        if (a > 0) layers.push([r, g, b, a]);
        if (a >= 1) break;
      }
      return layers
        .reverse()
        .reduce((under, [r, g, b, a]) => [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)], [255, 255, 255]);
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.offsetParent === null) continue;
      if (element.closest('[disabled], .is-disabled, [aria-hidden=true], .el-popper, .el-loading-mask')) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || Number(style.opacity) < 0.1) continue;
      const [r, g, b, a = 1] = rgba(style.color);
      const behind = background(element);
      const front = [r * a + behind[0] * (1 - a), g * a + behind[1] * (1 - a), b * a + behind[2] * (1 - a)];
      const [light, dark] = [luminance(front), luminance(behind)].sort((x, y) => y - x);
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5) - 0.01)
        found.push(`"${node.textContent.trim().slice(0, 24)}" ${style.color} on rgb(${behind.map(Math.round).join(',')}) ${ratio.toFixed(2)}:1`);
    }
    return found;
  });
}

/** Text cut off at the screen's edge, or the page wider than the screen (nothing to scroll sideways on a phone). */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`page ${document.documentElement.scrollWidth} px wide on a ${width} px screen`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.offsetParent === null || element.closest('.el-popper, [aria-hidden=true]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width && (box.right > width + 0.5 || box.left < -0.5))
        found.push(`"${node.textContent.trim().slice(0, 24)}" ${Math.round(box.left)}–${Math.round(box.right)}`);
      if (
        element.scrollWidth > element.clientWidth + 1 &&
        ['hidden', 'clip'].includes(getComputedStyle(element).overflowX) &&
        getComputedStyle(element).textOverflow !== 'ellipsis'
      )
        found.push(`"${node.textContent.trim().slice(0, 24)}" cut inside its box`);
    }
    return found;
  });
}

/** Form fields a screen reader cannot name (no label, aria-label or aria-labelledby). */
export function unlabelledFields(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]), textarea, select')]
      .filter((field) => field.offsetParent !== null && !field.closest('[aria-hidden=true]'))
      .filter((field) => !field.labels?.length && !field.getAttribute('aria-label') && !field.getAttribute('aria-labelledby'))
      .map((field) => `${field.tagName.toLowerCase()}[name=${field.name}]`),
  );
}

/** Presses Tab until the focused element matches `selector` (keyboard only, in the page's own focus order). */
export async function tabTo(page: Page, selector: string, most = 80): Promise<void> {
  for (let step = 0; step < most; step++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached by Tab`);
}

/**
 * Picks an Element Plus select's option. The list is a popper that a focus change closes while it opens
 * (a popconfirm giving focus back to its button, a table reloading under it), so a list that closed
 * before the click is opened again rather than waited on for the whole test.
 */
export async function chooseOption(page: Page, select: Locator, option: string | RegExp, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await select.click();
    try {
      await page.getByRole('option', { name: option }).click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Latin words in the rendered text outside the allow-list (names of things that are Latin in Chinese too). */
export function latinWords(text: string, allowed: RegExp[]): string[] {
  const words = text.match(/[A-Za-z][A-Za-z0-9_\-.]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
  return [...new Set(words.filter((word) => !allowed.some((pattern) => pattern.test(word))))];
}

/**
 * Issue 15: after the password, an administrator or supervisor gives its authenticator code on the
 * sign-in form (the demo, and givenStaffLogin, enrol them with DEMO_TOTP_SECRET); others go straight in.
 */
export async function passSecondFactor(page: Page, username: string): Promise<void> {
  const code = page.locator('input[name=totp]');
  await page.locator('input[name=totp], [role=tab], [role=alert]').first().waitFor();
  if (!(await code.isVisible())) return;
  await code.fill(await freshTotpCode(username));
  await code.press('Enter');
}

/**
 * Issue 19: after a sign-in the page holds no token a script could read: nothing like a JWT in
 * sessionStorage, localStorage or document.cookie; the session is the HttpOnly cookie only.
 */
export async function expectNoTokenInPage(page: Page): Promise<void> {
  const readable = await page.evaluate(() =>
    JSON.stringify({
      session: Object.fromEntries(Object.entries(sessionStorage)),
      local: Object.fromEntries(Object.entries(localStorage)),
      cookie: document.cookie,
    }),
  );
  const jwt = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
  if (jwt.test(readable)) throw new Error(`a token is readable by the page's scripts: ${readable}`);
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === 'rv_session');
  if (!session || !session.httpOnly || session.sameSite !== 'Strict' || session.path !== '/' || !jwt.test(session.value))
    throw new Error(
      `no HttpOnly, SameSite=Strict session cookie: ${JSON.stringify(cookies.map(({ name, httpOnly, sameSite, path }) => ({ name, httpOnly, sameSite, path })))}`,
    );
}
