import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { NotificationKind } from "@/db/schema";

/**
 * Notes that something happened for `userId`, inside the caller's transaction. One
 * statement: nothing at all for a person whose mail of this kind is off (the default);
 * otherwise an event and, at most one per person, a waiting digest job
 * ("preserve_run_at": a digest already planned for after the quiet hours stays planned).
 */
export async function notify(db: Executor, userId: string, kind: NotificationKind, linkPath: string, now: Date) {
  await db.execute(sql`
    with event as (
      insert into notification_events (user_id, kind, link_path, created_at)
      select user_id, ${kind}, ${linkPath}, ${now.toISOString()}::timestamptz
      from notification_settings
      where user_id = ${userId} and ${sql.identifier(kind)}
      returning user_id
    )
    select graphile_worker.add_job(
      identifier => 'notification_digest',
      payload => json_build_object('userId', user_id),
      job_key => 'digest:' || user_id,
      job_key_mode => 'preserve_run_at'
    ) from event`);
}
