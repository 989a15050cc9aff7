import { Logger, run, type Runner } from "graphile-worker";
import type { Database } from "@/db/client";
import { jobTasks } from "./tasks";

/*
 * Operators see every failure with its attempt count; partners never do. Routine
 * progress ("completed task…") stays out of the log.
 */
const logger = new Logger((scope) => (level, message) => {
  if (level === "error" || level === "warning")
    console.error(`[jobs${scope.taskIdentifier ? ` ${scope.taskIdentifier}` : ""}] ${message}`);
});

/**
 * The job worker, inside the app's own process: graphile-worker takes each job with
 * SELECT … FOR UPDATE SKIP LOCKED, so with several app instances each job runs once,
 * and retries failures with exponential backoff (up to the job's max_attempts).
 */
export function startJobWorker(options: {
  db: Database;
  databaseUrl: string;
  now?: () => Date;
  pollInterval?: number;
}): Promise<Runner> {
  return run({
    connectionString: options.databaseUrl,
    concurrency: 1,
    maxPoolSize: 2,
    pollInterval: options.pollInterval ?? 2000,
    noHandleSignals: true,
    // Hourly, on one instance at a time (graphile-worker's cron keeps track in the database).
    crontab: "0 * * * * date_reminders",
    logger,
    taskList: jobTasks(options.db, options.now ?? (() => new Date())),
  });
}
