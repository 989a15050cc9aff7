import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { callerFor, db, makeUser } from "@/test/harness";
import { authenticate } from "./service";
import { hashPassword, verifyPassword } from "../password";
import { recordAttempt, TooManyAttemptsError } from "../rate-limit";

const password = "correct horse battery";

describe("accounts", () => {
  it("signs up at once, on a server without mail, with a name, an email and a password of at least 10 characters", async () => {
    const email = `new-${Date.now()}@example.test`;
    const user = await callerFor(null).account.signUp({ name: "Robin", email, password });
    expect(user).toMatchObject({ status: "signed-up", name: "Robin", email });
    if (user.status !== "signed-up") throw new Error("expected an account at once");
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toMatch(/^scrypt\$/);
    expect(row!.passwordHash).not.toContain(password);
  });

  it("refuses a short password with a message beside the field", async () => {
    const attempt = callerFor(null).account.signUp({
      name: "Robin",
      email: `short-${Date.now()}@example.test`,
      password: "too short",
    });
    await expect(attempt).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await attempt.catch((error: { message: string }) => expect(error.message).toContain("at least 10 characters"));
  });

  it("treats emails as the same whatever their case", async () => {
    const email = `Case-${Date.now()}@Example.test`;
    await callerFor(null).account.signUp({ name: "Robin", email, password });
    await expect(
      callerFor(null).account.signUp({ name: "Other", email: email.toLowerCase(), password }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(authenticate(db, { email: email.toUpperCase(), password }, null)).resolves.toMatchObject({
      name: "Robin",
    });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const user = await makeUser("Quinn");
    await expect(authenticate(db, { email: user.email, password: "wrong password!" }, null)).resolves.toBeNull();
    await expect(authenticate(db, { email: `nobody-${Date.now()}@example.test`, password }, null)).resolves.toBeNull();
  });

  it("hashes with scrypt and compares in constant time, rejecting tampered hashes", async () => {
    const hash = await hashPassword(password);
    await expect(verifyPassword(password, hash)).resolves.toBe(true);
    await expect(verifyPassword("something else", hash)).resolves.toBe(false);
    await expect(verifyPassword(password, hash.replace("scrypt", "md5"))).resolves.toBe(false);
  });

  it("uses OWASP's scrypt cost outside tests", async () => {
    const { execFileSync } = await import("node:child_process");
    const output = execFileSync(
      "npx",
      [
        "tsx",
        "-e",
        "import('./server/password.ts').then(async (m) => console.log(await m.hashPassword('x'.repeat(12))))",
      ],
      { env: { ...process.env, NODE_ENV: "production" }, encoding: "utf8" },
    );
    expect(output.trim()).toMatch(/^scrypt\$17\$8\$1\$/);
  });

  it("stops sign-in attempts after ten per email in 15 minutes and says when to retry", async () => {
    const user = await makeUser("Riley");
    // Signing up was the first attempt for this email.
    for (let i = 0; i < 9; i++) await authenticate(db, { email: user.email, password: "wrong password!" }, null);
    const blocked = authenticate(db, { email: user.email, password }, null);
    await expect(blocked).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(blocked).rejects.toThrow(/try again in 15 minutes/);
  });

  it("opens the window again once it has passed", async () => {
    const key = `email:window-${Date.now()}@example.test`;
    const limit = { max: 2, windowMinutes: 15 };
    const start = new Date("2026-05-01T10:00:00Z");
    await recordAttempt(db, [{ key, limit }], start);
    await recordAttempt(db, [{ key, limit }], start);
    await expect(recordAttempt(db, [{ key, limit }], new Date("2026-05-01T10:05:00Z"))).rejects.toThrow(/10 minutes/);
    await expect(recordAttempt(db, [{ key, limit }], new Date("2026-05-01T10:16:00Z"))).resolves.toBeUndefined();
  });

  it("limits per IP too, across different emails", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const limit = { max: 3, windowMinutes: 15 };
    for (let i = 0; i < 3; i++) await recordAttempt(db, [{ key: `ip:${ip}`, limit }]);
    await expect(recordAttempt(db, [{ key: `ip:${ip}`, limit }])).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  it("returns the signed-in person, and refuses a session whose version was revoked", async () => {
    const user = await makeUser("Sky");
    await expect(callerFor(user).account.me()).resolves.toMatchObject({
      me: { id: user.id, name: "Sky" },
      couple: null,
    });
    await db.update(users).set({ sessionVersion: 1 }).where(eq(users.id, user.id));
    await expect(callerFor(user, { sessionVersion: 0 }).account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor(user, { sessionVersion: 1 }).account.me()).resolves.toBeTruthy();
  });

  it("updates only the caller's own profile, ignoring identity fields smuggled into the input", async () => {
    const [me, other] = await Promise.all([makeUser("Tove"), makeUser("Uma")]);
    await callerFor(me).account.updateProfile({
      name: "Tove B",
      timeZone: "Europe/Oslo",
      id: other.id,
      userId: other.id,
    } as never);
    const [mine] = await db.select().from(users).where(eq(users.id, me.id));
    const [theirs] = await db.select().from(users).where(eq(users.id, other.id));
    expect(mine).toMatchObject({ name: "Tove B", timeZone: "Europe/Oslo" });
    expect(theirs).toMatchObject({ name: "Uma", timeZone: "UTC" });
  });

  it("refuses a time zone that doesn't exist", async () => {
    const user = await makeUser("Vic");
    await expect(
      callerFor(user).account.updateProfile({ name: "Vic", timeZone: "Mars/Olympus" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("changes the password only with the current one, and ends the sessions issued before", async () => {
    const user = await makeUser("Wren");
    await expect(
      callerFor(user).account.changePassword({
        currentPassword: "not my password",
        newPassword: "a brand new password",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "That isn't your current password." });
    await callerFor(user).account.changePassword({ currentPassword: password, newPassword: "a brand new password" });
    await expect(callerFor(user, { sessionVersion: 0 }).account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(authenticate(db, { email: user.email, password }, null)).resolves.toBeNull();
    await expect(
      authenticate(db, { email: user.email, password: "a brand new password" }, null),
    ).resolves.toMatchObject({ sessionVersion: 1 });
  });

  it("signs out everywhere by retiring every session issued so far", async () => {
    const user = await makeUser("Xan");
    await callerFor(user).account.signOutEverywhere();
    await expect(callerFor(user, { sessionVersion: 0 }).account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
