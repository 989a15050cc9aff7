import { signUp } from "@/server/account/service";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Database } from "@/db/client";
import { isolatedDatabase } from "@/test/isolated-database";
import { edgesOf, inputVariants, sampleInput, withValueAt } from "@/test/schema-edges";
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
    const [row] = (await db.execute(
      sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql.identifier(table_name)} t`,
    )) as unknown as { digest: string }[];
    counts[table_name] = row!.digest;
  }
  return counts;
}

/** Every answer that says no: none of them may leave anything behind. */
const REJECTIONS = new Set<TRPCError["code"]>(["BAD_REQUEST", "FORBIDDEN", "CONFLICT", "NOT_FOUND"]);

let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;
let couples = 0;

function callerAs(userId: string | null) {
  return createCaller({
    db: isolated.db,
    session: userId ? { userId, sessionVersion: 0 } : null,
    headers: null,
    now: () => new Date(),
  });
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

const procedureDefs = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string; inputs: z.ZodType[] } }
>;
const procedures = Object.entries(procedureDefs)
  .filter(([, procedure]) => procedure._def.type !== "subscription")
  .map(([path]) => path)
  .sort();

function procedureOf(caller: ReturnType<typeof callerAs>, path: string) {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
}

describe("hostile input", () => {
  for (const path of procedures) {
    it(`${path} answers every hostile input without a 500, and a rejected call writes nothing`, async () => {
      const partner = await linkedPartner();
      await fc.assert(
        fc.asyncProperty(hostileInput(path), async (input) => {
          const before = await snapshot(isolated.db);
          const call = path
            .split(".")
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], partner) as (
            input: unknown,
          ) => Promise<unknown>;
          try {
            await call(input);
          } catch (error) {
            if (!(error instanceof TRPCError)) throw error;
            expect(error.code, `${path} with ${JSON.stringify(input)?.slice(0, 200)}: ${error.message}`).not.toBe(
              "INTERNAL_SERVER_ERROR",
            );
            if (REJECTIONS.has(error.code))
              expect(await snapshot(isolated.db), `${path} was refused (${error.code}) but wrote`).toEqual(before);
          }
        }),
        { numRuns: 25 },
      );
    }, 120_000);
  }
});

/**
 * Every number, date and day/time field of every procedure, at the edges its own schema
 * declares (its smallest and largest values, just past them) and at the edges of its
 * type (the first and last instants a Date holds, the years 0 and 10000, 2^31). Inside
 * the bounds a call may be refused but never fail; past them it is a BAD_REQUEST naming
 * the field. Either way a refused call writes nothing.
 */
describe("the edges of every field", () => {
  const bounded = Object.entries(procedureDefs)
    .filter(([, procedure]) => procedure._def.inputs[0])
    .map(([path, procedure]) => ({
      path,
      subscription: procedure._def.type === "subscription",
      schema: procedure._def.inputs[0]!,
    }))
    .sort((a, b) => a.path.localeCompare(b.path));

  it("finds bounds on every number and date field, including the live stream's", () => {
    const unbounded = bounded.flatMap(({ path, schema }) =>
      inputVariants(schema).flatMap((variant) =>
        sampleInput(variant)
          .leaves.filter((leaf) => leaf.kind === "unbounded")
          .map((leaf) => `${path}: ${leaf.path.join(".")}`),
      ),
    );
    expect(unbounded).toEqual([]);
    const counted = bounded.flatMap(({ schema }) =>
      inputVariants(schema).flatMap((variant) => sampleInput(variant).leaves),
    );
    expect(counted.length).toBeGreaterThan(10);
    expect(bounded.find(({ path }) => path === "live.events")).toBeTruthy();
  });

  for (const { path, subscription, schema } of bounded) {
    const variants = inputVariants(schema)
      .map((variant) => sampleInput(variant))
      .filter(({ leaves }) => leaves.length > 0);
    if (variants.length === 0) continue;
    it(`${path}: every edge is answered cleanly, and past the bounds named as the field`, async () => {
      const partner = await linkedPartner();
      const call = procedureOf(partner, path);
      for (const { sample, leaves } of variants) {
        for (const leaf of leaves) {
          for (const edge of edgesOf(leaf)) {
            // A subscription that accepts its input opens a stream: only its refusals are tried.
            if (subscription && edge.inRange) continue;
            const input = withValueAt(sample, leaf.path, edge.value);
            const field = leaf.path.join(".");
            const what = `${path} with ${field} at ${edge.label} (${String(edge.value instanceof Date ? edge.value.toISOString?.() : edge.value)})`;
            const before = await snapshot(isolated.db);
            const error = await call(input).then(
              () => null,
              (caught: unknown) => caught,
            );
            if (!error) {
              expect(edge.inRange, `${what} was accepted`).toBe(true);
              continue;
            }
            if (!(error instanceof TRPCError)) throw error;
            expect(error.code, `${what}: ${error.message}`).not.toBe("INTERNAL_SERVER_ERROR");
            if (REJECTIONS.has(error.code))
              expect(await snapshot(isolated.db), `${what} was refused (${error.code}) but wrote`).toEqual(before);
            if (!edge.inRange) {
              expect(error.code, what).toBe("BAD_REQUEST");
              const issues = error.cause instanceof z.ZodError ? error.cause.issues : [];
              expect(
                issues.map((issue) => issue.path.join(".")),
                `${what} names the field`,
              ).toContain(field);
            }
          }
        }
      }
    }, 120_000);
  }
});
