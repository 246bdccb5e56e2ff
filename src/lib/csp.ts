import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy. Astro (`security.csp` in astro.config.mjs) writes it into a
 * `<meta http-equiv="content-security-policy">` on every page, adding to script-src and style-src the hashes of
 * the inline scripts and styles it emits. Only the site's own origin is allowed; nothing is allowed inline
 * without a hash, and no style attributes at all (code blocks use classes, see code-classes.ts).
 */
export const cspDirectives = [
  // Anything not named below is refused.
  "default-src 'none'",
  // The favicon; Pagefind's stylesheet draws its search icon as a data: SVG mask.
  "img-src 'self' data:",
  // Pagefind fetches its index and WASM, and runs a worker, from /pagefind/ under the base.
  "connect-src 'self'",
  "worker-src 'self'",
  // The header search form; no <base>, no plugins.
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
] as const;

/** A CSP hash source for an inline script or style Astro does not see (an `is:inline` script): 'sha256-…'. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** script-src: bundled scripts from the site; Pagefind compiles its WASM ('wasm-unsafe-eval' is not 'unsafe-eval'). */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** style-src: the site's stylesheets (and Pagefind's); inline <style> only by hash. */
export const styleSources = ["'self'"];

/**
 * The policy to send as an HTTP header (public/_headers and the README's server snippets). It adds what a meta
 * element cannot carry (frame-ancestors) and repeats only directives with no fallback: a header default-src or
 * script-src without the per-build hashes would block the inline scripts the meta allows, since both policies apply.
 */
export const headerPolicy = "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

/** The headers to send with every file: the policy above, no MIME sniffing, and no full URLs to other sites. */
export const securityHeaders: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', headerPolicy],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** Where the embed pages live: the one path other sites may frame. */
export const EMBED_PATHS = '/embed/*';

/** The header policy of the embed pages: the site's, except that any site may frame them. */
export const embedHeaderPolicy = headerPolicy.replace("frame-ancestors 'none'", 'frame-ancestors *');

/**
 * public/_headers, for hosts that read one (Netlify, Cloudflare Pages); a unit test keeps the file equal to this.
 * The embed rule comes after the site-wide one. Cloudflare Pages gives a request the headers of every rule that matches,
 * joining repeated names with commas (two policies, both enforced: still no framing), and "! Name" detaches what
 * earlier rules set, so the embed rule detaches the site-wide policy and sets its own. Netlify skips a line without a
 * colon, and for a header two matching rules both set, serves the later rule's value.
 */
export function headersFile(): string {
  const lines = securityHeaders.map(([name, value]) => `  ${name}: ${value}`);
  return [
    "# Security headers (src/lib/csp.ts); each page's CSP meta carries the rest of the policy.",
    '/*',
    ...lines,
    '# Embed pages may be framed by any site (see the README); the rest of the policy stays.',
    EMBED_PATHS,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${embedHeaderPolicy}`,
    '',
  ].join('\n');
}

/** Directives a policy in a <meta> element cannot carry: browsers ignore them and log an error. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/** Directives that script-src or style-src fall back to, or that are those: a header must not set them without the hashes. */
export const SCRIPT_STYLE_DIRECTIVES = /^(default-src|script-src(-elem|-attr)?|style-src(-elem|-attr)?)$/;

/** The names of a policy's directives: "a b; c d" → ["a", "c"]. */
export function directiveNames(policy: string | readonly string[]): string[] {
  const parts = typeof policy === 'string' ? policy.split(';') : policy;
  return parts.map((p) => p.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

export interface Policy {
  directives: readonly string[];
  scriptSources: readonly string[];
  styleSources: readonly string[];
  header: string;
}

/** What is wrong with the meta policy and the header policy, one line each; empty when they are safe together. */
export function policyProblems(policy: Policy): string[] {
  const problems: string[] = [];
  for (const name of directiveNames(policy.directives))
    if (HEADER_ONLY_DIRECTIVES.includes(name))
      problems.push(`src/lib/csp.ts cspDirectives: "${name}" is ignored in a <meta> policy; put it in headerPolicy`);
  const sources = [
    ...policy.directives.map((d) => ['cspDirectives', d] as const),
    ...policy.scriptSources.map((s) => ['scriptSources', s] as const),
    ...policy.styleSources.map((s) => ['styleSources', s] as const),
  ];
  for (const [where, value] of sources)
    if (/'unsafe-(inline|eval|hashes)'/.test(value))
      problems.push(
        `src/lib/csp.ts ${where}: "${value}" allows unsafe sources; only 'self', 'wasm-unsafe-eval', data: images and hashes are allowed`,
      );
  for (const name of directiveNames(policy.header))
    if (SCRIPT_STYLE_DIRECTIVES.test(name))
      problems.push(
        `src/lib/csp.ts headerPolicy: "${name}" would apply without the per-build hashes and block the inline scripts and styles the meta allows`,
      );
  return problems;
}
