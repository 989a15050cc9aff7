import { getDb } from "@/db/client";
import { mailMode, warnIfMailIsOff } from "../mail/config";
import { startJobWorker } from "./worker";

const globalForWorker = globalThis as unknown as { kintsugiWorker?: Promise<unknown> };

/** The app server's own worker, started once per process (next dev reloads modules, not processes). */
export async function startAppJobWorker() {
  warnIfMailIsOff();
  const databaseUrl = process.env.DATABASE_URL;
  // `next build` loads the server to prerender pages: no worker there.
  if (!databaseUrl || process.env.NEXT_PHASE === "phase-production-build") return;
  // PostgreSQL wakes the worker with LISTEN/NOTIFY; the embedded server can't deliver those across connections, so it polls.
  const pollInterval = new URL(databaseUrl).searchParams.get("embedded") === "1" ? 500 : 2000;
  globalForWorker.kintsugiWorker ??= startJobWorker({ db: getDb(), databaseUrl, pollInterval }).catch(
    (error: unknown) => {
      console.error("The job worker could not start:", error instanceof Error ? error.message : error);
    },
  );
  if (mailMode() === "files") console.log("Email: written to .data/mail/ (no SMTP_URL set).");
}
