/** The ports of one end-to-end run, all derived from E2E_PORT so parallel runs never meet. */
export function e2ePorts() {
  const app = Number(process.env.E2E_PORT ?? 3100);
  return { app, smtp: app + 20_000, mailApi: app + 21_000, database: app + 22_000 };
}
