const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether Postgres can read this as a uuid (it takes either case). Checked before a query,
 * so a malformed id is "not found" rather than a failed cast.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
