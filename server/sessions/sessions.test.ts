import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { sessions } from "@/db/schema";
import { db, makeUser, testClock, type TestUser } from "@/test/harness";
import { createCaller } from "../root";
import { loadViewer } from "../viewer";
import { startSession } from "./service";

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_ON_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

/** A device signed in as `user`: its own session record, and a caller that carries its id as a browser's token does. */
async function signedInDevice(user: TestUser, userAgent: string, clock = testClock()) {
  const sessionId = await startSession(db, { id: user.id, sessionVersion: 0 }, userAgent, clock.now());
  const caller = createCaller({
    db,
    session: { userId: user.id, sessionVersion: 0, sessionId },
    headers: null,
    now: clock.now,
  });
  return { sessionId, caller, clock };
}

async function lastUsedAt(sessionId: string) {
  const [row] = await db.select({ lastUsedAt: sessions.lastUsedAt }).from(sessions).where(eq(sessions.id, sessionId));
  return row?.lastUsedAt ?? null;
}

describe("where you're signed in", () => {
  it("lists each device by browser and system, marks this one, and shows no one else's", async () => {
    const [sam, other] = await Promise.all([makeUser("Sam"), makeUser("Robin")]);
    const laptop = await signedInDevice(sam, FIREFOX_ON_WINDOWS);
    await signedInDevice(sam, SAFARI_ON_IPHONE);
    await signedInDevice(other, SAFARI_ON_IPHONE);

    const listed = await laptop.caller.sessions.list();
    expect(
      listed
        .map(({ browser, system, current }) => ({ browser, system, current }))
        .sort((a, b) => a.browser.localeCompare(b.browser)),
    ).toEqual([
      { browser: "Firefox", system: "Windows", current: true },
      { browser: "Safari", system: "iPhone", current: false },
    ]);
    // The day, never the hour it was last used.
    expect(listed[0]!.lastUsedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(listed)).not.toContain("Mozilla");
  });

  it("signs out one device from another, and only that one", async () => {
    const sam = await makeUser("Sam");
    const laptop = await signedInDevice(sam, FIREFOX_ON_WINDOWS);
    const phone = await signedInDevice(sam, SAFARI_ON_IPHONE);
    const tablet = await signedInDevice(sam, SAFARI_ON_IPHONE);

    await laptop.caller.sessions.end({ id: phone.sessionId });
    await expect(phone.caller.account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(laptop.caller.account.me()).resolves.toBeTruthy();
    await expect(tablet.caller.account.me()).resolves.toBeTruthy();
    expect((await laptop.caller.sessions.list()).map((session) => session.id).sort()).toEqual(
      [laptop.sessionId, tablet.sessionId].sort(),
    );
  });

  it("can't end another person's session: it answers as a missing one", async () => {
    const [sam, robin] = await Promise.all([makeUser("Sam"), makeUser("Robin")]);
    const mine = await signedInDevice(sam, FIREFOX_ON_WINDOWS);
    const theirs = await signedInDevice(robin, FIREFOX_ON_WINDOWS);
    await expect(mine.caller.sessions.end({ id: theirs.sessionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(mine.caller.sessions.end({ id: crypto.randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(theirs.caller.account.me()).resolves.toBeTruthy();
  });

  it("signs out everywhere else, keeping this device", async () => {
    const sam = await makeUser("Sam");
    const laptop = await signedInDevice(sam, FIREFOX_ON_WINDOWS);
    const phone = await signedInDevice(sam, SAFARI_ON_IPHONE);
    await laptop.caller.sessions.endOthers();
    await expect(phone.caller.account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(laptop.caller.account.me()).resolves.toBeTruthy();
  });

  it("ends every session on a password change or sign-out everywhere, as before", async () => {
    const sam = await makeUser("Sam");
    const laptop = await signedInDevice(sam, FIREFOX_ON_WINDOWS);
    const phone = await signedInDevice(sam, SAFARI_ON_IPHONE);
    await laptop.caller.account.changePassword({
      currentPassword: "correct horse battery",
      newPassword: "a brand new password",
    });
    await expect(laptop.caller.account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(phone.caller.account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // Signed in again at the new version: the old devices are gone from the list too.
    const again = await startSession(db, { id: sam.id, sessionVersion: 1 }, FIREFOX_ON_WINDOWS, new Date());
    const caller = createCaller({
      db,
      session: { userId: sam.id, sessionVersion: 1, sessionId: again },
      headers: null,
      now: () => new Date(),
    });
    expect((await caller.sessions.list()).map((session) => session.id)).toEqual([again]);
    await caller.account.signOutEverywhere();
    await expect(caller.account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("writes 'last used' at most once an hour, never on every read", async () => {
    const sam = await makeUser("Sam");
    const clock = testClock(new Date("2026-12-01T08:00:00Z"));
    const device = await signedInDevice(sam, FIREFOX_ON_WINDOWS, clock);
    const startedAt = await lastUsedAt(device.sessionId);

    clock.advance(59 * 60_000);
    await device.caller.account.me();
    await loadViewer(db, sam.id, 0, { id: device.sessionId, now: clock.now() });
    expect(await lastUsedAt(device.sessionId)).toEqual(startedAt);

    clock.advance(60_000);
    await device.caller.account.me();
    expect(await lastUsedAt(device.sessionId)).toEqual(clock.now());
    clock.advance(30 * 60_000);
    await device.caller.account.me();
    expect(await lastUsedAt(device.sessionId)).toEqual(new Date("2026-12-01T09:00:00Z"));
  });
});
