/** graphile-worker opens its own node-postgres pool: the same database, minus our own URL marker. */
export function workerConnectionString(databaseUrl: string) {
  const url = new URL(databaseUrl);
  url.searchParams.delete("embedded");
  return url.toString();
}
