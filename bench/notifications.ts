// The cost of notifications to the request that causes them: forgiveness.send p50 when the
// recipient has mail turned on (an event and a queued digest job in the same transaction)
// against the same call when it is off, interleaved call by call in the same run.
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { percentile, trpc, type Session } from "@/scripts/http-session";

type Couple = { a: Session; b: Session; coupleId: string };
export type Figure = { figure: string; value: string; target: string; met: boolean | null };

const CALLS = 200;

async function turnOnMailFor(databaseUrl: string, coupleId: string, authorCookie: string, base: string) {
  const me = (await trpc(base, "account.me", undefined, authorCookie, "GET")) as { me: { id: string } };
  const url = new URL(databaseUrl);
  url.searchParams.delete("embedded");
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    // Written directly: the bench's server has no SMTP, and the settings screen refuses without mail.
    await sql`
      insert into notification_settings (user_id, waiting, period, quiet_start, quiet_end)
      select user_id, true, 'immediately', 0, 0 from couple_members
      where couple_id = ${coupleId} and user_id <> ${me.me.id}
      on conflict (user_id) do update set waiting = true`;
  } finally {
    await sql.end();
  }
}

async function timedSend(base: string, cookie: string) {
  const input = {
    id: randomUUID(),
    kind: "forgiveness",
    whatIDid: "I was not honest.",
    howItHurt: "It hurt your trust.",
    whatIAmDoing: "I tell you the truth now.",
  };
  const startedAt = performance.now();
  await trpc(base, "forgiveness.send", input, cookie, "POST");
  return performance.now() - startedAt;
}

export async function notificationSendFigures(
  base: string,
  databaseUrl: string,
  on: Couple,
  off: Couple,
): Promise<Figure[]> {
  await turnOnMailFor(databaseUrl, on.coupleId, on.a.cookie, base);
  for (let i = 0; i < 20; i++) await Promise.all([timedSend(base, on.a.cookie), timedSend(base, off.a.cookie)]);
  const times = { on: [] as number[], off: [] as number[] };
  for (let i = 0; i < CALLS; i++) {
    // Alternating which goes first, so neither side always meets a warmer server.
    const order = i % 2 ? (["on", "off"] as const) : (["off", "on"] as const);
    for (const side of order) times[side].push(await timedSend(base, (side === "on" ? on : off).a.cookie));
  }
  const p50 = (values: number[]) =>
    percentile(
      [...values].sort((x, y) => x - y),
      50,
    );
  const [onP50, offP50] = [p50(times.on), p50(times.off)];
  return [
    {
      figure: `forgiveness.send p50, recipient's notifications on vs off (${CALLS} calls each)`,
      value: `${onP50.toFixed(1)} ms vs ${offP50.toFixed(1)} ms (× ${(onP50 / offP50).toFixed(2)})`,
      target: "≤ 1.2",
      met: onP50 / offP50 <= 1.2,
    },
  ];
}
