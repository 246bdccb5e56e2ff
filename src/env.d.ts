// The code-block stylesheet, generated from the Shiki themes by src/integrations/code-styles.ts.
declare module 'virtual:pyradar/code.css';
