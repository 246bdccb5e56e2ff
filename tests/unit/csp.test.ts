import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cspDirectives,
  cspHash,
  directiveNames,
  headerPolicy,
  headersFile,
  policyProblems,
  scriptSources,
  securityHeaders,
  styleSources,
} from '../../src/lib/csp.ts';

const site = { directives: cspDirectives, scriptSources, styleSources, header: headerPolicy };

describe('the site policy', () => {
  it('has no problems: nothing unsafe, nothing a meta ignores, no header directive that would block hashed inline code', () => {
    expect(policyProblems(site)).toEqual([]);
  });

  it('allows scripts from the site and WASM compilation, never eval', () => {
    expect(scriptSources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(styleSources).toEqual(["'self'"]);
    expect(cspDirectives).toContain("default-src 'none'");
  });

  it('reads directive names from a header string and from a list', () => {
    expect(directiveNames("frame-ancestors 'none'; base-uri 'none';")).toEqual(['frame-ancestors', 'base-uri']);
    expect(directiveNames(["img-src 'self' data:", ' connect-src  x '])).toEqual(['img-src', 'connect-src']);
  });
});

describe('policyProblems guards', () => {
  it('refuses a directive a meta element ignores (and Chromium logs as an error)', () => {
    expect(policyProblems({ ...site, directives: [...cspDirectives, "frame-ancestors 'none'"] })).toEqual([
      'src/lib/csp.ts cspDirectives: "frame-ancestors" is ignored in a <meta> policy; put it in headerPolicy',
    ]);
  });

  it("refuses 'unsafe-inline' and 'unsafe-eval' wherever they appear, but not 'wasm-unsafe-eval'", () => {
    const problems = policyProblems({
      ...site,
      directives: [...cspDirectives, "style-src-attr 'unsafe-inline'"],
      scriptSources: ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
      styleSources: ["'self'", "'unsafe-hashes'"],
    });
    expect(problems).toEqual([
      `src/lib/csp.ts cspDirectives: "style-src-attr 'unsafe-inline'" allows unsafe sources; only 'self', 'wasm-unsafe-eval', data: images and hashes are allowed`,
      `src/lib/csp.ts scriptSources: "'unsafe-eval'" allows unsafe sources; only 'self', 'wasm-unsafe-eval', data: images and hashes are allowed`,
      `src/lib/csp.ts styleSources: "'unsafe-hashes'" allows unsafe sources; only 'self', 'wasm-unsafe-eval', data: images and hashes are allowed`,
    ]);
  });

  it('refuses a header policy that script-src or style-src would fall back to without the hashes', () => {
    const problems = policyProblems({ ...site, header: `default-src 'self'; script-src 'self'; ${headerPolicy}` });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/headerPolicy: "default-src" would apply without the per-build hashes/);
    expect(problems[1]).toMatch(/headerPolicy: "script-src"/);
  });
});

describe('the shipped headers', () => {
  it('public/_headers is exactly what src/lib/csp.ts says', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
    expect(headersFile()).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'none';/m);
  });

  it('the README gives every header, with the same value, for _headers, nginx and Apache', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, value] of securityHeaders) {
      expect(readme).toContain(`${name}: ${value}`);
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
      expect(readme).toContain(`Header always set ${name} "${value}"`);
    }
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 a browser compares an inline script with', () => {
    // The digest of the empty string, as CSP and Subresource Integrity write it.
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('alert(1)')).not.toBe(cspHash('alert(2)'));
  });
});
