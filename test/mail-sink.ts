import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  receivedAt: string;
};

function addressesOf(field: ParsedMail["to"]): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((group) => group.value.map((entry) => (entry.address ?? "").toLowerCase()));
}

function headersOf(parsed: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of parsed.headerLines) {
    const value = line.line.slice(line.line.indexOf(":") + 1).trim();
    headers[line.key] = value;
  }
  return headers;
}

/**
 * A real SMTP server for tests (smtp-server), reading what arrives with mailparser. It can
 * be told to refuse the next messages, to show that delivery retries.
 */
export async function startMailSink(options: { port?: number } = {}) {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      if (refusals > 0) {
        refusals--;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          received.push({
            to: addressesOf(parsed.to),
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers: headersOf(parsed),
            receivedAt: new Date().toISOString(),
          });
          for (const wake of waiters) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages: received,
    /** The next `count` deliveries are refused with a temporary failure (451). */
    refuseNext(count: number) {
      refusals = count;
    },
    to(address: string) {
      return received.filter((mail) => mail.to.includes(address.toLowerCase()));
    },
    /** Waits until `predicate` holds for what has arrived (default 15 s). */
    async waitFor(predicate: (messages: ReceivedMail[]) => boolean, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline)
          throw new Error(`No such mail arrived within ${timeoutMs} ms (${received.length} received)`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            resolve();
          };
          waiters.add(wake);
          setTimeout(wake, 200);
        });
      }
      return received;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MailSink = Awaited<ReturnType<typeof startMailSink>>;

/** Links in a mail's text part, in order. */
export function linksIn(mail: ReceivedMail) {
  return [...mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
}
