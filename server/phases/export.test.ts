import { describe, expect, it } from "vitest";
import { addDays } from "@/server/domain/calendar-days";
import { callerFor, makeCouple } from "@/test/harness";

const today = "2026-05-20";
const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const NOTE = "private: the knot again";

describe("the pace of recovery in exports", () => {
  it("gives me my check-ins with their notes, and my partner only what they share, never a note", async () => {
    const { a, b } = await makeCouple(["Alex", "Blair"]);
    for (let back = 13; back >= 0; back--) {
      const day = addDays(today, -back);
      await callerFor(a, { now: () => noon(day) }).checkIns.record({
        safety: 5,
        trust: back >= 7 ? 2 : 8,
        connection: 5,
        note: NOTE,
      });
    }
    const exportOf = async (user: typeof a) => {
      const data = await callerFor(user, { now: () => noon(today) }).account.exportData();
      return data.spaces[0]!;
    };

    const mine = await exportOf(a);
    expect(mine.checkIns.mine).toHaveLength(14);
    expect(mine.checkIns.mine[0]).toMatchObject({ day: addDays(today, -13), trust: 2, note: NOTE });
    expect(mine.checkIns.iShareWithMyPartner).toBe("nothing");

    const blairs = await exportOf(b);
    expect(blairs.checkIns.mine).toEqual([]);
    expect(blairs.checkIns.sharedWithMeByMyPartner).toEqual({ level: "nothing" });
    expect(JSON.stringify(blairs)).not.toContain(NOTE);

    await callerFor(a).checkIns.setSharing({ level: "direction" });
    const directionOnly = await exportOf(b);
    expect(directionOnly.checkIns.sharedWithMeByMyPartner).toEqual({
      level: "direction",
      directions: { safety: "steady", trust: "rising", connection: "steady" },
    });
    expect(JSON.stringify(directionOnly)).not.toContain(addDays(today, -2));
  });

  it("has disclosures as the author wrote them and as the partner received them, and the phase", async () => {
    const { callerA, callerB, a, b } = await makeCouple(["Alex", "Blair"]);
    const told = await callerA.disclosures.write({ body: "I still had her number saved." });
    await callerB.disclosures.acknowledge({ id: told.id });
    await callerA.pace.propose({ phase: "attune" });
    await callerB.pace.accept({ phase: "attune" });

    const fromA = (await callerFor(a).account.exportData()).spaces[0]!;
    const fromB = (await callerFor(b).account.exportData()).spaces[0]!;
    expect(fromA.disclosures).toEqual([
      expect.objectContaining({
        told: "by me",
        body: "I still had her number saved.",
        acknowledgedAt: expect.any(Date),
      }),
    ]);
    expect(fromB.disclosures).toEqual([
      expect.objectContaining({
        told: "to me",
        by: "Alex",
        body: "I still had her number saved.",
        receivedAt: expect.any(Date),
      }),
    ]);
    expect(fromA.phase).toMatchObject({ phase: "attune", offeredStep: null });
    expect(fromB.milestones.map((m) => m.title)).toContain("Moved to Attune together");
  });
});
