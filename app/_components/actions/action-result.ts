import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/**
 * What a server action answers when the API said no: the error formatter's own words, its
 * code, and the field → message map a form shows beside each field. A value, never a thrown
 * error (production Next hides a thrown action error's message).
 */
export type ActionRefusal = {
  ok: false;
  error: string;
  code: TRPC_ERROR_CODE_KEY;
  fieldErrors: Record<string, string>;
};

export type ActionResult<Value> = { ok: true; value: Value } | ActionRefusal;
