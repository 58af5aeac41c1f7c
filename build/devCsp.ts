import type { Plugin } from 'vite';

/**
 * In development only, Vite injects an inline preamble, inline styles and an HMR socket; the
 * page's CSP meta is relaxed for exactly those. Production builds keep the strict policy.
 */
export function devCspPlugin(): Plugin {
  return {
    name: 'copydesk-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}
