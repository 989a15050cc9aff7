import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { emailTokens, users } from "@/db/schema";
import { linksIn } from "@/test/mail-sink";
import { mailTestbed, settle, TEST_APP_URL } from "@/test/mail-harness";
import { testClock } from "@/test/harness";
import { signUp } from "./service";
import { confirmEmailLink } from "./sign-up";
import { hashToken } from "./email-tokens";
import { RESET_LIMITS } from "./password-reset";

const clock = testClock();
let bed: Awaited<ReturnType<typeof mailTestbed>>;
beforeAll(async () => {
  bed = await mailTestbed({ now: clock.now });
});
afterAll(() => bed.close());

let counter = 0;
const address = (name: string) => `${name}-${++counter}-${Date.now()}@example.test`;
const password = "correct horse battery";

function tokenOf(link: string) {
  return new URL(link).searchParams.get("token")!;
}

async function onlyMailTo(email: string) {
  await bed.sink.waitFor(() => bed.sink.to(email).length > 0);
  await settle(600);
  const mails = bed.sink.to(email);
  expect(mails).toHaveLength(1);
  return mails[0]!;
}

describe("sign-up with a confirmed address", () => {
  it("ends on 'check your inbox' and mails a single-use link, stored only as a hash, that makes the account", async () => {
    const email = address("new");
    const answer = await bed.caller(null).account.signUp({ name: "Robin", email, password, next: "/join/ABC" });
    expect(answer).toEqual({ status: "check-inbox" });
    expect(await bed.db.select().from(users).where(eq(users.email, email))).toHaveLength(0);

    const mail = await onlyMailTo(email);
    const link = linksIn(mail).find((candidate) => candidate.includes("/confirm-email"))!;
    expect(link.startsWith(`${TEST_APP_URL}/confirm-email?token=`)).toBe(true);
    const token = tokenOf(link);
    expect(token.length).toBeGreaterThanOrEqual(22); // ≥ 128 bits in base64url
    const [stored] = await bed.db.select().from(emailTokens).where(eq(emailTokens.email, email));
    expect(stored!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const { user, next } = await confirmEmailLink(bed.db, token, clock.now());
    expect(user).toMatchObject({ name: "Robin", email });
    expect(next).toBe("/join/ABC");
    await expect(confirmEmailLink(bed.db, token, clock.now())).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("gives an address that has an account the same answer, and mails its owner instead", async () => {
    const owner = await signUp(bed.db, { name: "Owner", email: address("owner"), password }, null);
    const answer = await bed
      .caller(null)
      .account.signUp({ name: "Stranger", email: owner.email.toUpperCase(), password: "another password" });
    expect(answer).toEqual({ status: "check-inbox" });
    const mail = await onlyMailTo(owner.email);
    expect(mail.subject).toBe("Someone tried to sign up with your address");
    expect(linksIn(mail)).toEqual([`${TEST_APP_URL}/sign-in`, `${TEST_APP_URL}/forgot-password`]);
    expect(
      await bed.db.select().from(emailTokens).where(eq(emailTokens.email, owner.email.toUpperCase())),
    ).toHaveLength(0);
  });

  it("lets a confirmation link expire after 24 hours", async () => {
    const email = address("late");
    await bed.caller(null).account.signUp({ name: "Late", email, password });
    const token = tokenOf(linksIn(await onlyMailTo(email))[0]!);
    const later = new Date(clock.now().getTime() + 24 * 60 * 60_000 + 1000);
    await expect(confirmEmailLink(bed.db, token, later)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses a malformed address beside its field", async () => {
    const attempt = bed.caller(null).account.signUp({ name: "X", email: "not an address", password });
    await expect(attempt).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await attempt.catch((error: { message: string }) =>
      expect(error.message).toContain("That doesn't look like an email address."),
    );
  });
});

describe("forgot password", () => {
  it("answers the same for an unknown address, and sends nothing", async () => {
    const email = address("nobody");
    await expect(bed.caller(null).account.forgotPassword({ email })).resolves.toBeUndefined();
    await settle();
    expect(bed.sink.to(email)).toHaveLength(0);
  });

  it("mails a 30-minute link built from NEXTAUTH_URL; the reset ends every session, sends a notice, and the link works once", async () => {
    const person = await signUp(bed.db, { name: "Kit", email: address("kit"), password }, null);
    await expect(bed.caller(null).account.forgotPassword({ email: person.email })).resolves.toBeUndefined();
    const mail = await onlyMailTo(person.email);
    const link = linksIn(mail)[0]!;
    expect(link.startsWith(`${TEST_APP_URL}/reset-password?token=`)).toBe(true);
    expect(mail.text).not.toContain("evil.example");
    const token = tokenOf(link);

    bed.sink.messages.length = 0;
    await bed.caller(null).account.resetPassword({ token, password: "a brand new password" });
    const [after] = await bed.db.select().from(users).where(eq(users.id, person.id));
    expect(after!.sessionVersion).toBe(1);
    await expect(bed.caller({ userId: person.id, sessionVersion: 0 }).account.me()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const notice = await onlyMailTo(person.email);
    expect(notice.subject).toBe("Your password was changed");

    await expect(
      bed.caller(null).account.resetPassword({ token, password: "yet another password" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This link has expired or was already used. Ask for a new one.",
    });
  });

  it("lets a reset link expire after 30 minutes", async () => {
    const person = await signUp(bed.db, { name: "Slow", email: address("slow"), password }, null);
    await bed.caller(null).account.forgotPassword({ email: person.email });
    const token = tokenOf(linksIn(await onlyMailTo(person.email))[0]!);
    clock.advance(31 * 60_000);
    try {
      await expect(
        bed.caller(null).account.resetPassword({ token, password: "too late a password" }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    } finally {
      clock.set(new Date());
    }
  });

  it("limits a storm of requests per address: a clear answer, and no mail beyond the limit", async () => {
    const person = await signUp(bed.db, { name: "Storm", email: address("storm"), password }, null);
    const answers = await Promise.allSettled(
      Array.from({ length: RESET_LIMITS.perEmail.max + 4 }, () =>
        bed.caller(null).account.forgotPassword({ email: person.email }),
      ),
    );
    const refused = answers.filter((answer) => answer.status === "rejected");
    expect(refused).toHaveLength(4);
    for (const answer of refused)
      expect((answer as PromiseRejectedResult).reason).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    await bed.sink.waitFor(() => bed.sink.to(person.email).length >= RESET_LIMITS.perEmail.max);
    await settle();
    expect(bed.sink.to(person.email)).toHaveLength(RESET_LIMITS.perEmail.max);
  });

  it("limits requests per IP across addresses", async () => {
    const ip = "198.51.100.23";
    const tries = Array.from({ length: RESET_LIMITS.perIp.max + 1 }, (_, i) => `ip-${i}-${Date.now()}@example.test`);
    const answers = [];
    for (const email of tries)
      answers.push(
        await bed
          .caller(null, ip)
          .account.forgotPassword({ email })
          .then(
            () => "ok",
            (error: { code: string }) => error.code,
          ),
      );
    expect(answers.at(-1)).toBe("TOO_MANY_REQUESTS");
    expect(answers.filter((answer) => answer === "ok")).toHaveLength(RESET_LIMITS.perIp.max);
  });
});

describe("changing email", () => {
  it("keeps the old address until the new one confirms, and tells the old one", async () => {
    const person = await signUp(bed.db, { name: "Mover", email: address("old"), password }, null);
    const newEmail = address("new-home");
    const answer = await bed
      .caller({ userId: person.id, sessionVersion: 0 })
      .account.changeEmail({ newEmail, password });
    expect(answer).toEqual({ status: "confirm-new-address" });
    const notice = await onlyMailTo(person.email);
    expect(notice.subject).toBe("A change of email address was requested");
    expect(notice.text).not.toContain(newEmail);
    const [before] = await bed.db.select({ email: users.email }).from(users).where(eq(users.id, person.id));
    expect(before!.email).toBe(person.email);

    const token = tokenOf(linksIn(await onlyMailTo(newEmail))[0]!);
    await confirmEmailLink(bed.db, token, clock.now());
    const [after] = await bed.db.select({ email: users.email }).from(users).where(eq(users.id, person.id));
    expect(after!.email).toBe(newEmail);
  });

  it("refuses without the right password", async () => {
    const person = await signUp(bed.db, { name: "Guard", email: address("guard"), password }, null);
    await expect(
      bed
        .caller({ userId: person.id, sessionVersion: 0 })
        .account.changeEmail({ newEmail: address("elsewhere"), password: "wrong password!" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const [{ count }] = (await bed.db.execute(
      sql`select count(*)::int as count from graphile_worker.jobs`,
    )) as unknown as [{ count: number }];
    expect(count).toBe(0);
  });
});
