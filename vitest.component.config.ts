import { getViteConfig } from 'astro/config';

// Component tests render .astro files with Astro's container API, so they need Astro's Vite setup.
export default getViteConfig({
  test: {
    include: ['tests/component/**/*.test.ts'],
  },
});
