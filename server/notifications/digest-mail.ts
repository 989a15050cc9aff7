import type { NotificationKind } from "@/db/schema";
import { appUrl } from "../mail/config";
import type { MailMessage } from "../mail/message";
import { unsubscribeUrls } from "./unsubscribe-link";

const KIND_WORDS: Record<NotificationKind, [string, string]> = {
  waiting: ["thing waiting on you", "things waiting on you"],
  dates: ["date coming up", "dates coming up"],
  milestones: ["new milestone", "new milestones"],
};

const counted = (count: number, [one, many]: [string, string]) => `${count} ${count === 1 ? one : many}`;

/**
 * A digest may be read on a lock screen or a shared screen. Discreet (the default): a
 * neutral sender and "You have an update", and a count. With details on: the app's name
 * and the kinds. Never a name, never a word anyone wrote.
 */
export function digestMail(
  to: string,
  userId: string,
  counts: Partial<Record<NotificationKind, number>>,
  options: { showDetails: boolean; link: string },
): MailMessage {
  const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
  const unsubscribe = unsubscribeUrls(userId);
  const kinds = (Object.keys(KIND_WORDS) as NotificationKind[]).filter((kind) => counts[kind]);
  const detail = options.showDetails
    ? kinds.map((kind) => `${counted(counts[kind]!, KIND_WORDS[kind])}.`)
    : [`${counted(total, ["update is", "updates are"])} waiting for you.`];
  return {
    to,
    fromName: options.showDetails ? "Kintsugi" : "Updates",
    subject: options.showDetails ? `Kintsugi: ${counted(total, ["update", "updates"])}` : "You have an update",
    paragraphs: [
      "Hello,",
      ...detail,
      { label: "Open", link: options.link },
      "You asked for these emails. To stop them, open this link (no sign-in needed):",
      { label: "Stop these emails", link: unsubscribe.page },
    ],
    headers: {
      "List-Unsubscribe": `<${unsubscribe.oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

export function eventLink(eventId: string | null) {
  return appUrl(eventId ? `/n/${eventId}` : "/dashboard");
}
