// Playwright's global teardown: reads every mail the run's SMTP sink received and every
// word people wrote during the run (from its database), and fails the run if any mail
// carries a partner's words or a surprise's details — or, in a discreet mail, anyone's
// name or the app's name.
import postgres from "postgres";
import { allMail, type ReceivedMail } from "./mail";
import { e2ePorts } from "./ports";
import { TEST_HOST } from "./test-host";

function databaseUrl() {
  return process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${e2ePorts().database}/postgres`;
}

async function wordsOfTheRun() {
  const sql = postgres(databaseUrl(), { max: 1, onnotice: () => {} });
  try {
    const written = await sql<{ text: string }[]>`
      select what_i_did as text from forgiveness_requests union all
      select how_it_hurt from forgiveness_requests union all
      select what_i_am_doing from forgiveness_requests union all
      select ask from forgiveness_requests union all
      select note from forgiveness_answers where note is not null union all
      select body from vents union all
      select title from responsibilities union all
      select details from responsibilities union all
      select title from date_plans union all
      select place from date_plans union all
      select notes from date_plans union all
      select body from date_reflections union all
      select title from memories union all
      select story from memories`;
    const names = await sql<{ name: string }[]>`select name from users`;
    return {
      words: [...new Set(written.map((row) => row.text.trim()).filter((text) => text.length >= 6))],
      names: [...new Set(names.map((row) => row.name.trim()).filter((name) => name.length >= 2))],
    };
  } finally {
    await sql.end();
  }
}

const isDiscreet = (mail: ReceivedMail) => !mail.subject.startsWith("Kintsugi");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export default async function privacyCheck() {
  const mails = await allMail();
  const { words, names } = await wordsOfTheRun();
  const problems: string[] = [];
  for (const mail of mails) {
    const whole = [mail.subject, mail.from, mail.text, mail.html].join("\n");
    for (const word of words)
      if (whole.includes(word))
        problems.push(`"${mail.subject}" to ${mail.to} carries written words: "${word.slice(0, 40)}"`);
    if (!isDiscreet(mail)) continue;
    // The links go to the site's own address, which its operator named (here kintsugi.test): not the mail's words.
    const withoutSiteAddress = whole.replaceAll(TEST_HOST, "");
    if (/kintsugi/i.test(withoutSiteAddress)) problems.push(`"${mail.subject}" to ${mail.to} names the app`);
    for (const name of names) {
      if (new RegExp(`\\b${escapeRegExp(name)}\\b`).test(whole))
        problems.push(`"${mail.subject}" to ${mail.to} names "${name}"`);
    }
  }
  console.log(
    `Privacy check: read ${mails.length} mails against ${words.length} written texts and ${names.length} names.`,
  );
  // A run that sent no mail would prove nothing.
  if (mails.length === 0) throw new Error("Privacy check: no mail was sent during the run.");
  if (problems.length) throw new Error(`Privacy check failed:\n${problems.join("\n")}`);
}
