// docsRoutes: GET /docs is a self-contained page: no URL to another host, CSP pinned to its code.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { docsPage, docsRoutes, escapeHtml } from './docs.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

describe('docsRoutes', () => {
  it('should serve an HTML page that loads /openapi.json from the same origin', async () => {
    const response = await docsRoutes().request('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('data-spec="/openapi.json"');
    expect(html).toContain('X-API-Key');
  });

  it('should contain no http(s) URL and no protocol-relative source', async () => {
    const html = await (await docsRoutes().request('/docs')).text();
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\/\//i);
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('should allow exactly its own inline script and style in the CSP', async () => {
    const response = await docsRoutes().request('/docs');
    const html = await response.text();
    const csp = response.headers.get('content-security-policy') ?? '';
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`script-src 'sha256-${sha256(script)}'`);
    expect(csp).toContain(`style-src 'sha256-${sha256(style)}'`);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'none'");
  });

  it('should escape the configured title and spec path', () => {
    const html = docsPage({ title: '<img onerror=x>', specPath: '/spec.json"><b>' });
    expect(html).toContain('<title>&lt;img onerror=x&gt;</title>');
    expect(html).toContain('data-spec="/spec.json&quot;&gt;&lt;b&gt;"');
  });

  it('should escape all five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
