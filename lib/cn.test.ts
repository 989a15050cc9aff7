import { afterEach, describe, expect, it, vi } from "vitest";
import { cn } from "./cn";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("cn", () => {
  it("joins class names and drops the falsy ones, keeping every class", () => {
    expect(
      cn("px-5 pb-5", false && "hidden", null, undefined, { "pt-5": true, "pt-0": false }, ["grid", "gap-4"]),
    ).toBe("px-5 pb-5 pt-5 grid gap-4");
  });

  it("in development, reports two classes for one property, naming the one that would lose", () => {
    vi.stubEnv("NODE_ENV", "development");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(cn("size-7 shrink-0", "size-8")).toBe("size-7 shrink-0 size-8");
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain('"size-7" conflicts with a later class');
  });

  it("stays quiet for classes that only refine each other, and outside development", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.stubEnv("NODE_ENV", "development");
    cn("px-5 pb-5 pt-0", "hover:bg-muted bg-card", "text-sm text-muted-foreground");
    vi.stubEnv("NODE_ENV", "production");
    cn("pt-0", "pt-5");
    expect(warn).not.toHaveBeenCalled();
  });
});
