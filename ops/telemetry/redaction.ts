// Personal-data field names (canonical and wire) whose values never reach a log line.
// Names cover the canonical model and the Vietnamese wire formats (DOMAIN.md §1, §5).
export const PERSONAL_FIELDS = [
  // canonical
  'idNumber',
  'personalId',
  'legacyId',
  'fullName',
  'birthDate',
  'address',
  'phone',
  'email',
  // wire (portal, one-stop, population, health)
  'SoDinhDanh',
  'SoCMND',
  'SoGiayTo',
  'SoGiayToChuHoSo',
  'ChuHoSo',
  'HoVaTen',
  'NgaySinh',
  'NgayThangNamSinh',
  'NgayThangNam',
  'DiaChi',
  'SoDienThoai',
  'Email',
  'mstorcmnd',
] as const;

/** Credentials and tokens, redacted like personal data. */
export const SECRET_FIELDS = [
  'password',
  'secret',
  'clientSecret',
  'client_secret',
  'apiKey',
  'token',
  'access_token',
  'session',
  'authorization',
  'cookie',
] as const;

/** pino redact paths: each field at the top level and up to two levels deep. */
export function redactPaths(): string[] {
  const fields = [...PERSONAL_FIELDS, ...SECRET_FIELDS];
  return fields.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);
}
