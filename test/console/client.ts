// A cookie-keeping form client for the console over app.request: log in, read CSRF tokens, post forms.
import type { Hono } from 'hono';

export class ConsoleClient {
  readonly cookies = new Map<string, string>();
  readonly #app: Hono;
  readonly #origin: string;

  constructor(app: Hono, origin = 'http://localhost') {
    this.#app = app;
    this.#origin = origin;
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set(
        'cookie',
        [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      );
    const response = await this.#app.request(`${this.#origin}${path}`, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    return response;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  async post(path: string, form: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form))
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  /** The hidden `_csrf` value of the page at `path`. */
  async csrf(path = '/console/overview'): Promise<string> {
    const text = await (await this.get(path)).text();
    const match = /name="_csrf" value="([^"]+)"/.exec(text);
    if (!match) throw new Error(`no CSRF token on ${path}`);
    return match[1]!;
  }

  async login(username: string, password: string): Promise<Response> {
    const token = await this.csrf('/console/login');
    return this.post('/console/login', {
      _csrf: token,
      username,
      password,
      next: '/console/overview',
    });
  }
}
