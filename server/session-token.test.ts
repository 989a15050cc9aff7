import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

const secret = "a-test-secret-that-is-long-enough-0123456789";

describe("session tokens", () => {
  it("reads the tokens next-auth writes, and next-auth reads ours", async () => {
    const theirs = await encode({ token: { uid: "u-1", sv: 2 }, secret });
    expect(await decodeSessionToken({ token: theirs, secret })).toMatchObject({ uid: "u-1", sv: 2 });
    const ours = await encodeSessionToken({ token: { uid: "u-2", sv: 5 }, secret });
    expect(await decode({ token: ours, secret })).toMatchObject({ uid: "u-2", sv: 5 });
  });

  it("expires when next-auth's would, and carries a fresh id each time", async () => {
    const before = Math.floor(Date.now() / 1000);
    const first = await decodeSessionToken({ token: await encodeSessionToken({ token: {}, secret, maxAge: 60 }), secret });
    const second = await decodeSessionToken({ token: await encodeSessionToken({ token: {}, secret, maxAge: 60 }), secret });
    expect(first!.exp).toBeGreaterThanOrEqual(before + 60);
    expect(first!.exp).toBeLessThanOrEqual(before + 61);
    expect(first!.jti).not.toBe(second!.jti);
  });

  it("refuses a token made with another secret, or for another purpose (salt)", async () => {
    const token = await encodeSessionToken({ token: { uid: "u-3" }, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}-rotated` })).rejects.toThrow();
    await expect(decodeSessionToken({ token, secret, salt: "other" })).rejects.toThrow();
  });

  it("decodes nothing from no token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
