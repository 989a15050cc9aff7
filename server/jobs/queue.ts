import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

export type JobOptions = {
  runAt?: Date;
  maxAttempts?: number;
  /** One pending job per key (graphile-worker's job_key). */
  jobKey?: string;
  /** "preserve_run_at": a later event joins the job already waiting, at its time. */
  jobKeyMode?: "replace" | "preserve_run_at";
};

/**
 * Queues a job in graphile-worker's table through the caller's connection: inside a
 * transaction, the job exists only if the transaction commits, so a rolled-back change
 * sends nothing and a committed one is never forgotten (the job survives restarts).
 */
export async function enqueueJob(
  db: Executor,
  task: string,
  payload: Record<string, unknown>,
  options: JobOptions = {},
) {
  await db.execute(sql`select graphile_worker.add_job(
    identifier => ${task}::text,
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 10}::int,
    job_key => ${options.jobKey ?? null}::text,
    job_key_mode => ${options.jobKeyMode ?? "replace"}::text
  )`);
}
