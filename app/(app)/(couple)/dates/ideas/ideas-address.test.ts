import { describe, expect, it } from "vitest";
import { ideasFilters, ideasHref, ideasShown } from "./ideas-address";

describe("which ideas the bank shows, read from its address", () => {
  it("takes the filters there are", () => {
    expect(ideasShown({ show: "waiting" })).toBe("waiting");
    expect(ideasShown({ show: "matches" })).toBe("matches");
    expect(ideasShown({ show: "outdoors" })).toBe("outdoors");
  });

  it("shows every idea for anything else", () => {
    expect(ideasShown({})).toBe("all");
    expect(ideasShown({ show: "" })).toBe("all");
    expect(ideasShown({ show: "toString" })).toBe("all");
    expect(ideasShown({ show: ["waiting"] })).toBe("all");
  });

  it("writes the same address back", () => {
    for (const filter of ideasFilters) {
      const query = new URL(ideasHref(filter), "http://kintsugi.test").searchParams;
      expect(ideasShown(Object.fromEntries(query))).toBe(filter);
    }
    expect(ideasHref("all")).toBe("/dates/ideas");
    expect(ideasHref("waiting")).toBe("/dates/ideas?show=waiting");
  });
});
