// Tests for parseCitizenResponse: golden citizens, not found, mismatch, errors as data, coverage.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPopulationFixture } from '../../contracts/wire/population/fixtures.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import {
  CITIZEN_TO_CANONICAL_ID,
  type CitizenLookupOutcome,
  citizenResponseCoverage,
  citizenToCanonical,
  congDanToCitizenCoverage,
  parseCitizenResponse,
} from './citizen-response.ts';
import type { CitizenLookupRequest } from './lookup-request.ts';

const here = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const json = <T>(name: string): T => JSON.parse(readFileSync(here(name), 'utf8')) as T;
const twoTier = readFileSync(here('found-two-tier.xml'), 'utf8');
const twoTierRequest = json<CitizenLookupRequest>('citizen-found-two-tier.request.json');
const envelope = (message: string, code: string | number = '0') => ({ error_code: code, message });

/** The two-tier fixture with one element's text replaced (first occurrence). */
const withElement = (tag: string, text: string, xml = twoTier) =>
  xml.replace(
    new RegExp(`<ns1:${tag}>[^<]*</ns1:${tag}>|<ns1:${tag}/>`),
    `<ns1:${tag}>${text}</ns1:${tag}>`,
  );

const errorsOf = (outcome: CitizenLookupOutcome) =>
  outcome.outcome === 'error'
    ? outcome.errors.map((e) => `${e.path}:${e.rule}`)
    : [outcome.outcome];

describe('parseCitizenResponse', () => {
  it.each([
    ['found-full', readPopulationFixture('found-full')],
    ['found-sparse', readPopulationFixture('found-sparse')],
    ['found-two-tier', twoTier],
  ])('should map the %s answer to the golden outcome', (name, xml) => {
    const request = json<CitizenLookupRequest>(`citizen-${name}.request.json`);
    expect(parseCitizenResponse(envelope(xml), request)).toEqual(
      json(`citizen-${name}.expected.json`),
    );
  });

  it('should tag three-tier addresses 2025-01 and two-tier ones 2025-07 (00008 names two communes)', () => {
    const outcome = parseCitizenResponse(envelope(twoTier), twoTierRequest);
    if (outcome.outcome !== 'found') throw new Error(outcome.outcome);
    expect(outcome.citizen.hometown?.commune).toEqual({
      code: '00008',
      listVersion: '2025-01',
      name: 'Phường Liễu Giai',
    });
    expect(outcome.citizen.currentAddress?.commune).toEqual({
      code: '00008',
      listVersion: '2025-07',
      name: 'Phường Ngọc Hà',
    });
    expect(outcome.citizen.currentAddress?.district).toBeUndefined();
  });

  it('should answer an empty collection as not found, distinct from errors', () => {
    expect(
      parseCitizenResponse(envelope(readPopulationFixture('not-found')), twoTierRequest),
    ).toEqual({
      outcome: 'not_found',
    });
    const spread = readPopulationFixture('not-found').replace(
      /<ns1:CongdanCollection ([^>]*)\/>/,
      '<ns1:CongdanCollection $1>\n        </ns1:CongdanCollection>',
    );
    expect(spread).toContain('</ns1:CongdanCollection>');
    expect(parseCitizenResponse(envelope(spread)).outcome).toBe('not_found');
  });

  it('should report a name or birth-date mismatch without revealing the record', () => {
    const wrongName = { ...twoTierRequest, fullName: 'Lê Thị Ngọc Anh' };
    expect(parseCitizenResponse(envelope(twoTier), wrongName)).toEqual({
      outcome: 'mismatch',
      fields: ['fullName'],
    });
    const wrongBirth = { ...twoTierRequest, birthDate: '2001-08-28' };
    expect(parseCitizenResponse(envelope(twoTier), wrongBirth)).toEqual({
      outcome: 'mismatch',
      fields: ['birthDate'],
    });
    const wrongId = { ...twoTierRequest, idNumber: '001301004568' };
    expect(parseCitizenResponse(envelope(twoTier), wrongId)).toEqual({
      outcome: 'mismatch',
      fields: ['idNumber'],
    });
  });

  it('should match names NFC, case-insensitively and whitespace-collapsed', () => {
    const request = { ...twoTierRequest, fullName: '  lê   THỊ ngọc\tánh '.normalize('NFD') };
    expect(parseCitizenResponse(envelope(twoTier), request).outcome).toBe('found');
  });

  it('should map an NFD answer exactly like the NFC one', () => {
    const nfd = parseCitizenResponse(envelope(twoTier.normalize('NFD')), twoTierRequest);
    expect(nfd).toEqual(parseCitizenResponse(envelope(twoTier), twoTierRequest));
  });

  it('should turn gateway refusals and broken messages into errors, never exceptions', () => {
    expect(errorsOf(parseCitizenResponse(envelope(twoTier, '-1'), twoTierRequest))).toEqual([
      'error_code:population.upstream_error',
    ]);
    expect(errorsOf(parseCitizenResponse({ error_code: '0' }, twoTierRequest))).toEqual([
      'message:schema.invalid_type',
    ]);
    expect(errorsOf(parseCitizenResponse(envelope('<a><b></a>'), twoTierRequest))).toEqual([
      'message:xml.malformed',
    ]);
    expect(errorsOf(parseCitizenResponse(envelope('<Envelope/>'), twoTierRequest))).toEqual([
      'message.Envelope:schema.invalid_type',
    ]);
    expect(errorsOf(parseCitizenResponse(null))).toEqual([':schema.invalid_type']);
  });

  it('should refuse a DOCTYPE inside the message and enforce the size cap', () => {
    const withDoctype = twoTier.replace(
      '<soapenv:Envelope',
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><soapenv:Envelope',
    );
    expect(errorsOf(parseCitizenResponse(envelope(withDoctype), twoTierRequest))).toEqual([
      'message:xml.doctype_forbidden',
    ]);
    const capped = parseCitizenResponse(envelope(twoTier), twoTierRequest, { maxXmlBytes: 1000 });
    expect(errorsOf(capped)).toEqual(['message:xml.too_large']);
  });

  it('should report bad record data as field errors at CongDan paths', () => {
    const cases: [string, string][] = [
      [
        withElement('NgayThangNam', '20010229'),
        'CongDan.NgayThangNamSinh.NgayThangNam:date.invalid_calendar_date',
      ],
      [
        withElement('NgayThangNam', '29/08/2001'),
        'CongDan.NgayThangNamSinh.NgayThangNam:date.invalid_format',
      ],
      [withElement('GioiTinh', '3'), 'CongDan.GioiTinh:code.unknown'],
      [withElement('SoDinhDanh', '001399004567'), 'CongDan.SoDinhDanh:personal_id.year_mismatch'],
      [withElement('Nam', '2002'), 'CongDan.NgayThangNamSinh.Nam:citizen.birth_year_mismatch'],
      [withElement('LoaiTaiKhoan', '2'), 'CongDan.LoaiTaiKhoan:population.not_a_citizen'],
    ];
    for (const [xml, expected] of cases) {
      expect(errorsOf(parseCitizenResponse(envelope(xml)))).toEqual([expected]);
    }
  });

  it('should refuse unknown Hà Nội units and a commune outside its district', () => {
    const noDistrict = twoTier.replace(
      '<ns1:MaPhuongXa>00097</ns1:MaPhuongXa>',
      '<ns1:MaPhuongXa>00001</ns1:MaPhuongXa>',
    );
    expect(errorsOf(parseCitizenResponse(envelope(noDistrict)))).toEqual([
      'CongDan.ThuongTru.MaPhuongXa:admin_unit.unknown',
    ]);
    const elsewhere = twoTier.replace(
      '<ns1:MaPhuongXa>00008</ns1:MaPhuongXa>',
      '<ns1:MaPhuongXa>00166</ns1:MaPhuongXa>',
    );
    expect(errorsOf(parseCitizenResponse(envelope(elsewhere)))).toEqual([
      'CongDan.QueQuan.MaPhuongXa:address.commune_not_in_district',
    ]);
    const shortCode = twoTier.replace(
      '<ns1:MaPhuongXa>00097</ns1:MaPhuongXa>',
      '<ns1:MaPhuongXa>97</ns1:MaPhuongXa>',
    );
    expect(errorsOf(parseCitizenResponse(envelope(shortCode)))).toEqual([
      'CongDan.ThuongTru.MaPhuongXa:admin_unit.invalid_code',
    ]);
  });

  it('should pick the requested record among several, and refuse an ambiguous answer', () => {
    const start = twoTier.indexOf('<ns1:CongDan>');
    const end = twoTier.indexOf('</ns1:CongDan>') + '</ns1:CongDan>'.length;
    const record = twoTier.slice(start, end);
    const sibling = record.replace('<ns1:SoDinhDanh>001301004567', '<ns1:SoDinhDanh>001301009999');
    const two = twoTier.replace(record, record + sibling);
    expect(parseCitizenResponse(envelope(two), twoTierRequest).outcome).toBe('found');
    expect(errorsOf(parseCitizenResponse(envelope(two)))).toEqual([
      'message.CongDan:population.multiple_records',
    ]);
  });

  it('should never throw on arbitrary envelopes', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string({ maxLength: 300 }), (junk, message) => {
        expect(parseCitizenResponse(junk).outcome).toBe('error');
        expect(['error', 'not_found', 'found', 'mismatch']).toContain(
          parseCitizenResponse(envelope(message), twoTierRequest).outcome,
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('citizenToCanonical', () => {
  it('should succeed with the outcome for answers and fail with field errors otherwise', () => {
    expect(citizenToCanonical.id).toBe(CITIZEN_TO_CANONICAL_ID);
    const found = citizenToCanonical.run({ envelope: envelope(twoTier), request: twoTierRequest });
    expect(found.ok && found.value.outcome).toBe('found');
    expect(found.ok && found.warnings.map((w) => w.rule)).toEqual(['email.invalid']);
    const notFound = citizenToCanonical.run({
      envelope: envelope(readPopulationFixture('not-found')),
    });
    expect(notFound).toEqual({ ok: true, value: { outcome: 'not_found' }, warnings: [] });
    const failed = citizenToCanonical.run({ envelope: envelope('<x', '0') });
    expect(failed.ok === false && failed.errors.map((e) => e.rule)).toEqual(['xml.malformed']);
  });
});

describe('population citizen coverage', () => {
  it('should cover every field of the envelope and of CongDan', () => {
    for (const coverage of [citizenResponseCoverage, congDanToCitizenCoverage]) {
      expect(uncoveredFields(coverage)).toEqual([]);
      expect(invalidCoverageEntries(coverage)).toEqual([]);
    }
  });
});
