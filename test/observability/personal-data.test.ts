// Dossiers carrying a known person travel the whole path (accept, retry, dead letter, refusals),
// then logs, span names/attributes/events/links and /metrics are scanned for that person's data.
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCitizen } from '../../contracts/canonical/examples.ts';
import { waitFor } from '../helpers/delivery.ts';
import { startTestTracing } from './test-tracing.ts';

const { exporter, tracing } = startTestTracing('personal-data-test');
const { startHarness, dossierNumbered } = await import('./harness.ts');

// Made up, but valid: Hà Nội (001), a woman born in the 1900s (1), in '85.
const PERSON = {
  personalId: '001185012347',
  fullName: 'Phạm Thị Quỳnh Hương',
  nameParts: { family: 'Phạm', middle: 'Thị Quỳnh', given: 'Hương' },
  birthDate: '1985-11-23',
  sex: 'female' as const,
};
const WRONG_BIRTH_DATE = '1986-02-14';
const FORBIDDEN = [
  PERSON.personalId,
  PERSON.fullName,
  PERSON.fullName.normalize('NFD'),
  PERSON.birthDate,
  '19851123',
  '23/11/1985',
  WRONG_BIRTH_DATE,
];

let h: Awaited<ReturnType<typeof startHarness>>;
let logs = '';
let spanText = '';
let metricsText = '';
let spans: ReadableSpan[] = [];

function describeSpan(s: ReadableSpan): unknown {
  return {
    name: s.name,
    attributes: s.attributes,
    status: s.status,
    events: s.events.map((e) => ({ name: e.name, attributes: e.attributes })),
    links: s.links.map((l) => l.attributes),
    resource: s.resource.attributes,
  };
}

beforeAll(async () => {
  h = await startHarness({ targets: ['sink'], logLevel: 'trace' });
  const person = { ...exampleCitizen, ...PERSON };
  h.sink.failNext = 1;
  h.sink.rejectIf = (body) => body.includes('-0003');
  for (const n of [1, 2, 3])
    expect((await h.postDossier(dossierNumbered(n, person))).status).toBe(202);
  const invalid = dossierNumbered(4, { ...person, birthDate: WRONG_BIRTH_DATE });
  expect((await h.postDossier(invalid)).status).toBe(400);
  expect((await h.postDossier(dossierNumbered(5, person), 'lt_not_a_key')).status).toBe(401);
  await h.startEngine();
  await waitFor(async () => {
    const { rows } = await h.db.pool.query(
      "select count(*)::int as n from lienthong.delivery where state in ('delivered', 'dead')",
    );
    return rows[0].n === 3;
  });
  const journey = await fetch(`${h.baseUrl}/api/v1/dossiers/${dossierNumbered(1).code}/exchanges`, {
    headers: { 'x-api-key': h.apiKey },
  });
  expect(journey.status).toBe(200);
  metricsText = await (await fetch(`${h.baseUrl}/metrics`)).text();
  await tracing.flush();
  spans = exporter.getFinishedSpans();
  spanText = JSON.stringify(spans.map(describeSpan));
  logs = h.logLines.join('');
});

afterAll(async () => {
  await h.stop();
  await tracing.shutdown();
});

describe('personal data in telemetry', () => {
  it('should have carried the person through the system (the scan has something to find)', async () => {
    expect(h.sink.calls.some((c) => c.body.includes(PERSON.personalId))).toBe(true);
    expect(h.sink.calls.some((c) => c.body.includes(PERSON.fullName))).toBe(true);
    const { rows } = await h.db.pool.query(
      "select state, reason from lienthong.delivery where state = 'dead'",
    );
    expect(rows).toEqual([{ state: 'dead', reason: 'sink.rejected' }]);
    expect(logs).toContain('authentication refused');
    expect(spans.filter((s) => s.name === 'deliver sink').length).toBeGreaterThanOrEqual(4);
    expect(metricsText).toContain('lienthong_deliveries_total');
  });

  for (const value of FORBIDDEN) {
    it(`should keep ${JSON.stringify(value)} out of logs, spans and /metrics`, () => {
      expect(logs.includes(value), 'in a log line').toBe(false);
      expect(spanText.includes(value), 'in a span').toBe(false);
      expect(metricsText.includes(value), 'in /metrics').toBe(false);
    });
  }
});
