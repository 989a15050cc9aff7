import { describe, expect, it } from "vitest";
import { ideaCategories } from "@/server/domain/date-kinds";
import { catalogueIdea, catalogueIdeas, categoryLabels } from "./date-ideas";

describe("the built-in date ideas", () => {
  it("offers at least 60 ideas", () => {
    expect(catalogueIdeas.length).toBeGreaterThanOrEqual(60);
  });

  it("fills every category with several ideas", () => {
    for (const category of ideaCategories) {
      expect(categoryLabels[category]).toBeTruthy();
      expect(catalogueIdeas.filter((idea) => idea.category === category).length).toBeGreaterThanOrEqual(8);
    }
  });

  it("gives each idea a unique, url-safe id that can never be mistaken for a partner's idea (a uuid)", () => {
    const ids = catalogueIdeas.map((idea) => idea.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(id).not.toMatch(/^[0-9a-f]{8}-/);
    }
  });

  it("keeps titles and descriptions within the lengths partners' own ideas get", () => {
    for (const idea of catalogueIdeas) {
      expect(idea.title.length).toBeLessThanOrEqual(120);
      expect(idea.description.length).toBeLessThanOrEqual(500);
    }
  });

  it("finds an idea by id", () => {
    expect(catalogueIdea("recreate-first-date")?.title).toBe("Recreate your first date");
    expect(catalogueIdea("no-such-idea")).toBeUndefined();
  });
});
