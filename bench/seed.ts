// Seeding: through the app's own procedures (the clock moved back), and plain SQL for bulk.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { createCaller } from "@/server/root";
import { signUp } from "@/server/account/service";
import { signIn, trpc, type Session } from "@/scripts/http-session";
import { BASE } from "./servers";

const PASSWORD = "benchmarks measure, never judge";
const DAY = 86_400_000;

export type Couple = { a: Session; b: Session; coupleId: string };

export async function seedCouple(
  databaseUrl: string,
  tag: string,
  build: (couple: Callers) => Promise<void>,
): Promise<Couple> {
  const { client, db } = connect(databaseUrl, { max: 2 });
  try {
    const emails = [`a-${tag}@bench.test`, `b-${tag}@bench.test`];
    const [a, b] = await Promise.all(
      emails.map((email, i) =>
        signUp(db, { name: i ? "Blair" : "Alex", email, password: PASSWORD, timeZone: "Europe/London" }, null),
      ),
    );
    const as = (id: string, when: Date) =>
      createCaller({ db, session: { userId: id, sessionVersion: 0 }, headers: null, now: () => when });
    const yearAgo = new Date(Date.now() - 366 * DAY);
    const { coupleId, invite } = await as(a!.id, yearAgo).couple.create({
      repairBeganOn: yearAgo.toISOString().slice(0, 10),
    });
    await as(b!.id, yearAgo).couple.join({ code: invite.code });
    await build({ alex: (when) => as(a!.id, when), blair: (when) => as(b!.id, when), db, coupleId, alexId: a!.id });
  } finally {
    await client.end();
  }
  const [sessionA, sessionB] = await Promise.all([
    signIn(BASE, `a-${tag}@bench.test`, PASSWORD),
    signIn(BASE, `b-${tag}@bench.test`, PASSWORD),
  ]);
  const me = (await trpc(BASE, "account.me", undefined, sessionA.cookie, "GET")) as { couple: { id: string } };
  return { a: sessionA, b: sessionB, coupleId: me.couple.id };
}

type Caller = ReturnType<typeof createCaller>;
type Callers = {
  alex: (when: Date) => Caller;
  blair: (when: Date) => Caller;
  db: ReturnType<typeof connect>["db"];
  coupleId: string;
  alexId: string;
};

export async function addTimelineEntries({ db, coupleId, alexId }: Callers, count: number) {
  await db.execute(sql`
    insert into milestones (couple_id, kind, title, occurred_on, created_by)
    select ${coupleId}::uuid, 'manual', 'A moment worth keeping, number ' || g, current_date - (g % 365), ${alexId}::uuid
    from generate_series(1, ${count}) as g`);
}

/** A year of history: 730 check-offs, 2,000 timeline entries, 300 dates, 200 requests. */
export async function yearOfHistory(callers: Callers) {
  const { alex, blair } = callers;
  const start = Date.now() - 366 * DAY;
  const day = (n: number, hour = 9) => new Date(start + n * DAY + hour * 3_600_000);
  const duties = [];
  for (const title of ["School run", "Cook dinner"]) {
    await alex(day(0)).responsibilities.propose({
      title,
      details: "",
      owner: "me",
      cadence: { kind: "daily", days: [] },
    });
  }
  for (const duty of await blair(day(0)).responsibilities.list()) {
    await blair(day(0)).responsibilities.agree({ id: duty.id });
    duties.push(duty.id);
  }
  for (let n = 1; n <= 365; n++) {
    for (const id of duties) await alex(day(n, 20)).responsibilities.checkOff({ id });
  }
  for (let i = 0; i < 200; i++) {
    const id = randomUUID();
    const when = day(1 + Math.floor(i * 1.8));
    await alex(when).forgiveness.send({
      id,
      kind: "second_chance",
      ask: `Will you give me the chance to show you, again (${i})?`,
      whatIAmDoing: "",
    });
    if (i % 2) await blair(when).forgiveness.answer({ id, answer: "more_time", note: "Not yet." });
  }
  for (let i = 0; i < 300; i++) {
    const on = new Date(start + Math.floor(i * 1.3) * DAY).toISOString().slice(0, 10);
    const planner = i % 2 ? blair : alex;
    await planner(day(Math.floor(i * 1.3) - 3)).dates.create({
      title: `Evening ${i}`,
      startsAt: `${on}T19:00`,
      endsAt: `${on}T21:00`,
      timeZone: "Europe/London",
    });
  }
  await addTimelineEntries(callers, 2000);
}
