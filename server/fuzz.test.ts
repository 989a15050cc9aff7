import { signUp } from "@/server/account/service";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Database } from "@/db/client";
import { isolatedDatabase } from "@/test/isolated-database";
import { appRouter, createCaller } from "./root";

/**
 * Every procedure, called as a linked partner with random and hostile input: huge
 * strings, wrong types, unicode edge cases, SQL and HTML fragments. No call may fail
 * with a 500, and a rejected call must leave the database exactly as it was.
 */
const hostileStrings = [
  "",
  " ",
  "x".repeat(100_000),
  "'; drop table users; --",
  "' or '1'='1",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "\u202Eevil\u202C",
  "\u200B\u200D\uFEFF",
  "👩‍❤️‍💋‍👨".repeat(500),
  "a\u0000b",
  "\uD800",
  "Ω≈ç√∫˜µ≤≥÷",
  "../../etc/passwd",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "2026-02-30",
  "9999-99-99T99:99",
  "NaN",
  "-1",
  "1e309",
  "__proto__",
];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.constantFrom(...hostileStrings), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
);

function inputKeys(path: string): string[] {
  const procedure = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>)[path];
  const schema = procedure?._def.inputs[0];
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function hostileInput(path: string): fc.Arbitrary<unknown> {
  const keys = inputKeys(path);
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])), { requiredKeys: [] })
    : fc.constant(undefined);
  return fc.oneof(shaped, shaped, hostileValue, fc.anything({ maxDepth: 2 }));
}

async function snapshot(db: Database) {
  // auth_attempts is left out on purpose: a refused password check still counts as an attempt.
  const tables = (await db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'auth_attempts' order by table_name`,
  )) as unknown as { table_name: string }[];
  const counts: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = (await db.execute(sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql.identifier(table_name)} t`)) as unknown as { digest: string }[];
    counts[table_name] = row!.digest;
  }
  return counts;
}

let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;
let couples = 0;

function callerAs(userId: string | null) {
  return createCaller({ db: isolated.db, session: userId ? { userId, sessionVersion: 0 } : null, headers: null, now: () => new Date() });
}

/** A fresh linked couple for each procedure, so one procedure's accepted calls (an unlink, say) can't blunt the next's. */
async function linkedPartner() {
  const n = couples++;
  const password = "fuzzing is careful work";
  const a = await signUp(isolated.db, { name: "Fuzz A", email: `fuzz-a-${n}@example.test`, password }, null);
  const b = await signUp(isolated.db, { name: "Fuzz B", email: `fuzz-b-${n}@example.test`, password }, null);
  const { invite } = await callerAs(a.id).couple.create({ repairBeganOn: "2026-01-01" });
  await callerAs(b.id).couple.join({ code: invite.code });
  return callerAs(a.id);
}

beforeAll(async () => {
  isolated = await isolatedDatabase();
}, 60_000);

afterAll(() => isolated?.close());

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([, procedure]) => procedure._def.type !== "subscription")
  .map(([path]) => path)
  .sort();

describe("hostile input", () => {
  for (const path of procedures) {
    it(`${path} answers every hostile input without a 500, and a rejected call writes nothing`, async () => {
      const partner = await linkedPartner();
      await fc.assert(
        fc.asyncProperty(hostileInput(path), async (input) => {
          const before = await snapshot(isolated.db);
          const call = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], partner) as (
            input: unknown,
          ) => Promise<unknown>;
          try {
            await call(input);
          } catch (error) {
            if (!(error instanceof TRPCError)) throw error;
            expect(error.code, `${path} with ${JSON.stringify(input)?.slice(0, 200)}: ${error.message}`).not.toBe("INTERNAL_SERVER_ERROR");
            if (error.code === "BAD_REQUEST") expect(await snapshot(isolated.db)).toEqual(before);
          }
        }),
        { numRuns: 25 },
      );
    }, 120_000);
  }
});
