// Prettier 3 (issue 19): `npm run format` rewrites, `npm run format:check` (in `npm test`) checks.
// What it must not touch (generated, checksummed, released migrations) is listed in .prettierignore.
/** @type {import('prettier').Config} */
export default {
  // The tree's own style. Measured on 2026-12-03 (lines changed by a whole-tree reformat): width 120 → 31,077
  // lines, 140 → 23,402, 160 → 18,215, 180 → 14,903; 160 is the widest the code reads well at, and most of its
  // long lines already end there.
  printWidth: 160,
  singleQuote: true,
  quoteProps: 'preserve',
  // Whitespace in Vue templates: 'css' (each element's CSS display) keeps the screens' text as Vue compiles it
  // (templates compiled before and after the reformat differ only in spaces before block elements, which a
  // browser does not show); 'strict' joined block elements such as <dt>/<dd> onto one line with a space that
  // Vue then keeps, and 'ignore' would drop spaces between inline elements.
  htmlWhitespaceSensitivity: 'css',
};
