// PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate cannot be encoded: either
// would fail deep in the database as a 500. Other control characters (besides tab and
// line breaks) have no place in what a person writes.
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string anywhere in `value` that holds a character text may not contain, or null. */
export function findUnsafeText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (depth > 20) return path.join(".") || "input";
  if (typeof value === "string") return FORBIDDEN.test(value) ? path.join(".") || "input" : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnsafeText(item, [...path, String(index)], depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnsafeText(key, path, depth + 1) ?? findUnsafeText(item, [...path, key], depth + 1);
      if (found) return found;
    }
  }
  return null;
}
