import { longDate } from "@/lib/date-words";
import { countOf } from "@/lib/plural";
import { formatClock } from "@/lib/plan-time";
import { isLocalDate } from "../domain/calendar-days";
import { localDateOf } from "../domain/zoned-time";
import type { AccountExport } from "./export";

/*
 * The readable export: the JSON export's own document (one read path, so the same
 * per-partner rules), rendered on the server as one HTML file a person can open, keep and
 * print. Self-contained: no scripts, no fonts, no images or links out, and a policy that
 * forbids them should a browser ever be asked. Every word anyone wrote goes through
 * `text()`; nothing from the data is ever placed in markup unescaped.
 */

type Space = AccountExport["spaces"][number];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML text or attribute value: every character markup could take as its own is escaped. */
export function text(value: string | number | null | undefined): string {
  return String(value ?? "").replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

type Formats = { day: (value: Date | string) => string; moment: (value: Date | string) => string };

/** The export's dates in the app's words (date-words), instants on the person's own clock. */
function formatsFor(timeZone: string): Formats {
  const zone = (() => {
    try {
      localDateOf(new Date(), timeZone);
      return timeZone;
    } catch {
      return "UTC";
    }
  })();
  // A calendar day ("2026-03-02") is that day wherever one is; an instant is read on the person's clock.
  const dayOf = (value: Date | string) =>
    typeof value === "string" && isLocalDate(value) ? value : localDateOf(new Date(value), zone);
  return {
    day: (value) => longDate(dayOf(value)),
    moment: (value) => `${longDate(dayOf(value))}, ${formatClock(new Date(value), zone)}`,
  };
}

const requestStatus: Record<string, string> = {
  draft: "A draft, never sent",
  open: "Not answered yet",
  more_time: "Needs more time",
  not_ready: "Not ready to talk about it",
  forgiven: "Forgiven",
  withdrawn: "Withdrawn",
};
const answerWords: Record<string, string> = {
  forgive: "I forgive you",
  more_time: "I need more time",
  not_ready: "I'm not ready to talk about this",
};
const responsibilityStatus: Record<string, string> = {
  proposed: "Proposed",
  agreed: "Agreed",
  paused: "Paused",
  declined: "Declined",
  retired: "Retired",
};
const planStatus: Record<string, string> = { planned: "Planned", done: "Kept", cancelled: "Called off" };

function paragraphs(value: string | null | undefined) {
  return value ? `<p class="words">${text(value)}</p>` : "";
}

function section(title: string, body: string, empty: string) {
  return `<section><h3>${text(title)}</h3>${body || `<p class="quiet">${text(empty)}</p>`}</section>`;
}

function timelineOf(space: Space, f: Formats) {
  return space.milestones
    .map(
      (m) =>
        `<li><span class="when">${text(f.day(m.occurredOn))}</span> <strong>${text(m.title)}</strong>${m.addedBy ? ` <span class="quiet">· ${text(m.addedBy)}</span>` : ""}${paragraphs(m.note)}</li>`,
    )
    .join("");
}

function forgivenessOf(space: Space, f: Formats, myName: string) {
  return space.forgiveness
    .map((r) => {
      const kind = r.kind === "second_chance" ? "A second chance" : "Forgiveness";
      const direction =
        r.writtenBy === myName
          ? `You asked ${text(r.writtenTo ?? "your partner")}`
          : `${text(r.writtenBy ?? "A former member")} asked you`;
      const parts =
        r.kind === "second_chance"
          ? [
              ["What I am asking for", r.ask],
              ["What I am already doing", r.whatIAmDoing],
            ]
          : [
              ["What I did", r.whatIDid],
              ["How I understand it hurt you", r.howItHurt],
              ["What I am doing about it", r.whatIAmDoing],
            ];
      const answers = r.answers
        .map(
          (a) =>
            `<li>${text(a.answeredBy)}: “${text(answerWords[a.answer] ?? a.answer)}” <span class="quiet">· ${text(f.moment(a.answeredAt))}</span>${paragraphs(a.note)}</li>`,
        )
        .join("");
      return `<article><h4>${kind} · ${direction}</h4><p class="quiet">${text(requestStatus[r.status] ?? r.status)}${r.sentAt ? ` · sent ${text(f.moment(r.sentAt))}` : ""}</p>${parts
        .filter(([, words]) => words)
        .map(([label, words]) => `<h5>${text(label)}</h5>${paragraphs(words)}`)
        .join("")}${answers ? `<h5>Answers</h5><ul>${answers}</ul>` : ""}</article>`;
    })
    .join("");
}

function responsibilitiesOf(space: Space, f: Formats) {
  const duties = space.responsibilities
    .map(
      (r) =>
        `<li><strong>${text(r.title)}</strong> <span class="quiet">· ${text(r.owner ?? "")} · ${text(responsibilityStatus[r.status] ?? r.status)}${r.agreedAt ? ` since ${text(f.day(r.agreedAt))}` : ""} · kept ${countOf(r.keptDays.length, "time")}</span>${paragraphs(r.details)}</li>`,
    )
    .join("");
  const changes = space.smallChanges
    .map(
      (c) =>
        `<li><strong>${text(c.title)}</strong> <span class="quiet">· ${text(c.takenOnBy ?? "")} · from ${text(f.day(c.startedOn))} · kept ${countOf(c.keptDays.length, "day")}</span>${paragraphs(c.details)}${
          c.encouragements.length
            ? `<ul>${c.encouragements.map((e) => `<li>${text(e.from)}: “${text(e.message)}”</li>`).join("")}</ul>`
            : ""
        }</li>`,
    )
    .join("");
  return (
    (duties ? `<h4>Shared duties</h4><ul>${duties}</ul>` : "") +
    (changes ? `<h4>Small changes</h4><ul>${changes}</ul>` : "")
  );
}

function datesOf(space: Space, f: Formats) {
  return space.datePlans
    .map((plan) => {
      if (plan.kind === "surprise") {
        return `<li><strong>${text(plan.headline)}</strong> <span class="quiet">· a surprise, its details not revealed to you yet</span></li>`;
      }
      const reflections = plan.reflections;
      return `<li><strong>${text(plan.title)}</strong> <span class="quiet">· ${text(f.moment(plan.startsAt))} · ${text(planStatus[plan.status] ?? plan.status)}${plan.place ? ` · ${text(plan.place)}` : ""}</span>${paragraphs(plan.notes)}${
        reflections?.mine ? `<h5>Your reflection</h5>${paragraphs(reflections.mine.body)}` : ""
      }${reflections?.partner ? `<h5>${text(reflections.partner.by)}’s reflection</h5>${paragraphs(reflections.partner.body)}` : ""}</li>`;
    })
    .join("");
}

function memoriesOf(space: Space, f: Formats) {
  return space.memories
    .map(
      (m) =>
        `<li><strong>${text(m.title)}</strong> <span class="quiet">· ${text(f.day(m.happenedOn))}${m.place ? ` · ${text(m.place)}` : ""}${m.photo ? " · with a photo (not included)" : ""}</span>${paragraphs(m.story)}</li>`,
    )
    .join("");
}

function ventsOf(space: Space, f: Formats, myName: string) {
  return space.vents
    .filter((v) => v.writtenBy === myName)
    .map(
      (v) =>
        `<li><span class="when">${text(f.moment(v.writtenAt))}</span>${v.acknowledgedAt ? ' <span class="quiet">· heard</span>' : ""}${paragraphs(v.body)}</li>`,
    )
    .join("");
}

function spaceOf(space: Space, f: Formats, myName: string) {
  const title = space.partner ? `With ${space.partner.name}` : "Your space, before a partner joined";
  const since = `${space.status === "archived" ? "Closed" : "Open"} · began mending ${f.day(space.repairBeganOn)}${space.archivedAt ? ` · closed ${f.day(space.archivedAt)}` : ""}`;
  return `<section class="space"><h2>${text(title)}</h2><p class="quiet">${text(since)}</p>
${section("Timeline", space.milestones.length ? `<ul>${timelineOf(space, f)}</ul>` : "", "No milestones yet.")}
${section("Forgiveness and second chances", forgivenessOf(space, f, myName), "No requests.")}
${section("Responsibilities and small changes", responsibilitiesOf(space, f), "None yet.")}
${section("Dates", space.datePlans.length ? `<ul>${datesOf(space, f)}</ul>` : "", "No dates planned.")}
${section("Memories", space.memories.length ? `<ul>${memoriesOf(space, f)}</ul>` : "", "No memories yet.")}
${section("What you let out (your vents)", ventsOf(space, f, myName) ? `<ul>${ventsOf(space, f, myName)}</ul>` : "", "None.")}
</section>`;
}

const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.55 Georgia, "Iowan Old Style", serif; color: #2b2622; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 1.4em 0 .4em; }
h1 { font-size: 1.9rem; } h2 { font-size: 1.5rem; border-bottom: 2px solid #b8912a; padding-bottom: .2em; }
h3 { font-size: 1.2rem; } h4 { font-size: 1.05rem; } h5 { font-size: .95rem; margin: .8em 0 .2em; }
ul { padding-left: 1.2rem; } li { margin: .5em 0; }
article { border-left: 3px solid #e3dacd; padding-left: .9rem; margin: 1rem 0; }
.words { white-space: pre-wrap; margin: .3em 0; }
.quiet, .when { color: #675d54; font-size: .92em; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } section.space { break-before: page; } article, li { break-inside: avoid; } }
`;

/** The person's own side of the journey as one printable HTML document. */
export function renderExportHtml(data: AccountExport): string {
  const account = data.account;
  const myName = account?.name ?? "";
  const f = formatsFor(account?.timeZone ?? "UTC");
  const spaces = data.spaces.map((space) => spaceOf(space, f, myName)).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Kintsugi: ${text(myName)}’s journey</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${text(myName)}’s journey</h1>
<p class="quiet">Exported ${text(f.moment(data.exportedAt))}. ${data.notes.map(text).join(" ")}</p>
${spaces || '<p class="quiet">You have not been in a couple space yet.</p>'}
</body>
</html>
`;
}
