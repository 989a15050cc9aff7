import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { relativeRedirect } from "@/server/relative-redirect";

/**
 * A new draft gets its id now, so every autosave of it writes the same row. A route
 * handler, not a page: a page's redirect would arrive after the shell has streamed, as
 * a second, client-side navigation.
 */
export function GET(request: NextRequest) {
  const kind = request.nextUrl.searchParams.get("kind") === "second_chance" ? "?kind=second_chance" : "";
  return relativeRedirect(`/forgiveness/write/${randomUUID()}${kind}`, 303);
}
