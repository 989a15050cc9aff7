import { describe, expect, it } from "vitest";
import { messageOf } from "./error-words";

describe("what an action that threw says", () => {
  it("owns a failure on the server, whose details stay in its log", () => {
    const failed = Object.assign(new Error("An error occurred in the Server Components render."), { digest: "1234" });
    expect(messageOf(failed)).toBe("Something went wrong on our side. Please try again.");
  });

  it("words anything else as the connection", () => {
    expect(messageOf(new TypeError("Failed to fetch"))).toMatch(/couldn't reach Kintsugi/);
    expect(messageOf("offline")).toMatch(/couldn't reach Kintsugi/);
  });
});
