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
  globalForWorker.kintsugiWorker ??= startJobWorker({ db: getDb(), databaseUrl }).catch((error: unknown) => {
    console.error("The job worker could not start:", error instanceof Error ? error.message : error);
  });
  if (mailMode() === "files") console.log("Email: written to .data/mail/ (no SMTP_URL set).");
}
