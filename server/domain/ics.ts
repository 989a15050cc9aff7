/**
 * A small RFC 5545 (iCalendar) writer: one VCALENDAR of VEVENTs, CRLF line ends, lines
 * folded at 75 octets, TEXT values escaped. Timed events are written in UTC, which every
 * calendar understands without a VTIMEZONE block; a day-only event uses VALUE=DATE.
 */

export type IcsTime = { utc: Date } | { date: string };

export type IcsEvent = {
  /** Globally unique and stable: re-importing the same UID updates the event instead of duplicating it. */
  uid: string;
  stamp: Date;
  start: IcsTime;
  end: IcsTime;
  summary: string;
  description?: string;
  location?: string;
  /** Raised on every change, so calendars accept the newer copy. */
  sequence?: number;
  status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters are dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, "\n")
      // TEXT forbids control characters other than tab (and the newline, escaped below).
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\n/g, "\\n")
  );
}

/**
 * Folds a content line so no physical line exceeds 75 octets (the continuation's leading
 * space counts), never splitting a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** 20261128T190000Z */
export function formatUtc(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

function timeProperty(name: "DTSTART" | "DTEND", time: IcsTime): string {
  if ("utc" in time) return `${name}:${formatUtc(time.utc)}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(time.date)) throw new RangeError(`Not a date: ${time.date}`);
  return `${name};VALUE=DATE:${time.date.replaceAll("-", "")}`;
}

function eventLines(event: IcsEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    timeProperty("DTSTART", event.start),
    timeProperty("DTEND", event.end),
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.sequence !== undefined) lines.push(`SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  lines.push("END:VEVENT");
  return lines;
}

export function writeCalendar(events: IcsEvent[], options: { productId: string; name?: string }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(options.productId)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) lines.push(...eventLines(event));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
