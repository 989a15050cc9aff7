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

/** The same for the couple's members (a milestone is both partners'), leaving out the one who caused it. */
export async function notifyCouple(
  db: Executor,
  coupleId: string,
  exceptUserId: string | null,
  kind: NotificationKind,
  linkPath: string,
  now: Date,
) {
  await db.execute(sql`
    with event as (
      insert into notification_events (user_id, kind, link_path, created_at)
      select s.user_id, ${kind}, ${linkPath}, ${now.toISOString()}::timestamptz
      from couple_members m join notification_settings s on s.user_id = m.user_id
      where m.couple_id = ${coupleId} and m.user_id is distinct from ${exceptUserId}::uuid and s.${sql.identifier(kind)}
      returning user_id
    )
    select graphile_worker.add_job(
      identifier => 'notification_digest',
      payload => json_build_object('userId', user_id),
      job_key => 'digest:' || user_id,
      job_key_mode => 'preserve_run_at'
    ) from event`);
}
