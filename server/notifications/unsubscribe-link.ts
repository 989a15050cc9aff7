import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl } from "../mail/config";

function secret() {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set: unsubscribe links cannot be signed.");
  return value;
}

function signatureOf(userId: string) {
  return createHmac("sha256", secret()).update(`unsubscribe:${userId}`).digest("base64url");
}

/** Works signed out (a mail client's one-click POST has no session): the signature is the permission. */
export function unsubscribeUrl(userId: string) {
  return appUrl(`/unsubscribe?u=${userId}&s=${signatureOf(userId)}`);
}

export function isValidUnsubscribe(userId: string, signature: string) {
  const expected = Buffer.from(signatureOf(userId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
