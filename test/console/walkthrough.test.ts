// The operator console in a real browser against the real app on a real port, with live deliveries:
// sign in, overview, connector, find a dossier, its timeline, reveal, replay a dead letter, catalogue,
// KPIs, English and back. Every page is saved to test-results/console/*.png.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../helpers/delivery.ts';
import { type Browser, launchBrowser } from './browser.ts';
import { type ConsoleHarness, PORTAL, rejectDossier, startConsoleHarness } from './harness.ts';
import {
  type Account,
  dossierCodes,
  type SeededDossiers,
  seedCatalogue,
  seedDossiers,
  seedOperators,
  settled,
} from './seed.ts';

let h: ConsoleHarness;
let browser: Browser;
let seeded: SeededDossiers;
let admin: Account;
let heal: () => void;

beforeAll(async () => {
  browser = await launchBrowser();
  h = await startConsoleHarness({
    checkConnector: async () => ({ ok: true, latencyMs: 8, detail: 'pong' }),
  });
  const codes = dossierCodes();
  heal = rejectDossier(h.portal, codes.rejected).heal;
  admin = (await seedOperators(h.db.pool)).admin;
  seeded = await seedDossiers(h.baseUrl, h.apiKey, codes);
  await seedCatalogue(h.db.pool);
  await settled(h.db.pool, 1);
});

afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const text = async (selector: string) =>
  ((await browser.page.locator(selector).textContent()) ?? '').trim();

describe('the operator console in a browser', () => {
  it('should refuse a wrong password and sign in with the right one', async () => {
    const { page } = browser;
    await page.goto(`${h.baseUrl}/console/overview`);
    expect(new URL(page.url()).pathname).toBe('/console/login');
    await browser.screenshot('01-login');
    await page.fill('input[name=username]', admin.username);
    await page.fill('input[name=password]', 'not-the-password');
    await page.click('button[type=submit]');
    expect(await text('.flash')).toBe('Sai tên đăng nhập hoặc mật khẩu.');
    await page.fill('input[name=username]', admin.username);
    await page.fill('input[name=password]', admin.password);
    await page.click('button[type=submit]');
    expect(new URL(page.url()).pathname).toBe('/console/overview');
  });

  it('should show a tile per target with its live figures', async () => {
    const { page } = browser;
    expect(await text('h1')).toBe('Tổng quan các kết nối');
    const portal = page.locator(`section.tile[data-target="${PORTAL}"]`);
    expect(await portal.locator('[data-metric=dead]').textContent()).toBe('1');
    expect(await portal.locator('[data-metric=queue]').textContent()).toBe('0');
    expect(await portal.locator('.badge').textContent()).toBe('Suy giảm');
    const health = page.locator('section.tile[data-target="sector-health"]');
    expect(await health.locator('.badge').textContent()).toBe('Hoạt động tốt');
    expect(await portal.locator('svg.chart rect.bar-ok').count()).toBeGreaterThan(0);
    expect(await portal.locator('svg.chart rect.bar-fail').count()).toBe(1);
    await browser.screenshot('02-overview');
  });

  it("should open a connector's history and run a check", async () => {
    const { page } = browser;
    await page.click(`section.tile[data-target="${PORTAL}"] h2 a`);
    expect(await text('h1')).toBe(`Kết nối ${PORTAL}`);
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('td.mono', { hasText: 'portal.rejected' }).count()).toBe(1);
    await page.click('button:has-text("Kiểm tra ngay")');
    expect(await text('.flash.ok')).toBe('Kiểm tra thành công (8 ms). pong');
    await browser.screenshot('03-connector');
  });

  it('should find a dossier by code and open its timeline with the trace id, masked', async () => {
    const { page } = browser;
    await page.click('nav >> text=Trao đổi dữ liệu');
    await page.fill('input[name=dossierCode]', seeded.codes.onTime);
    await page.click('form.filters button[type=submit]');
    const rows = page.locator('tbody tr[data-exchange]');
    // count() does not wait: the filtered page may still be loading.
    await vi.waitFor(async () => expect(await rows.count()).toBe(2));
    await browser.screenshot('04-exchanges');
    await rows.last().locator('a', { hasText: 'Xem' }).click();
    expect(await text('[data-dossier]')).toBe(seeded.codes.onTime);
    expect(await text('[data-trace]')).toMatch(/^[0-9a-f]{32}$/);
    const events = await page
      .locator('table.timeline tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => (tr as unknown as { dataset: { event: string } }).dataset.event),
      );
    expect(events[0]).toBe('accepted');
    expect(events.filter((e) => e === 'attempt')).toHaveLength(2);
    const payload = await text('pre[data-payload=masked]');
    expect(payload).toContain('0010******23');
    expect(payload).not.toContain(seeded.personalId);
    expect(payload).toContain('N***** V** A*');
    await browser.screenshot('05-exchange');
  });

  it('should reveal the original payload to an admin and audit it', async () => {
    const { page } = browser;
    await page.click('button:has-text("Hiện dữ liệu gốc")');
    expect(await text('pre[data-payload=revealed]')).toContain(seeded.personalId);
    const { rows } = await h.db.pool.query(
      "select actor_id, dossier_code from lienthong.audit_log where action = 'payload.reveal'",
    );
    expect(rows).toEqual([{ actor_id: admin.username, dossier_code: seeded.codes.onTime }]);
    await browser.screenshot('06-exchange-revealed');
  });

  it('should replay the dead letter with select-all and see it delivered', async () => {
    const { page } = browser;
    await page.click('nav >> text=Bản tin lỗi');
    const rows = page.locator('tbody tr[data-dead]');
    await vi.waitFor(async () => expect(await rows.count()).toBe(1));
    expect(await rows.first().textContent()).toContain(seeded.codes.rejected);
    await page.check('input[data-select-all]');
    expect(await page.locator('input[name=ids]:checked').count()).toBe(1);
    await browser.screenshot('07-dead-letters');
    heal();
    await page.selectOption('select[name=mode]', 'remap');
    await page.click('button[value=replay]');
    expect(await text('.flash.ok')).toBe(
      'Đã đưa 1 bản tin vào hàng đợi gửi lại; 0 bản tin không áp dụng.',
    );
    await waitFor(async () => {
      const { rows: states } = await h.db.pool.query(
        'select state from lienthong.delivery where target = $1 and dossier_code = $2',
        [PORTAL, seeded.codes.rejected],
      );
      return states.length === 1 && states[0].state === 'delivered';
    });
    await page.reload();
    expect(await page.locator('tbody tr[data-dead]').count()).toBe(0);
    await browser.screenshot('08-dead-letters-after-replay');
  });

  it('should show the catalogue with integration coverage and recent changes', async () => {
    const { page } = browser;
    await page.click('nav >> text=Danh mục TTHC');
    expect(await text('[data-metric=total]')).toBe('3');
    expect(await text('[data-metric=integrated]')).toMatch(/^2 \(66,7\s?%\)$/);
    expect(await page.locator('table').nth(1).locator('tbody tr').count()).toBe(3);
    await browser.screenshot('09-catalogue');
  });

  it('should show KPIs per level and month against the targets', async () => {
    const { page } = browser;
    await page.click('nav >> text=Chỉ số QĐ 766');
    const all = page.locator('tr[data-level=all]').first();
    expect(await all.locator('[data-kpi=received]').textContent()).toBe('5');
    const pass = async (key: string) => all.locator(`[data-kpi=${key}]`).getAttribute('data-pass');
    expect(await pass('onlineShare')).toBe('false');
    expect(await pass('digitizedComponents')).toBe('true');
    expect(await pass('onTimeRate')).toBe('false');
    expect(await pass('resultDigitized')).toBe('false');
    expect(await pass('syncedToPortal')).toBe('true');
    expect(await all.locator('[data-kpi=onlineShare] .pct').textContent()).toMatch(/^60\s?%$/);
    expect(
      await page
        .locator('tr[data-level=commune]')
        .first()
        .locator('[data-kpi=received]')
        .textContent(),
    ).toBe('2');
    await browser.screenshot('10-kpi');
  });

  it('should switch to English, keep it across pages, and switch back', async () => {
    const { page } = browser;
    await page.click('header a[hreflang=en]');
    expect(await text('h1')).toBe('Decision 766 KPIs by administrative level and month');
    await browser.screenshot('11-kpi-en');
    await page.click('nav >> text=Overview');
    expect(await text('h1')).toBe('Connector overview');
    expect(await page.locator(`section.tile[data-target="${PORTAL}"] .badge`).textContent()).toBe(
      'Degraded',
    );
    await browser.screenshot('12-overview-en');
    await page.click('header a[hreflang=vi]');
    expect(await text('h1')).toBe('Tổng quan các kết nối');
  });

  it('should sign out and need a new sign-in', async () => {
    const { page } = browser;
    await page.click('button:has-text("Đăng xuất")');
    expect(await text('.flash')).toBe('Bạn đã đăng xuất.');
    await page.goto(`${h.baseUrl}/console/dead-letters`);
    expect(new URL(page.url()).pathname).toBe('/console/login');
    expect(browser.problems).toEqual([]);
  });
});
