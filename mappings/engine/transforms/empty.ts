// "" ⇄ absent: portal payloads send "" where a canonical record has no value.

/** "" (and null) → undefined; anything else passes through unchanged. */
export function emptyToUndefined<T>(value: T | '' | null | undefined): T | undefined {
  return value === '' || value === null || value === undefined ? undefined : (value as T);
}

/** undefined (and null) → ""; the portal wants every optional string present. */
export function undefinedToEmpty(value: string | null | undefined): string {
  return value ?? '';
}
