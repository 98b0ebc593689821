// bench:latency's baseline, the bare minimum durable pipeline, one role per process:
// `gateway` (a bare Hono handler: boss.send() of the body, then 202) and `worker` (a plain pg-boss
// work() handler POSTing each job to the portal simulator as DongBoHoSoMC). Settings from BARE_*.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { PgBoss } from 'pg-boss';
import { Pool } from 'undici';
import { PORTAL_SANDBOX_ACCOUNT } from '../../connectors/national-portal/index.ts';

const QUEUE = 'bare';
const env = (name: string) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const role = process.argv[2];
const notify = env('BARE_NOTIFY') === '1';
const boss = new PgBoss({
  connectionString: env('BARE_DATABASE_URL'),
  useListenNotify: notify,
  // As lienthong's gateway role: only the worker supervises.
  supervise: role === 'worker',
  schedule: false,
});
boss.on('error', (error) => console.error(JSON.stringify({ queueError: error.message })));
await boss.start();

let stop: () => Promise<void>;
if (role === 'gateway') {
  await boss.createQueue(QUEUE, { notify });
  const app = new Hono();
  app.post('/ingest', async (c) => {
    await boss.send(QUEUE, await c.req.json());
    return c.json({ accepted: true }, 202);
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(JSON.stringify({ ready: true, port }));
  stop = () => new Promise((resolve) => server.close(() => resolve()));
} else if (role === 'worker') {
  const portal = new Pool(env('BARE_PORTAL_URL'), { connections: 64, keepAliveTimeout: 60_000 });
  const headers = { 'content-type': 'application/json', dstcode: PORTAL_SANDBOX_ACCOUNT.dstcode };
  const call = async (path: string, body: unknown) => {
    const res = await portal.request({ method: 'POST', path, headers, body: JSON.stringify(body) });
    const answer = (await res.body.json()) as { error_code?: number; session?: string };
    if (res.statusCode !== 200 || Number(answer.error_code) !== 0)
      throw new Error(`portal answered ${res.statusCode} ${JSON.stringify(answer).slice(0, 200)}`);
    return answer;
  };
  const { username, password, madonvi } = PORTAL_SANDBOX_ACCOUNT;
  const { session } = await call('/auth', { username, password });
  await boss.work(
    QUEUE,
    {
      batchSize: Number(env('BARE_BATCH')),
      localConcurrency: Number(env('BARE_LANES')),
      pollingIntervalSeconds: Number(env('BARE_POLL_S')),
      notifyPollingIntervalSeconds: Number(env('BARE_POLL_S')),
    },
    async (jobs) => {
      // One call per job, the whole batch in flight together (lienthong: up to callConcurrency).
      await Promise.all(
        jobs.map((job) =>
          call('/integration', {
            session,
            madonvi,
            service: 'DongBoHoSoMC',
            isUpdating: 'False',
            data: [job.data],
          }),
        ),
      );
    },
  );
  console.log(JSON.stringify({ ready: true }));
  stop = () => portal.close();
} else {
  console.error('usage: node bench/lib/bare-queue.ts gateway|worker');
  process.exit(2);
}

process.once('SIGTERM', () => {
  void stop()
    .then(() => boss.stop({ graceful: true }))
    .finally(() => process.exit(0));
});
