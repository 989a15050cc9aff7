// `npm run db:seed`: a linked demo couple with a few weeks of history. Run again to
// start the demo over (the demo accounts and everything in their space are replaced).
import { inArray, sql } from "drizzle-orm";
import { connect } from "./client";
import { users } from "./schema";
import { signUp } from "@/server/account/service";
import { createCouple, joinCouple } from "@/server/couple/service";
import { loadViewer } from "@/server/viewer";
import { recordMilestone } from "@/server/milestones/record";
import { localToday } from "@/server/domain/day-count";

const PASSWORD = "kintsugi-demo-2026";
const PEOPLE = [
  { name: "Alex", email: "alex@demo.kintsugi.app" },
  { name: "Blair", email: "blair@demo.kintsugi.app" },
] as const;

function daysAgo(days: number, now = new Date()) {
  return localToday(new Date(now.getTime() - days * 86_400_000), "UTC");
}

async function main() {
  const { client, db } = connect(process.env.DATABASE_URL!, { max: 1 });
  try {
    await db.delete(users).where(inArray(sql`lower(${users.email})`, PEOPLE.map((person) => person.email)));
    const [alex, blair] = await Promise.all(
      PEOPLE.map((person) => signUp(db, { ...person, password: PASSWORD, timeZone: "Europe/London" }, null)),
    );
    const viewerOf = async (id: string) => (await loadViewer(db, id, 0))!;
    const { coupleId, invite } = await createCouple(db, await viewerOf(alex!.id), { repairBeganOn: daysAgo(42) }, new Date());
    await joinCouple(db, await viewerOf(blair!.id), invite.code, new Date());

    const history = [
      { days: 35, title: "Our first honest talk", note: "Two hours on the balcony. Hard, and it helped." },
      { days: 21, title: "Started counselling together" },
      { days: 9, title: "Walked the old river path again" },
    ];
    for (const entry of history) {
      await recordMilestone(db, { coupleId, kind: "manual", title: entry.title, note: entry.note ?? null, occurredOn: daysAgo(entry.days), createdBy: alex!.id });
    }

    console.log("\nDemo couple ready. Sign in at http://localhost:3000/sign-in as either partner:\n");
    for (const person of PEOPLE) console.log(`  ${person.name.padEnd(6)} ${person.email}  password: ${PASSWORD}`);
    console.log("");
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
