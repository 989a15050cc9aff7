import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { db } from "@/test/harness";
import { preparedStatement, withConstantsInlined } from "./client";

const dialect = new PgDialect();
const at = sql.placeholder("at");
const id = sql.placeholder("id");

describe("prepared statements", () => {
  it("bind only what changes per call: constants are written in, each placeholder bound once", () => {
    const query = sql`select json_build_object(${"name"}::text, ${"it's"}) as j, ${id}::int + ${id}::int as twice, ${at}::timestamptz as at limit ${3}`;
    const { text, params } = withConstantsInlined(dialect.sqlToQuery(query));
    expect(text).toBe(
      `select json_build_object('name'::text, 'it''s') as j, $1::int + $1::int as twice, $2::timestamptz as at limit 3`,
    );
    expect(params).toEqual([id, at]);
  });

  it("keep binding what a literal could read differently: backslashes, instants, fractions, lists", () => {
    const when = new Date("2026-01-01T00:00:00Z");
    const query = sql`select ${"C:\\path"}, ${when}, ${1.5}, ${-2}, ${true}`;
    const { text, params } = withConstantsInlined(dialect.sqlToQuery(query));
    expect(text).toBe("select $1, $2, $3, (-2), true");
    expect(params).toEqual(["C:\\path", when, 1.5]);
  });

  it("answer as the statement with every value bound would", async () => {
    const statement = preparedStatement(
      sql`select ${"it's"}::text as quoted, ${"C:\\path"}::text as backslash, ${id}::int * ${2} + ${id}::int as sum, ${-2}::int as negative, ${false} as flag`,
    );
    expect(await statement(db, { id: 5 })).toEqual([
      { quoted: "it's", backslash: "C:\\path", sum: 15, negative: -2, flag: false },
    ]);
    expect(await statement(db, { id: 7 })).toEqual([
      { quoted: "it's", backslash: "C:\\path", sum: 21, negative: -2, flag: false },
    ]);
  });
});
