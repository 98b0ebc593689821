// GET /docs: a self-contained API explorer for /openapi.json; no CDN, no external URL.
import { createHash } from 'node:crypto';
import { Hono } from 'hono';

// No local docs-UI package is installed, and gateways in government networks reach no CDN, so the
// page is written here. It renders with textContent only: nothing from the spec becomes markup.
const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
main{max-width:1040px;margin:0 auto;padding:1rem 1.5rem}
header{border-bottom:2px solid #d0d7de;margin-bottom:1rem}
h1{margin:.2rem 0}h2{margin-top:2rem}
details{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:.4rem 0;padding:.4rem .8rem}
summary{cursor:pointer;font-family:ui-monospace,monospace}
.m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}
.get{color:#0969da}.post{color:#1a7f37}.put,.patch{color:#9a6700}.delete{color:#cf222e}
table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #d0d7de;padding:.2rem .5rem;text-align:left}
pre{background:#f0f2f4;padding:.6rem;overflow:auto;max-height:28rem}
label{display:block;margin:.3rem 0}input,textarea{font:inherit;width:100%;box-sizing:border-box}
textarea{font-family:ui-monospace,monospace;min-height:8rem}
button{margin:.4rem 0;padding:.3rem 1rem}.key{max-width:28rem;display:block}.err{color:#cf222e}
.tag{font-size:.8rem;color:#57606a;margin-left:.6rem}
`;

const SCRIPT = String.raw`
(() => {
  'use strict';
  const root = document.getElementById('app');
  const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
  const el = (tag, props, children) => {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children || []) {
      if (child !== null && child !== undefined) {
        node.append(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    }
    return node;
  };
  const pretty = (value) => JSON.stringify(value, null, 2);
  let spec = {};
  const deref = (node, seen) => {
    if (!node || typeof node.$ref !== 'string') return node || {};
    if (seen.has(node.$ref) || seen.size > 20) return { description: 'see ' + node.$ref };
    seen.add(node.$ref);
    let target = spec;
    for (const part of node.$ref.replace(/^#\//, '').split('/')) {
      target = target ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    return deref(target, seen);
  };
  const sample = (raw, depth) => {
    const schema = deref(raw, new Set());
    if (depth > 6) return null;
    if (schema.example !== undefined) return schema.example;
    if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
    if (Array.isArray(schema.enum)) return schema.enum[0];
    if (schema.const !== undefined) return schema.const;
    const choice = schema.oneOf || schema.anyOf;
    if (Array.isArray(choice) && choice.length) return sample(choice[0], depth + 1);
    if (Array.isArray(schema.allOf)) {
      return Object.assign({}, ...schema.allOf.map((part) => sample(part, depth + 1)));
    }
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    if (type === 'object' || schema.properties) {
      const out = {};
      for (const [name, prop] of Object.entries(schema.properties || {})) {
        out[name] = sample(prop, depth + 1);
      }
      return out;
    }
    if (type === 'array') return [sample(schema.items, depth + 1)];
    if (type === 'integer' || type === 'number') return schema.minimum || 0;
    if (type === 'boolean') return false;
    if (type === 'string') return schema.format === 'date' ? '2025-01-31' : '';
    return null;
  };
  const keyInput = el('input', { type: 'password', className: 'key', placeholder: 'X-API-Key' });
  const paramsOf = (pathItem, op) =>
    [...(pathItem.parameters || []), ...(op.parameters || [])].map((p) => deref(p, new Set()));
  const tryIt = (path, method, params, bodySchema) => {
    const inputs = params.map((p) => ({
      p,
      input: el('input', { placeholder: p.in + (p.required ? ', required' : '') }),
    }));
    const body = bodySchema
      ? el('textarea', { value: pretty(sample(bodySchema, 0)), spellcheck: false })
      : null;
    const out = el('pre', { textContent: 'No request sent yet.' });
    const send = async () => {
      const headers = {};
      const query = new URLSearchParams();
      let url = path;
      for (const { p, input } of inputs) {
        const value = input.value;
        if (p.in === 'path') url = url.replace('{' + p.name + '}', encodeURIComponent(value));
        else if (value && p.in === 'query') query.append(p.name, value);
        else if (value && p.in === 'header') headers[p.name] = value;
      }
      if (keyInput.value) headers['X-API-Key'] = keyInput.value;
      if (body) headers['Content-Type'] = 'application/json';
      if (query.size) url += '?' + query.toString();
      out.textContent = 'Sending…';
      try {
        const init = { method: method.toUpperCase(), headers, credentials: 'same-origin' };
        if (body) init.body = body.value;
        const res = await fetch(url, init);
        const text = await res.text();
        let shown = text;
        try { shown = pretty(JSON.parse(text)); } catch {}
        const id = res.headers.get('x-request-id') || '-';
        out.textContent = res.status + ' ' + res.statusText + '  (request id ' + id + ')\n\n' + shown;
      } catch (error) {
        out.textContent = 'Request failed: ' + String(error);
      }
    };
    return el('div', {}, [
      el('h4', { textContent: 'Try it' }),
      ...inputs.map(({ p, input }) => el('label', {}, [p.name, input])),
      body ? el('label', {}, ['Body (application/json)', body]) : null,
      el('button', { type: 'button', textContent: 'Send', onclick: send }),
      out,
    ]);
  };
  const operation = (path, method, pathItem, op) => {
    const params = paramsOf(pathItem, op);
    const content = op.requestBody && deref(op.requestBody, new Set()).content;
    const json = content && (content['application/json'] || Object.values(content)[0]);
    const rows = params.map((p) =>
      el('tr', {}, [p.name, p.in, p.required ? 'yes' : 'no', pretty(p.schema || {})]
        .map((text) => el('td', {}, [el('code', { textContent: text })]))),
    );
    const responses = Object.entries(op.responses || {}).map(([status, r]) =>
      el('li', { textContent: status + ': ' + (deref(r, new Set()).description || '') }),
    );
    return el('details', {}, [
      el('summary', {}, [
        el('span', { className: 'm ' + method, textContent: method }),
        path + (op.summary ? ' — ' + op.summary : ''),
        el('span', { className: 'tag', textContent: (op.tags || []).join(', ') }),
      ]),
      op.description ? el('p', { textContent: op.description }) : null,
      rows.length ? el('table', {}, [el('tr', {}, ['name', 'in', 'required', 'schema']
        .map((h) => el('th', { textContent: h }))), ...rows]) : null,
      json ? el('h4', { textContent: 'Request body' }) : null,
      json ? el('pre', { textContent: pretty(json.schema || {}) }) : null,
      el('h4', { textContent: 'Responses' }),
      el('ul', {}, responses),
      tryIt(path, method, params, json && json.schema),
    ]);
  };
  const render = () => {
    const info = spec.info || {};
    const sections = [];
    for (const [path, pathItem] of Object.entries(spec.paths || {})) {
      if (!path.startsWith('/') || path.startsWith('//')) continue;
      for (const method of METHODS) {
        if (pathItem[method]) sections.push(operation(path, method, pathItem, pathItem[method]));
      }
    }
    const schemas = Object.entries((spec.components && spec.components.schemas) || {});
    root.replaceChildren(
      el('header', {}, [
        el('h1', { textContent: (info.title || 'API') + ' ' + (info.version || '') }),
        el('p', { textContent: info.description || '' }),
        el('label', {}, ['API key, sent as X-API-Key with "Try it"', keyInput]),
      ]),
      el('h2', { textContent: 'Operations' }),
      ...(sections.length ? sections : [el('p', { textContent: 'No operations documented.' })]),
      el('h2', { textContent: 'Schemas' }),
      ...schemas.map(([name, schema]) =>
        el('details', {}, [el('summary', { textContent: name }), el('pre', { textContent: pretty(schema) })]),
      ),
    );
  };
  fetch(document.body.dataset.spec, { headers: { Accept: 'application/json' } })
    .then((res) => (res.ok ? res.json() : Promise.reject(new Error('HTTP ' + res.status))))
    .then((loaded) => { spec = loaded; render(); })
    .catch((error) => {
      root.replaceChildren(el('p', { className: 'err', textContent: 'Cannot load the API description: ' + String(error) }));
    });
})();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const CSP = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export interface DocsOptions {
  /** Where the page is served; default /docs. */
  path?: string;
  /** The OpenAPI document the page loads; default /openapi.json (same origin). */
  specPath?: string;
  title?: string;
}

export function docsPage(options: DocsOptions = {}): string {
  const title = escapeHtml(options.title ?? 'lienthong API');
  const spec = escapeHtml(options.specPath ?? '/openapi.json');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>${STYLE}</style></head><body data-spec="${spec}"><main id="app"><p>Loading the API description…</p></main>
<script>${SCRIPT}</script></body></html>`;
}

/** Mount with `app.route('/', docsRoutes())`. Its own CSP allows exactly its inline script and style. */
export function docsRoutes(options: DocsOptions = {}): Hono {
  const page = docsPage(options);
  const app = new Hono();
  app.get(options.path ?? '/docs', (c) =>
    c.html(page, 200, { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache' }),
  );
  return app;
}
