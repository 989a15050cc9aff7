import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf, messageOf } from "./trpc-errors";

/** An error as tRPC's client raises it from the server's answer. */
function answered(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe("what a failed API call says", () => {
  it("reads the field messages of tRPC's own client error", () => {
    const error = answered("Please check the note.", { code: "BAD_REQUEST", fieldErrors: { note: "Too long." } });
    expect(fieldErrorsOf(error)).toEqual({ note: "Too long." });
    expect(messageOf(error)).toBe("Please check the note.");
  });

  it("words an unexpected error without its id plainly, and anything else as the connection", () => {
    expect(messageOf(answered("boom", { code: "INTERNAL_SERVER_ERROR", errorId: null }))).toBe(
      "Something went wrong on our side. Please try again.",
    );
    expect(messageOf(new TypeError("Failed to fetch"))).toMatch(/couldn't reach Kintsugi/);
    expect(fieldErrorsOf(new Error("x"))).toEqual({});
  });
});
