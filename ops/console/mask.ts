// Masks personal data in a payload for display: ID numbers keep a head and tail, names their initials.
import { PERSONAL_FIELDS } from '../telemetry/redaction.ts';

/** Beyond the logger's list: nested name and address records, and more wire names (DOMAIN §1.7, §5.1). */
const MORE_PERSONAL_FIELDS = [
  'nameParts',
  'ThuDienTu',
  'ThuongTru',
  'NoiOHienTai',
  'NoiOHienNay',
  'QueQuan',
  'NoiDangKyKhaiSinh',
  'HoChieu',
  'MaBHXH',
];
const PERSONAL = new Set<string>([...PERSONAL_FIELDS, ...MORE_PERSONAL_FIELDS]);
const PERSONAL_PATTERNS = [/address/i, /^DiaChi/, /^SoDinhDanh/, /^SoCMND/, /^HoTen/, /^HoVaTen/];

export function isPersonalKey(key: string): boolean {
  return PERSONAL.has(key) || PERSONAL_PATTERNS.some((pattern) => pattern.test(key));
}

const STAR = '*';

/** "001090000123" → "0010******23": enough to tell records apart, not enough to use. */
function maskDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 8) return STAR.repeat(Math.max(digits.length, 3));
  return `${digits.slice(0, 4)}${STAR.repeat(digits.length - 6)}${digits.slice(-2)}`;
}

function maskEmail(text: string): string {
  const at = text.lastIndexOf('@');
  const first = Array.from(text)[0] ?? '';
  return `${first}***${text.slice(at)}`;
}

/** Each word keeps its first letter: "Nguyễn Văn An" → "N***** V** A*"; digits never survive. */
function maskWords(text: string): string {
  return text
    .split(/(\s+)/)
    .map((part) => {
      if (/^\s*$/.test(part)) return part;
      const chars = Array.from(part);
      return chars
        .map((ch, i) => (i === 0 && /\p{L}/u.test(ch) ? ch : /[\p{L}\p{N}]/u.test(ch) ? STAR : ch))
        .join('');
    })
    .join('');
}

export function maskString(text: string): string {
  if (text === '') return text;
  if (/^\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(text)) return text.replace(/\d/g, STAR);
  if (/^[\d\s.+()-]+$/.test(text)) return maskDigits(text);
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return maskEmail(text);
  return maskWords(text);
}

function maskAll(value: unknown): unknown {
  if (typeof value === 'string') return maskString(value);
  if (typeof value === 'number') return '***';
  if (Array.isArray(value)) return value.map(maskAll);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskAll(v)]));
  return value;
}

/** A copy of the payload with every personal field (at any depth) masked; the input is untouched. */
export function maskPayload(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPayload);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, isPersonalKey(k) ? maskAll(v) : maskPayload(v)]),
    );
  return value;
}
