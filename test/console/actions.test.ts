// The console's pages over HTTP: roles and CSRF on actions, masked and revealed payloads, searches,
// dead-letter skips, KPIs and the language cookie.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from '../../ops/console/routes.ts';
import { createExchangeReader } from '../../ops/delivery/exchange-reader.ts';
import { createOperatorActions } from '../../ops/delivery/operator.ts';
import { defaultPolicy } from '../../ops/delivery/policy.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { ConsoleClient } from './client.ts';
import { type SeededConsole, startSeededConsole } from './fixture.ts';
import { HEALTH, PORTAL } from './harness.ts';

let c: SeededConsole;

beforeAll(async () => {
  c = await startSeededConsole();
});

afterAll(async () => {
  await c?.h.stop();
});

describe('console roles and CSRF', () => {
  it('should refuse a POST without the CSRF token even with a session', async () => {
    const client = await c.signedIn(c.accounts.operator);
    const response = await client.post(`/console/connectors/${HEALTH}/pause`, { reason: 'x' });
    expect(response.status).toBe(403);
    const wrong = await client.post(`/console/connectors/${HEALTH}/pause`, {
      reason: 'x',
      _csrf: 'A'.repeat(43),
    });
    expect(wrong.status).toBe(403);
    const { rows } = await c.h.db.pool.query(
      'select count(*)::int as n from lienthong.target_state',
    );
    expect(rows[0].n).toBe(0);
  });

  it('should show a viewer no action and refuse its pause', async () => {
    const client = await c.signedIn(c.accounts.viewer);
    const page = await (await client.get(`/console/connectors/${HEALTH}`)).text();
    expect(page).not.toContain(`/console/connectors/${HEALTH}/pause`);
    expect(page).not.toContain('/check');
    const response = await client.post(`/console/connectors/${HEALTH}/pause`, {
      reason: 'x',
      _csrf: await client.csrf(),
    });
    expect(response.status).toBe(403);
  });

  it('should let an operator pause and resume a target, audited under its name', async () => {
    const client = await c.signedIn(c.accounts.operator);
    const paused = await client.post(`/console/connectors/${HEALTH}/pause`, {
      reason: 'bảo trì hệ thống',
      _csrf: await client.csrf(),
    });
    expect(paused.headers.get('location')).toBe(`/console/connectors/${HEALTH}?done=paused`);
    const page = await (await client.get(`/console/connectors/${HEALTH}?done=paused`)).text();
    expect(page).toContain('Tạm dừng bởi vanhanh');
    expect(page).toContain('bảo trì hệ thống');
    await client.post(`/console/connectors/${HEALTH}/resume`, { _csrf: await client.csrf() });
    const { rows } = await c.h.db.pool.query(
      "select action, actor_id from lienthong.audit_log where action like 'target.%' order by id",
    );
    expect(rows).toEqual([
      { action: 'target.pause', actor_id: 'vanhanh' },
      { action: 'target.resume', actor_id: 'vanhanh' },
    ]);
  });

  it('should run "check now" through the given function', async () => {
    const client = await c.signedIn(c.accounts.operator);
    const response = await client.post(`/console/connectors/${PORTAL}/check`, {
      _csrf: await client.csrf(),
    });
    expect(await response.text()).toContain('Kiểm tra thành công (12 ms). session ok');
    expect(c.checks).toEqual([PORTAL]);
  });

  it('should hide "check now" when no check function is given', async () => {
    const logger = createLogger({ level: 'silent', format: 'json' });
    const app = new Hono().route(
      '/',
      consoleRoutes({
        pool: c.h.db.pool,
        operator: createOperatorActions(c.h.db.pool, () => defaultPolicy()),
        exchanges: createExchangeReader(c.h.db.pool),
        logger,
        targets: [PORTAL],
      }),
    );
    const client = new ConsoleClient(app);
    await client.login(c.accounts.operator.username, c.accounts.operator.password);
    const page = await (await client.get(`/console/connectors/${PORTAL}`)).text();
    expect(page).toContain(`/console/connectors/${PORTAL}/pause`);
    expect(page).not.toContain('/check');
    const response = await client.post(`/console/connectors/${PORTAL}/check`, {
      _csrf: await client.csrf(),
    });
    expect(response.status).toBe(404);
  });
});

describe('console payloads', () => {
  it('should mask personal data for everyone and reveal it only to an admin, audited', async () => {
    const id = await c.exchangeOf(c.seeded.codes.late);
    const operator = await c.signedIn(c.accounts.operator);
    const masked = await (await operator.get(`/console/exchanges/${id}`)).text();
    expect(masked).toContain('0010******23');
    expect(masked).not.toContain(c.seeded.personalId);
    expect(masked).not.toContain('Nguyễn Văn An');
    expect(masked).not.toContain('/reveal');
    const refused = await operator.post(`/console/exchanges/${id}/reveal`, {
      _csrf: await operator.csrf(),
    });
    expect(refused.status).toBe(403);
    expect(await c.audit('payload.reveal')).toEqual([]);
    const admin = await c.signedIn(c.accounts.admin);
    const revealed = await admin.post(`/console/exchanges/${id}/reveal`, {
      _csrf: await admin.csrf(),
    });
    const revealedPage = await revealed.text();
    expect(revealedPage).toContain(c.seeded.personalId);
    expect(revealedPage).toContain(`href="/console/exchanges/${id}?lang=en"`);
    expect(await c.audit('payload.reveal')).toEqual([
      { actor_id: c.accounts.admin.username, outcome: 'ok', dossier_code: c.seeded.codes.late },
    ]);
    const timeline = await (await admin.get(`/console/exchanges/${id}`)).text();
    expect(timeline).toContain('data-event="payload.reveal"');
  });

  it('should answer an unknown exchange, target or page with 404', async () => {
    const client = await c.signedIn(c.accounts.viewer);
    for (const path of [
      `/console/exchanges/${crypto.randomUUID()}`,
      '/console/exchanges/not-a-uuid',
      '/console/connectors/nowhere',
      '/console/nothing-here',
    ])
      expect((await client.get(path)).status, path).toBe(404);
  });
});

describe('console searches and actions', () => {
  it('should find exchanges by dossier code, target and status, and explain bad input', async () => {
    const client = await c.signedIn(c.accounts.viewer);
    const byCode = await (
      await client.get(
        `/console/exchanges?dossierCode=${encodeURIComponent(c.seeded.codes.onTime)}`,
      )
    ).text();
    expect(byCode.match(/data-exchange="/g)).toHaveLength(2);
    const failed = await (
      await client.get(`/console/exchanges?target=${PORTAL}&status=failed`)
    ).text();
    expect(failed.match(/data-exchange="/g)).toHaveLength(1);
    expect(failed).toContain(c.seeded.codes.rejected);
    const hostile = await (
      await client.get(
        `/console/exchanges?dossierCode=${encodeURIComponent('"><script>x</script>')}`,
      )
    ).text();
    expect(hostile).not.toContain('<script>x');
    expect(hostile).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    const bad = await (await client.get('/console/exchanges?from=yesterday')).text();
    expect(bad).toContain('Dữ liệu nhập không hợp lệ: Từ.');
  });

  it('should skip a dead letter for an operator and refuse it for a viewer', async () => {
    const viewer = await c.signedIn(c.accounts.viewer);
    const list = await (await viewer.get('/console/dead-letters')).text();
    const id = /data-dead="([^"]+)"/.exec(list)![1]!;
    expect(list).not.toContain('name="ids"');
    const refused = await viewer.post('/console/dead-letters/action', {
      _csrf: await viewer.csrf(),
      ids: [id],
      action: 'skip',
      reason: 'x',
    });
    expect(refused.status).toBe(403);
    const operator = await c.signedIn(c.accounts.operator);
    const none = await operator.post('/console/dead-letters/action', {
      _csrf: await operator.csrf(),
      action: 'skip',
      reason: 'trùng',
    });
    expect(none.headers.get('location')).toBe('/console/dead-letters?flash=none');
    const done = await operator.post('/console/dead-letters/action', {
      _csrf: await operator.csrf(),
      ids: [id, crypto.randomUUID()],
      action: 'skip',
      reason: 'trùng với hồ sơ khác',
      back_target: PORTAL,
    });
    expect(done.headers.get('location')).toBe(
      `/console/dead-letters?target=${PORTAL}&flash=skipped&done=1&skipped=1`,
    );
    const { rows } = await c.h.db.pool.query(
      'select state, reason from lienthong.delivery where id = $1',
      [id],
    );
    expect(rows).toEqual([{ state: 'skipped', reason: 'trùng với hồ sơ khác' }]);
    const after = await (await operator.get(done.headers.get('location')!)).text();
    expect(after).toContain('Đã bỏ qua 1 bản tin; 1 bản tin không áp dụng.');
  });

  it('should report KPIs per level with pass/fail against the targets', async () => {
    const client = await c.signedIn(c.accounts.viewer);
    const page = await (await client.get('/console/kpi?lang=en')).text();
    const allRow = /<tr class="total"[^>]*data-level="all">([\s\S]*?)<\/tr>/.exec(page)![1]!;
    const cell = (key: string) =>
      new RegExp(`data-kpi="${key}" data-pass="(\\w+)"><span class="pct">([^<]+)<`).exec(allRow)!;
    expect(cell('onlineShare').slice(1)).toEqual(['false', '60%']);
    expect(cell('onTimeRate').slice(1)).toEqual(['false', '50%']);
    expect(cell('digitizedComponents').slice(1)).toEqual(['true', '80%']);
    expect(cell('resultDigitized').slice(1)).toEqual(['false', '50%']);
    expect(cell('syncedToPortal').slice(1)).toEqual(['false', '80%']);
    const communeOnly = await (await client.get('/console/kpi?level=commune')).text();
    expect(communeOnly).not.toContain('data-level="all"');
    expect(communeOnly.match(/data-level="commune"/g)).toHaveLength(1);
  });

  it('should remember the chosen language in a cookie', async () => {
    const client = await c.signedIn(c.accounts.viewer);
    expect(await (await client.get('/console/overview?lang=en')).text()).toContain(
      '<h1>Connector overview</h1>',
    );
    expect(await (await client.get('/console/catalogue')).text()).toContain(
      '<h1>Procedure catalogue</h1>',
    );
    expect(await (await client.get('/console/catalogue?lang=vi')).text()).toContain(
      '<h1>Danh mục thủ tục hành chính</h1>',
    );
  });
});
