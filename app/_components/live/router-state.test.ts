import { describe, expect, it } from "vitest";
import { segmentsOfRouterState } from "./router-state";

/** The header as Next's client writes it (flight-data-helpers: encodeURIComponent of the JSON tree). */
const headerOf = (tree: unknown) => encodeURIComponent(JSON.stringify(tree));

describe("segmentsOfRouterState", () => {
  it("names every segment of the page on screen", () => {
    const vents = [
      "",
      {
        children: [
          "(app)",
          { children: ["(couple)", { children: ["vents", { children: ['__PAGE__?{"pages":"2"}', {}] }] }] },
        ],
      },
      null,
      null,
      true,
    ];
    const segments = segmentsOfRouterState(headerOf(vents));
    expect(segments?.has("vents")).toBe(true);
    expect(segments?.has("dashboard")).toBe(false);
  });

  it("walks parallel slots and dynamic segments without tripping", () => {
    const tree = [
      "",
      {
        children: ["dates", { children: [["id", "42", "d"], { children: ["__PAGE__", {}] }] }],
        modal: ["__DEFAULT__", {}],
      },
    ];
    expect([...(segmentsOfRouterState(headerOf(tree)) ?? [])]).toEqual(["", "dates", "__PAGE__", "__DEFAULT__"]);
  });

  it("can't tell without the header, or from one it can't read", () => {
    expect(segmentsOfRouterState(null)).toBeNull();
    expect(segmentsOfRouterState("%E0%A4%A")).toBeNull();
    expect(segmentsOfRouterState(encodeURIComponent("{not json"))).toBeNull();
  });
});
