import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isRouteHandlerPath } from "./security-headers";

/** The URL a route handler file answers, with a sample value for each dynamic segment. */
function urlOf(file: string) {
  const segments = path
    .dirname(path.relative("app", file))
    .split(path.sep)
    .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment))
    .map((segment) =>
      segment.startsWith("[...")
        ? "some/path"
        : segment.startsWith("[")
          ? "0f8e2c1a-7b6d-4e5f-9a8b-1c2d3e4f5a6b"
          : segment,
    );
  return `/${segments.join("/")}`;
}

describe("which responses get the pages' policy", () => {
  const routeHandlers = (fs.readdirSync("app", { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => urlOf(path.join("app", file)));

  it("leaves every route handler's response its own headers", () => {
    expect(routeHandlers.length).toBeGreaterThan(3);
    expect(routeHandlers.filter((url) => !isRouteHandlerPath(url))).toEqual([]);
  });

  it("gives pages theirs", () => {
    for (const page of [
      "/",
      "/dashboard",
      "/memories/0f8e2c1a-7b6d-4e5f-9a8b-1c2d3e4f5a6b",
      "/memories/photo",
      "/settings",
      "/sign-in",
      "/apinotes",
    ]) {
      expect(isRouteHandlerPath(page), page).toBe(false);
    }
  });
});
