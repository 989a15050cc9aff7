import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { mailMode, senderAddress } from "./config";
import { firstLinkOf, htmlOf, textOf, type MailMessage } from "./message";

const globalForMail = globalThis as unknown as { kintsugiTransport?: { key: string; transporter: Transporter } };

function transporter(): Transporter {
  const mode = mailMode();
  const key = `${mode}|${process.env.SMTP_URL ?? ""}`;
  if (globalForMail.kintsugiTransport?.key !== key) {
    globalForMail.kintsugiTransport?.transporter.close();
    const created =
      mode === "smtp"
        ? nodemailer.createTransport(process.env.SMTP_URL!)
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    globalForMail.kintsugiTransport = { key, transporter: created };
  }
  return globalForMail.kintsugiTransport.transporter;
}

export class MailIsOffError extends Error {
  constructor() {
    super("Email is not set up on this server (SMTP_URL is empty).");
  }
}

/** Hands one message to SMTP (or, in development without SMTP_URL, to .data/mail/). Throws when it can't: the job retries. */
export async function sendMail(message: MailMessage) {
  const mode = mailMode();
  if (mode === "off") throw new MailIsOffError();
  const info = await transporter().sendMail({
    from: { name: message.fromName, address: senderAddress() },
    to: message.to,
    subject: message.subject,
    text: textOf(message),
    html: htmlOf(message),
    headers: message.headers,
  });
  if (mode === "files") {
    const dir = path.join(process.cwd(), ".data", "mail");
    await fs.mkdir(dir, { recursive: true });
    const name = `${new Date().toISOString().replaceAll(":", "-")}-${info.messageId.replace(/[^a-zA-Z0-9.-]/g, "")}.eml`;
    await fs.writeFile(path.join(dir, name), info.message as Buffer);
    const link = firstLinkOf(message);
    console.log(`✉ Mail to ${message.to}: "${message.subject}"${link ? ` ${link}` : ""} (.data/mail/${name})`);
  }
}
