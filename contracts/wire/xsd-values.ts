// JS values of XSD date types as the `soap` package hands them over: Date when parsed, ISO text when built.
import { z } from 'zod';

/**
 * xs:date. The `soap` package parses it into a Date (UTC midnight of that day); outbound objects
 * must carry the lexical form `yyyy-MM-dd`, since a Date would not serialise.
 */
export const xsDate = z.union([z.date(), z.iso.date()]);

/**
 * xs:dateTime. Parsed into a Date by the `soap` package; built as ISO 8601 text, preferably with
 * the +07:00 offset, e.g. `2025-07-03T09:30:00+07:00`.
 */
export const xsDateTime = z.union([z.date(), z.iso.datetime({ offset: true, local: true })]);

/** DVCQG TrangThaiHoSo codes "1".."10" as both WSDLs restrict them (DOMAIN §2). */
export const xsTrangThaiHoSo = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
