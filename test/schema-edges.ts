import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { textBounds } from "@/server/input-bounds";

/*
 * Reads a procedure's zod input schema and derives, for every number, date and
 * day/time field in it, the values at and just past its bounds and at the edges of
 * the type itself; and a valid input to vary one field of at a time.
 */

type Path = (string | number)[];
export type Leaf =
  | { path: Path; kind: "number"; min: number; max: number }
  | { path: Path; kind: "date"; min: Date; max: Date }
  | { path: Path; kind: "day" | "localDateTime"; min: string; max: string }
  | { path: Path; kind: "unbounded"; type: string };

export type Edge = { value: unknown; inRange: boolean; label: string };

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

// Candidates for a text field, tried in order: the first the field accepts is its sample.
const textCandidates = ["A few careful words", randomUUID(), "UTC", "2026-03-14", "someone@example.test"];
// Wall-clock fields are met in the order forms ask for them (start, end, reveal): each gets the next.
const dayTimes = ["2026-03-14T19:00", "2026-03-14T22:00", "2026-03-14T12:00"];

function accepts(schema: z.ZodType, value: unknown) {
  return schema.safeParse(value).success;
}

/** A valid-looking input for `schema`, and every bounded (or unbounded) leaf found on the way. */
export function sampleInput(schema: z.ZodType): { sample: unknown; leaves: Leaf[] } {
  const leaves: Leaf[] = [];
  let dayTimeIndex = 0;
  const visit = (node: z.ZodType, path: Path): unknown => {
    const bounds = textBounds.get(node);
    if (bounds) {
      leaves.push({ path, ...bounds });
      if (bounds.kind === "day") return "2026-03-14";
      return dayTimes[dayTimeIndex++ % dayTimes.length];
    }
    const def = defOf(node);
    switch (def.type) {
      case "object":
        return Object.fromEntries(
          Object.entries(def.shape as Record<string, z.ZodType>).map(([key, field]) => [
            key,
            visit(field, [...path, key]),
          ]),
        );
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "nonoptional":
      case "readonly":
      case "catch":
        return visit(def.innerType as z.ZodType, path);
      case "pipe":
        return visit(def.in as z.ZodType, path);
      case "array":
        return [visit(def.element as z.ZodType, [...path, 0])];
      case "union":
        return visit((def.options as z.ZodType[])[0]!, path);
      case "literal":
        return (def.values as unknown[])[0];
      case "enum":
        return Object.values(def.entries as Record<string, unknown>)[0];
      case "boolean":
        return true;
      case "number": {
        const { minValue, maxValue } = node as z.ZodNumber;
        if (minValue === null || maxValue === null || !Number.isFinite(minValue) || !Number.isFinite(maxValue)) {
          leaves.push({ path, kind: "unbounded", type: "number" });
          return 1;
        }
        leaves.push({ path, kind: "number", min: minValue, max: maxValue });
        return minValue;
      }
      case "date": {
        const { minDate, maxDate } = node as z.ZodDate;
        if (!minDate || !maxDate) {
          leaves.push({ path, kind: "unbounded", type: "date" });
          return new Date();
        }
        leaves.push({ path, kind: "date", min: minDate, max: maxDate });
        return new Date(Math.min(Date.now(), maxDate.getTime()));
      }
      case "string": {
        const format = (node as unknown as { format?: string | null }).format;
        if (format && ["date", "datetime", "time"].includes(format))
          leaves.push({ path, kind: "unbounded", type: `string (${format})` });
        return textCandidates.find((candidate) => accepts(node, candidate)) ?? "";
      }
      default:
        return undefined;
    }
  };
  return { sample: visit(schema, []), leaves };
}

/** The options of a top-level union each make their own sample; anything else is one. */
export function inputVariants(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  return def.type === "union" ? (def.options as z.ZodType[]) : [schema];
}

const dayShift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// The edges of the types themselves: the first and last instants a Date can hold, the year 0 and 10000.
const FIRST_INSTANT = new Date(-8.64e15);
const LAST_INSTANT = new Date(8.64e15);

export function edgesOf(leaf: Leaf): Edge[] {
  switch (leaf.kind) {
    case "number":
      return [
        { value: leaf.min, inRange: true, label: "its smallest" },
        { value: leaf.max, inRange: true, label: "its largest" },
        { value: leaf.min - 1, inRange: false, label: "just below" },
        { value: leaf.max + 1, inRange: false, label: "just above" },
        { value: 2 ** 31, inRange: leaf.max >= 2 ** 31, label: "2^31" },
        { value: -(2 ** 31) - 1, inRange: leaf.min <= -(2 ** 31) - 1, label: "-2^31 - 1" },
        {
          value: Number.MAX_SAFE_INTEGER,
          inRange: leaf.max >= Number.MAX_SAFE_INTEGER,
          label: "the largest safe integer",
        },
      ];
    case "date":
      return [
        { value: leaf.min, inRange: true, label: "its earliest" },
        { value: leaf.max, inRange: true, label: "its latest" },
        { value: new Date(leaf.min.getTime() - 1), inRange: false, label: "just before" },
        { value: new Date(leaf.max.getTime() + 1), inRange: false, label: "just after" },
        { value: FIRST_INSTANT, inRange: false, label: "year -271821" },
        { value: LAST_INSTANT, inRange: false, label: "year +275760" },
        { value: new Date("0000-01-01T00:00:00.000Z"), inRange: false, label: "the year 0" },
        { value: new Date("+010000-01-01T00:00:00.000Z"), inRange: false, label: "the year 10000" },
      ];
    case "day":
    case "localDateTime": {
      const time = leaf.kind === "day" ? "" : "T00:00";
      const late = leaf.kind === "day" ? "" : "T23:59";
      return [
        { value: leaf.min, inRange: true, label: "its earliest" },
        { value: leaf.max, inRange: true, label: "its latest" },
        { value: `${dayShift(leaf.min.slice(0, 10), -1)}${late}`, inRange: false, label: "just before" },
        { value: `${dayShift(leaf.max.slice(0, 10), 1)}${time}`, inRange: false, label: "just after" },
        { value: `0000-01-01${time}`, inRange: false, label: "the year 0" },
        { value: `9999-12-31${late}`, inRange: false, label: "the year 9999" },
        { value: `10000-01-01${time}`, inRange: false, label: "the year 10000" },
      ];
    }
    case "unbounded":
      return [];
  }
}

export function withValueAt(input: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(input) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}
