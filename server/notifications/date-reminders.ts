import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * "A date coming up", the day before on each person's own calendar. Run every hour by the
 * worker's cron: for every planned date of an active couple that starts tomorrow where a
 * member lives, a member with this kind on gets one event (once per date) and a digest
 * job. The mail counts it and never describes it, so a surprise stays "a date coming up".
 */
export async function recordDateReminders(db: Executor, now: Date) {
  const at = now.toISOString();
  await db.execute(sql`
    with due as (
      select s.user_id, p.id as plan_id
      from date_plans p
      join couples c on c.id = p.couple_id and c.status = 'active'
      join couple_members m on m.couple_id = p.couple_id
      join users u on u.id = m.user_id
      join notification_settings s on s.user_id = m.user_id and s.dates
      where p.status = 'planned'
        and p.starts_at > ${at}::timestamptz and p.starts_at < ${at}::timestamptz + interval '50 hours'
        and (p.starts_at at time zone u.time_zone)::date = (${at}::timestamptz at time zone u.time_zone)::date + 1
        and not exists (
          select 1 from notification_events e
          where e.user_id = s.user_id and e.kind = 'dates' and e.link_path = '/dates/' || p.id
        )
    ), event as (
      insert into notification_events (user_id, kind, link_path, created_at)
      select user_id, 'dates', '/dates/' || plan_id, ${at}::timestamptz from due
      returning user_id
    )
    select graphile_worker.add_job(
      identifier => 'notification_digest',
      payload => json_build_object('userId', user_id),
      job_key => 'digest:' || user_id,
      job_key_mode => 'preserve_run_at'
    ) from (select distinct user_id from event) people`);
}
