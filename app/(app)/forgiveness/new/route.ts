import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";

/**
 * A new draft gets its id now, so every autosave of it writes the same row. A route
 * handler, not a page: a page's redirect would arrive after the shell has streamed, as
 * a second, client-side navigation.
 */
export function GET(request: NextRequest) {
  const target = request.nextUrl.clone();
  target.pathname = `/forgiveness/write/${randomUUID()}`;
  target.search = request.nextUrl.searchParams.get("kind") === "second_chance" ? "?kind=second_chance" : "";
  return NextResponse.redirect(target, 303);
}
