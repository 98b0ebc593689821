// Test helpers: the fixtures as typed deliveries, and connector config pointing at a simulator.
import { readFileSync } from 'node:fs';
import type { OneStopHoSo } from '../../contracts/wire/one-stop/hoso.ts';
import type { Delivery } from '../kit/index.ts';
import { ONE_STOP_SANDBOX_API_KEY } from './simulator.ts';

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;

export const hoSoFixture = read<OneStopHoSo>('hoso.json');
export const dossierDelivery = read<Delivery>('dossier-delivery.json');
export const resultDelivery = read<Delivery>('result-delivery.json');
export const feedbackDelivery = read<Delivery>('feedback-delivery.json');
export const procedureDelivery = read<Delivery>('procedure-delivery.json');

export const simConfig = (simUrl: string, extra: Record<string, unknown> = {}) => ({
  baseUrl: simUrl,
  extraAllowedHosts: ['127.0.0.1'],
  apiKey: ONE_STOP_SANDBOX_API_KEY,
  timeoutMs: 2_000,
  ...extra,
});
