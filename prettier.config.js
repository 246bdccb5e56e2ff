// Prettier formats only .astro files (Biome formats the rest); options match biome.jsonc.
/** @type {import("prettier").Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: ['*.astro'], options: { parser: 'astro' } }],
};
