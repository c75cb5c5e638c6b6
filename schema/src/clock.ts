/**
 * The platform's "now". Rules that depend on the day (YN-14 working days, deadlines) read it
 * here, so a test can move it (STYLE 8: a controllable clock for deadline rules).
 */
export const clock = {
  now: (): Date => new Date(),
};
