import { describe, expect, it, vi } from "vitest";
import type { Resolver, ResolverResult } from "react-hook-form";
import { lazyResolver } from "./lazy-resolver";

type Values = { email: string };
const options = { fields: {}, shouldUseNativeValidation: false } as Parameters<Resolver<Values>>[2];
const rejectEmpty: Resolver<Values> = async (values): Promise<ResolverResult<Values>> => {
  if (values.email) return { values, errors: {} };
  return { values: {}, errors: { email: { type: "min", message: "Enter your email address." } } };
};

describe("a resolver loaded on first use", () => {
  it("loads once, on preload or the first validation, and then validates", async () => {
    const load = vi.fn(async () => rejectEmpty);
    const { resolver, preload } = lazyResolver(load);
    expect(load).not.toHaveBeenCalled();
    preload();
    preload();
    const result = await resolver({ email: "" }, undefined, options);
    expect(result.errors).toMatchObject({ email: { message: "Enter your email address." } });
    await resolver({ email: "sam@example.com" }, undefined, options);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("lets the form through unchecked when it cannot load (the server still validates), and tries again next time", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(rejectEmpty);
    const { resolver } = lazyResolver<Values>(load);
    expect(await resolver({ email: "" }, undefined, options)).toEqual({ values: { email: "" }, errors: {} });
    expect((await resolver({ email: "" }, undefined, options)).errors).toHaveProperty("email");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
