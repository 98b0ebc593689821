// A simulated echo system: client-credentials tokens, idempotent message PUTs, batches, named errors.
import type { Context } from 'hono';
import { createSimulator, type Simulator, type SimulatorOptions } from '../simulator/index.ts';
import {
  BatchRequestSchema,
  EchoRequestSchema,
  type WireMessage,
  WireMessageSchema,
} from './wire.ts';

export const ECHO_CLIENT = { clientId: 'lienthong', clientSecret: 'sandbox-secret' } as const;
const TOKEN_LIFETIME_S = 300;

export function createEchoSimulator(
  options: Partial<Omit<SimulatorOptions, 'setup' | 'name'>> = {},
): Simulator {
  return createSimulator({
    name: 'echo',
    ...options,
    setup(app, sim) {
      const tokens = () => sim.store.collection<number>('tokens');
      const messages = () => sim.store.collection<WireMessage>('messages');
      let issued = 0;

      sim.onExpireCredentials(() => tokens().clear());
      sim.errorResponder('busy', (c) => c.json({ error: 'busy' }, 429, { 'retry-after': '2' }));
      sim.errorResponder('rejected', (c) => c.json({ result: 'error', code: 'REJECTED' }));
      sim.errorResponder('quota', (c) => c.json({ result: 'error', code: 'QUOTA' }));

      app.post('/oauth/token', async (c) => {
        sim.count('received', 'token');
        const form = await c.req.parseBody();
        if (
          form.client_id !== ECHO_CLIENT.clientId ||
          form.client_secret !== ECHO_CLIENT.clientSecret
        ) {
          return c.json({ error: 'invalid_client' }, 401);
        }
        issued += 1;
        const token = `tok-${issued}`;
        tokens().set(token, issued);
        return c.json({ access_token: token, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_S });
      });

      app.use('*', async (c, next) => {
        const token = c.req.header('authorization')?.replace(/^Bearer /, '') ?? '';
        if (!tokens().has(token)) return c.json({ error: 'invalid_token' }, 401);
        return next();
      });

      app.get('/health', (c) => c.json({ status: 'up' }));

      app.post('/echo', async (c) => {
        sim.count('received', 'echo');
        const parsed = EchoRequestSchema.safeParse(await c.req.json().catch(() => null));
        if (!parsed.success) return c.json({ result: 'error', code: 'REJECTED' });
        return c.json({ text: parsed.data.text, receivedAt: new Date().toISOString() });
      });

      const apply = (key: string, message: WireMessage) => {
        if (messages().has(key)) return 'duplicate' as const;
        messages().set(key, message);
        sim.recordApplied('putMessage', key, message);
        return 'created' as const;
      };

      app.put('/messages/:key', async (c: Context) => {
        sim.count('received', 'putMessage');
        const parsed = WireMessageSchema.safeParse(await c.req.json().catch(() => null));
        if (!parsed.success) return c.json({ result: 'error', code: 'REJECTED' });
        const result = apply(c.req.param('key') ?? '', parsed.data);
        return c.json({ result }, result === 'created' ? 201 : 200);
      });

      app.post('/batches', async (c) => {
        sim.count('received', 'putBatch');
        const parsed = BatchRequestSchema.safeParse(await c.req.json().catch(() => null));
        if (!parsed.success) return c.json({ result: 'error', code: 'REJECTED' });
        const results = parsed.data.items.map(({ key, ...message }) =>
          message.kind === 'progress'
            ? { key, result: apply(key, message) }
            : { key, result: 'error' as const, code: 'REJECTED' },
        );
        return c.json({ results });
      });
    },
  });
}
