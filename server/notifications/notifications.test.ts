import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { notificationEvents, users } from "@/db/schema";
import { coupleIn, mailTestbed, settle, TEST_APP_URL } from "@/test/mail-harness";
import { linksIn } from "@/test/mail-sink";
import { testClock } from "@/test/harness";
import { runDigest } from "./digest";
import { notificationLinkPath } from "./notification-link";
import { isValidUnsubscribe, unsubscribeUrls } from "./unsubscribe-link";

const apology = {
  kind: "forgiveness" as const,
  whatIDid: "I read your messages without asking",
  howItHurt: "It broke the trust you gave me",
  whatIAmDoing: "I am seeing a counsellor on Tuesdays",
};
const everything = {
  waiting: true,
  dates: true,
  milestones: true,
  period: "immediately" as const,
  quietStart: 0,
  quietEnd: 0,
  showDetails: false,
};

describe("notifications, with the worker running", () => {
  let bed: Awaited<ReturnType<typeof mailTestbed>>;
  beforeAll(async () => {
    bed = await mailTestbed();
  });
  afterAll(() => bed.close());

  const as = (userId: string) => bed.caller({ userId, sessionVersion: 0 });

  it("sends nothing to a person who hasn't turned notifications on", async () => {
    const { a, b } = await coupleIn(bed.db);
    await as(a.id).forgiveness.send({ id: randomUUID(), ...apology });
    await settle();
    expect(bed.sink.to(b.email)).toHaveLength(0);
    expect(await bed.db.select().from(notificationEvents).where(eq(notificationEvents.userId, b.id))).toHaveLength(0);
  });

  it("sends one discreet mail: no names, no words, no app name; a neutral link and a one-click unsubscribe", async () => {
    const { a, b } = await coupleIn(bed.db, ["Morgan", "Rowan"]);
    await as(b.id).notifications.save(everything);
    const id = randomUUID();
    await as(a.id).forgiveness.send({ id, ...apology });
    await bed.sink.waitFor(() => bed.sink.to(b.email).length > 0);
    await settle();
    const mails = bed.sink.to(b.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe("You have an update");
    expect(mail.from).toMatch(/^"?Updates"? </);
    const whole = `${mail.subject}\n${mail.from}\n${mail.text}\n${mail.html}`;
    for (const secret of [
      "Morgan",
      "Rowan",
      "Kintsugi",
      "forgiv",
      apology.whatIDid,
      apology.howItHurt,
      apology.whatIAmDoing,
    ]) {
      expect(whole.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    expect(mail.text).toContain("1 update is waiting for you.");
    const [open, unsubscribePage] = linksIn(mail);
    const [event] = await bed.db.select().from(notificationEvents).where(eq(notificationEvents.userId, b.id));
    expect(open).toBe(`${TEST_APP_URL}/n/${event!.id}`);
    expect(event!.linkPath).toBe(`/forgiveness/${id}`);
    // The link opens it for its recipient only; anyone else, and a mangled id, land on their own dashboard.
    expect(await notificationLinkPath(bed.db, b.id, event!.id)).toBe(`/forgiveness/${id}`);
    expect(await notificationLinkPath(bed.db, a.id, event!.id)).toBe("/dashboard");
    expect(await notificationLinkPath(bed.db, b.id, `${event!.id}x`)).toBe("/dashboard");
    expect(unsubscribePage).toBe(unsubscribeUrls(b.id).page);
    expect(mail.headers["list-unsubscribe"]).toBe(`<${unsubscribeUrls(b.id).oneClick}>`);
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("names the app and the kinds, never the words, when the person asks for details", async () => {
    const { a, b } = await coupleIn(bed.db, ["Sasha", "Jules"]);
    await as(b.id).notifications.save({ ...everything, showDetails: true });
    await as(a.id).forgiveness.send({ id: randomUUID(), ...apology });
    await bed.sink.waitFor(() => bed.sink.to(b.email).length > 0);
    const mail = bed.sink.to(b.email)[0]!;
    expect(mail.subject).toBe("Kintsugi: 1 update");
    expect(mail.text).toContain("1 thing waiting on you.");
    for (const secret of ["Sasha", "Jules", apology.whatIDid]) expect(mail.text).not.toContain(secret);
  });

  it("queues nothing when the change that caused it rolls back", async () => {
    const { b } = await coupleIn(bed.db);
    await as(b.id).notifications.save(everything);
    const { notify } = await import("./notify");
    await bed.db
      .transaction(async (tx) => {
        await notify(tx, b.id, "waiting", "/dashboard", new Date());
        throw new Error("the change failed");
      })
      .catch(() => {});
    await settle();
    expect(bed.sink.to(b.email)).toHaveLength(0);
    expect(await bed.db.select().from(notificationEvents).where(eq(notificationEvents.userId, b.id))).toHaveLength(0);
  });
});

describe("digest timing, on the test clock", () => {
  // No worker: the test runs the digest job itself at the times it chooses.
  let bed: Awaited<ReturnType<typeof mailTestbed>>;
  const clock = testClock(new Date("2026-03-28T21:30:00Z")); // 22:30 in Berlin, the night the clocks go forward
  beforeAll(async () => {
    bed = await mailTestbed({ now: clock.now, worker: false });
  });
  afterAll(() => bed.close());

  const as = (userId: string) => bed.caller({ userId, sessionVersion: 0 });
  const waitingDigest = async (userId: string) => {
    const rows = (await bed.db.execute(
      sql`select run_at from graphile_worker.jobs where key = ${`digest:${userId}`}`,
    )) as unknown as { run_at: Date }[];
    return rows[0] ? new Date(rows[0].run_at) : null;
  };

  it("holds a mail through the quiet hours of a daylight-saving night, then sends one for everything waiting", async () => {
    const { a, b } = await coupleIn(bed.db);
    await bed.db.update(users).set({ timeZone: "Europe/Berlin" }).where(eq(users.id, b.id));
    await as(b.id).notifications.save({ ...everything, period: "twice_daily", quietStart: 22 * 60, quietEnd: 8 * 60 });
    clock.advance(60_000);
    await as(a.id).forgiveness.send({ id: randomUUID(), ...apology });
    await as(a.id).vents.write({ body: "I am still so angry about the messages" });

    await runDigest(bed.db, b.id, "job-1", clock.now());
    expect(bed.sink.to(b.email)).toHaveLength(0);
    // 08:00 in Berlin on the 29th is already summer time: 06:00 UTC.
    expect(await waitingDigest(b.id)).toEqual(new Date("2026-03-29T06:00:00Z"));

    clock.set(new Date("2026-03-29T06:00:00Z"));
    await runDigest(bed.db, b.id, "job-2", clock.now());
    await bed.sink.waitFor(() => bed.sink.to(b.email).length > 0);
    expect(bed.sink.to(b.email)).toHaveLength(1);
    expect(bed.sink.to(b.email)[0]!.text).toContain("2 updates are waiting for you.");

    // Twice a day: the next one waits 12 hours after the last.
    clock.advance(60 * 60_000);
    await as(a.id).vents.write({ body: "Another hard evening" });
    await runDigest(bed.db, b.id, "job-3", clock.now());
    expect(await waitingDigest(b.id)).toEqual(new Date("2026-03-29T18:00:00Z"));
    expect(bed.sink.to(b.email)).toHaveLength(1);
  });

  it("leaves out what the person has already seen in the app", async () => {
    const { a, b } = await coupleIn(bed.db);
    await as(b.id).notifications.save(everything);
    clock.advance(60_000);
    await as(a.id).vents.write({ body: "Something I needed to say" });
    clock.advance(60_000);
    await as(b.id).notifications.markSeen();
    await runDigest(bed.db, b.id, "job-4", clock.now());
    await settle(500);
    expect(bed.sink.to(b.email)).toHaveLength(0);
    const pending = await bed.db
      .select()
      .from(notificationEvents)
      .where(and(eq(notificationEvents.userId, b.id), sql`${notificationEvents.digestedAt} is null`));
    expect(pending).toHaveLength(0);
  });

  it("loses nothing when a send fails and its job is retried, and mails nothing twice", async () => {
    const { a, b } = await coupleIn(bed.db);
    await as(b.id).notifications.save(everything);
    clock.advance(60_000);
    await as(a.id).vents.write({ body: "One" });
    bed.sink.refuseNext(1);
    await expect(runDigest(bed.db, b.id, "job-5", clock.now())).rejects.toThrow();
    await as(a.id).vents.write({ body: "Two" });
    await runDigest(bed.db, b.id, "job-5", clock.now());
    await bed.sink.waitFor(() => bed.sink.to(b.email).length > 0);
    // The retry carries what the failed attempt took, and what arrived since.
    expect(bed.sink.to(b.email)[0]!.text).toContain("2 updates are waiting for you.");
    clock.advance(13 * 60 * 60_000);
    await runDigest(bed.db, b.id, "job-6", clock.now());
    await settle(500);
    expect(bed.sink.to(b.email)).toHaveLength(1);
  });
});

describe("a date coming up", () => {
  let bed: Awaited<ReturnType<typeof mailTestbed>>;
  beforeAll(async () => {
    bed = await mailTestbed({ worker: false });
  });
  afterAll(() => bed.close());
  const datesOf = (userId: string) => bed.caller({ userId, sessionVersion: 0 }).dates;

  it("is noted the day before on each person's own calendar, once, and a surprise never more than that", async () => {
    const { a, b } = await coupleIn(bed.db);
    await bed.db.update(users).set({ timeZone: "Pacific/Auckland" }).where(eq(users.id, b.id));
    await bed
      .caller({ userId: b.id, sessionVersion: 0 })
      .notifications.save({ ...everything, waiting: false, milestones: false });
    // Saturday 19:00 in Auckland (06:00 UTC on Saturday), planned as a surprise by A.
    await datesOf(a.id).create({
      title: "Dinner at the old boathouse",
      startsAt: "2026-12-19T19:00",
      endsAt: "2026-12-19T22:00",
      timeZone: "Pacific/Auckland",
      place: "The boathouse",
      notes: "Bring the blue scarf",
      surprise: { revealAt: "2026-12-19T18:00", hints: [] },
    });
    const events = () => bed.db.select().from(notificationEvents).where(eq(notificationEvents.userId, b.id));
    // Thursday evening in Auckland: two days before, nothing yet.
    const { recordDateReminders } = await import("./date-reminders");
    await recordDateReminders(bed.db, new Date("2026-12-17T08:00:00Z"));
    expect(await events()).toHaveLength(0);
    // Friday 09:00 in Auckland (Thursday 20:00 UTC): the day before where B lives.
    await recordDateReminders(bed.db, new Date("2026-12-17T20:00:00Z"));
    await recordDateReminders(bed.db, new Date("2026-12-17T21:00:00Z"));
    const noted = await events();
    expect(noted).toHaveLength(1);
    expect(noted[0]!.kind).toBe("dates");
    // Not A's: A's dates kind is off.
    expect(await bed.db.select().from(notificationEvents).where(eq(notificationEvents.userId, a.id))).toHaveLength(0);
  });
});

describe("unsubscribe links", () => {
  it("accepts the signed link and refuses a forged or altered one", () => {
    process.env.NEXTAUTH_SECRET ??= "test-only-secret-for-signed-links-0123456789";
    const userId = randomUUID();
    const signature = new URL(unsubscribeUrls(userId).page).searchParams.get("s")!;
    expect(isValidUnsubscribe(userId, signature)).toBe(true);
    expect(isValidUnsubscribe(randomUUID(), signature)).toBe(false);
    expect(isValidUnsubscribe(userId, `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`)).toBe(false);
    expect(isValidUnsubscribe(userId, "")).toBe(false);
    expect(isValidUnsubscribe("not-a-uuid", signature)).toBe(false);
  });
});
