import { createHash, randomBytes } from "node:crypto";

// Crockford's base32: no I, L, O or U, so a code read aloud or retyped survives.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_BYTES = 17; // 136 bits: ≥ 128 bits of chance in every link.

export const INVITE_LIFETIME_DAYS = 7;

export function generateInviteCode(): string {
  const bytes = randomBytes(CODE_BYTES);
  let bits = 0;
  let value = 0;
  let code = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) code += ALPHABET[(value << (5 - bits)) & 31];
  return code;
}

/** Accepts what a person might paste or type: lower case, spaces, dashes, O for 0, I/L for 1. */
export function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

/** Groups of four for reading aloud: 7QX2-M9KD-… */
export function formatInviteCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/** Only this is stored: a stolen database holds no working invite. */
export function hashInviteCode(code: string): string {
  return createHash("sha256").update(normalizeInviteCode(code)).digest("hex");
}

export function isWellFormedInviteCode(code: string): boolean {
  const normalized = normalizeInviteCode(code);
  return normalized.length === Math.ceil((CODE_BYTES * 8) / 5) && [...normalized].every((c) => ALPHABET.includes(c));
}
