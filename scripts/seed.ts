// `npm run db:seed`: a linked demo couple with six weeks of history, written through the
// same procedures the app uses (with the clock moved back), so every rule holds for it.
// Run it again to start the demo over: the demo accounts and their space are replaced.
import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { users } from "@/db/schema";
import { signUp } from "@/server/account/service";
import { createCaller } from "@/server/root";
import { catalogueIdeas } from "@/server/domain/date-ideas";
import { localDateOf } from "@/server/domain/zoned-time";
import { addDays } from "@/server/domain/calendar-days";

const PASSWORD = "kintsugi-demo-2026";
const TIME_ZONE = "Europe/London";
const PEOPLE = [
  { name: "Alex", email: "alex@demo.kintsugi.app" },
  { name: "Blair", email: "blair@demo.kintsugi.app" },
] as const;
const DAY = 86_400_000;

async function main() {
  const { client, db } = connect(process.env.DATABASE_URL!, { max: 1 });
  const started = Date.now();
  const at = (daysAgo: number, hour = 20) => {
    const day = localDateOf(new Date(started - daysAgo * DAY), TIME_ZONE);
    return new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);
  };
  try {
    await db.delete(users).where(
      inArray(
        sql`lower(${users.email})`,
        PEOPLE.map((person) => person.email),
      ),
    );
    const [alexUser, blairUser] = await Promise.all(
      PEOPLE.map((person) => signUp(db, { ...person, password: PASSWORD, timeZone: TIME_ZONE }, null)),
    );
    const as = (user: { id: string }, when: Date) =>
      createCaller({ db, session: { userId: user.id, sessionVersion: 0 }, headers: null, now: () => when });
    const alex = (daysAgo: number, hour?: number) => as(alexUser!, at(daysAgo, hour));
    const blair = (daysAgo: number, hour?: number) => as(blairUser!, at(daysAgo, hour));

    const { invite } = await alex(42).couple.create({ repairBeganOn: localDateOf(at(42), TIME_ZONE) });
    await blair(42).couple.join({ code: invite.code });

    // Week one: the apology, and time asked for.
    const apology = randomUUID();
    await alex(40).forgiveness.send({
      id: apology,
      kind: "forgiveness",
      whatIDid: "I lied to you for months about where I was, and I let you doubt yourself.",
      howItHurt: "You stopped trusting your own memory, and you felt alone in our home.",
      whatIAmDoing: "I'm in counselling every week, and I answer any question you ask, fully.",
    });
    await blair(38).forgiveness.answer({
      id: apology,
      answer: "more_time",
      note: "I believe you're trying. I need more time.",
    });

    // A shared duty agreed, and kept most days since.
    await alex(36).responsibilities.propose({
      title: "School run on weekdays",
      details: "Both ways, so you get your mornings back.",
      owner: "me",
      cadence: { kind: "weekdays", days: [1, 2, 3, 4, 5] },
    });
    const [duty] = await blair(36).responsibilities.list();
    if (duty) {
      await blair(36).responsibilities.agree({ id: duty.id });
      for (let daysAgo = 35; daysAgo >= 1; daysAgo--) {
        const weekday = new Date(at(daysAgo)).getUTCDay();
        if (weekday === 0 || weekday === 6 || daysAgo === 17) continue;
        await alex(daysAgo, 9).responsibilities.checkOff({ id: duty.id });
      }
    }

    // Small changes each took on for themselves.
    const noPhone = await alex(30).smallChanges.start({
      title: "No phone at dinner",
      details: "It stays in the hall.",
    });
    const walk = await blair(21).smallChanges.start({
      title: "A walk before work",
      details: "Twenty minutes, any weather.",
    });
    for (let daysAgo = 30; daysAgo >= 1; daysAgo--) {
      if (daysAgo % 9 !== 0) await alex(daysAgo, 21).smallChanges.checkOff({ id: noPhone.id });
      if (daysAgo <= 21 && daysAgo % 6 !== 0) await blair(daysAgo, 8).smallChanges.checkOff({ id: walk.id });
    }
    await blair(5).smallChanges.encourage({ id: noPhone.id, message: "Dinner has felt like ours again. Thank you." });

    // Dates: ideas both liked, a kept date, and what's coming.
    for (const idea of catalogueIdeas.slice(0, 12)) {
      await alex(20).dates.react({ ideaId: idea.id, reaction: idea.id.length % 3 === 0 ? "maybe" : "yes" });
      await blair(19).dates.react({ ideaId: idea.id, reaction: idea.id.length % 2 === 0 ? "yes" : "maybe" });
    }
    const walkDate = localDateOf(at(9), TIME_ZONE);
    const kept = await blair(12).dates.create({
      title: "The old river path",
      startsAt: `${walkDate}T10:00`,
      endsAt: `${walkDate}T13:00`,
      timeZone: TIME_ZONE,
      place: "Towpath from the lock to the boathouse",
      notes: "Bring the flask.",
    });
    if (kept.kind !== "plan") throw new Error("the planner sees their own plan in full");
    await blair(8).dates.setStatus({ id: kept.id, version: kept.version, status: "done" });
    await alex(8).dates.reflect({ planId: kept.id, body: "Walking where we used to walk felt like being us again." });
    await blair(7).dates.reflect({ planId: kept.id, body: "I laughed properly for the first time in a while." });
    const saturday = addDays(localDateOf(at(0), TIME_ZONE), (6 - at(0).getUTCDay() + 7) % 7 || 7);
    await alex(2).dates.create({
      title: "Dinner at the place from our first year",
      startsAt: `${saturday}T19:00`,
      endsAt: `${saturday}T22:00`,
      timeZone: TIME_ZONE,
      place: "Luca's, corner table",
      notes: "Booked under Alex.",
      surprise: { revealAt: `${saturday}T17:00`, hints: ["Dress warmly", "Keep Saturday evening free"] },
    });

    await alex(25).memories.create({
      title: "The night the power went out",
      happenedOn: localDateOf(new Date(started - 900 * DAY), TIME_ZONE),
      place: "Our first flat",
      story: "Candles, cold pizza, and your terrible ghost stories until two in the morning.",
    });
    await blair(3).timeline.add({
      title: "Talked about the hard part without shouting",
      occurredOn: localDateOf(at(3), TIME_ZONE),
      note: "",
    });

    // The pace: four weeks of private check-ins, slowly steadier, and a step both agreed to take.
    const clamp = (value: number) => Math.max(0, Math.min(10, Math.round(value)));
    for (let daysAgo = 28; daysAgo >= 0; daysAgo--) {
      const wobble = ((daysAgo * 7) % 3) - 1;
      const lift = (28 - daysAgo) / 9;
      if (daysAgo % 6 !== 2) {
        await blair(daysAgo, 21).checkIns.record({
          safety: clamp(3 + lift + wobble),
          trust: clamp(2 + lift),
          connection: clamp(3 + lift - wobble),
          note: daysAgo === 10 ? "The walk helped. Still the knot at night." : undefined,
        });
      }
      if (daysAgo % 5 !== 3) {
        await alex(daysAgo, 22).checkIns.record({
          safety: clamp(6 + wobble),
          trust: clamp(5 + lift / 2),
          connection: clamp(4 + lift),
        });
      }
    }
    await blair(14).checkIns.setSharing({ level: "direction" });
    await alex(14).checkIns.setSharing({ level: "numbers" });
    await alex(16).pace.propose({ phase: "attune" });
    await blair(13).pace.accept({ phase: "attune" });
    const told = await alex(11).disclosures.write({
      body: "An old colleague from that time messaged me on Tuesday. I didn't answer, and I blocked the number.",
    });
    await blair(10).disclosures.acknowledge({ id: told.id });

    // Today.
    await blair(0, 8).readiness.set({ state: "open_to_talk", note: "Tonight after dinner is good." });
    await alex(0, 8).readiness.set({ state: "need_space" });
    const vent = await blair(1).vents.write({
      body: "Some days the doubt comes back out of nowhere, and I hate that.",
    });
    await alex(0, 7).vents.acknowledge({ id: vent.id });

    console.log("\nDemo couple ready. Sign in at http://localhost:3000/sign-in as either partner:\n");
    for (const person of PEOPLE) console.log(`  ${person.name.padEnd(6)} ${person.email}  password: ${PASSWORD}`);
    console.log("");
  } finally {
    // Everything, live events included, went through this one pool: ending it lets the script exit.
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
