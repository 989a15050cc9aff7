/** A mail as the app writes it: plain text first, and the same words as plain, accessible HTML. */
export type MailMessage = {
  to: string;
  /** A neutral display name for the sender (see senderAddress). */
  fromName: string;
  subject: string;
  /** Paragraphs of plain text; a link is its own paragraph so both parts show it whole. */
  paragraphs: (string | { link: string; label: string })[];
  /** Extra headers (List-Unsubscribe). */
  headers?: Record<string, string>;
};

function escapeHtml(text: string) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

export function textOf(message: MailMessage) {
  return (
    message.paragraphs.map((part) => (typeof part === "string" ? part : `${part.label}:\n${part.link}`)).join("\n\n") +
    "\n"
  );
}

/** No images, no styles from elsewhere, no tracking: the link is the link, written out in full. */
export function htmlOf(message: MailMessage) {
  const body = message.paragraphs
    .map((part) =>
      typeof part === "string"
        ? `<p>${escapeHtml(part)}</p>`
        : `<p><a href="${escapeHtml(part.link)}">${escapeHtml(part.label)}</a><br>${escapeHtml(part.link)}</p>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(message.subject)}</title></head>
<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; max-width: 36em; margin: 0 auto; padding: 1em;">
${body}
</body>
</html>
`;
}

/** The first link of a mail, for the development console line. */
export function firstLinkOf(message: MailMessage) {
  for (const part of message.paragraphs) if (typeof part !== "string") return part.link;
  return null;
}
