/**
 * How this server sends mail:
 * - "smtp": SMTP_URL is set (smtp:// or smtps://, credentials in the URL).
 * - "files": `next dev` without SMTP_URL — each message becomes an .eml file under
 *   .data/mail/ and one console line, so a newcomer needs nothing to reset a password.
 * - "off": anywhere else without SMTP_URL (production; scripts and tests that bring no
 *   SMTP server). The app still serves; screens that would send mail say so, and
 *   sign-up goes straight in (see README, "Email and privacy").
 */
export type MailMode = "smtp" | "files" | "off";

export function mailMode(): MailMode {
  if (process.env.SMTP_URL) return "smtp";
  return process.env.NODE_ENV === "development" ? "files" : "off";
}

export function mailEnabled() {
  return mailMode() !== "off";
}

/** The public address of the app: every link in a mail starts here, never at a request's Host. */
export function appUrl(path: string) {
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}

/** The sender's address. Its display name is chosen per mail, so a lock screen shows nothing telling. */
export function senderAddress() {
  const configured = process.env.MAIL_FROM?.trim();
  if (configured) return /<([^>]+)>/.exec(configured)?.[1] ?? configured;
  return `no-reply@${new URL(appUrl("/")).hostname}`;
}

let warned = false;
/** Logs once, at start, that this production server cannot send mail. */
export function warnIfMailIsOff() {
  if (mailMode() !== "off" || process.env.NODE_ENV !== "production" || warned) return;
  warned = true;
  console.warn(
    "Email is not set up: SMTP_URL is empty. Kintsugi runs, but it cannot confirm addresses, reset passwords or send " +
      "notifications, and sign-up goes straight in. Set SMTP_URL (and MAIL_FROM) to turn email on.",
  );
}
