// The code-block stylesheet, generated from the Shiki themes by src/integrations/code-styles.ts.
declare module 'virtual:pyradar/code.css';
// The ring colours, generated from content/rings by src/integrations/ring-styles.ts.
declare module 'virtual:pyradar/rings.css';
