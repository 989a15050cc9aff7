import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl } from "../mail/config";
import { isUuid } from "@/lib/uuid";

function secret() {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set: unsubscribe links cannot be signed.");
  return value;
}

function signatureOf(userId: string) {
  return createHmac("sha256", secret()).update(`unsubscribe:${userId}`).digest("base64url");
}

/**
 * Work signed out (a mail client's one-click POST carries no session): the signature is
 * the permission. The page asks with a button; the API takes RFC 8058's one-click POST.
 */
export function unsubscribeUrls(userId: string) {
  const query = `u=${userId}&s=${signatureOf(userId)}`;
  return { page: appUrl(`/unsubscribe?${query}`), oneClick: appUrl(`/api/unsubscribe?${query}`) };
}

export function isValidUnsubscribe(userId: unknown, signature: unknown): userId is string {
  if (typeof userId !== "string" || typeof signature !== "string" || !isUuid(userId)) return false;
  const expected = Buffer.from(signatureOf(userId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
