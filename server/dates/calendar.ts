import type { Executor } from "@/db/client";
import { writeCalendar, type IcsEvent } from "../domain/ics";
import type { CoupleViewer } from "../viewer";
import { loadPlanRecord } from "./plan-records";
import { planForViewer } from "./shape";

const PRODUCT_ID = "-//Kintsugi//Dates//EN";

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The plan as a calendar file for this partner. It is built from the same per-partner
 * view as every other response: a surprised partner's file is an all-day event that says
 * only who, which day, the rough time of day and the hints. The UID is the same in both
 * versions, so importing the file again after the reveal updates the event in place.
 */
export async function calendarFile(db: Executor, viewer: CoupleViewer, id: string, now: Date) {
  const view = planForViewer(await loadPlanRecord(db, viewer, id), viewer, now);
  const uid = `${view.id}@kintsugi`;
  let event: IcsEvent;
  let day: string;
  if (view.kind === "surprise") {
    const planner = view.plannedBy?.name ?? "Your partner";
    day = view.day;
    event = {
      uid,
      stamp: now,
      start: { date: view.day },
      end: { date: nextDay(view.day) },
      summary: `A surprise from ${planner} (${view.weekday} ${view.timeOfDay})`,
      description: [
        `${planner} is planning a surprise for you on ${view.weekday} ${view.timeOfDay}.`,
        ...(view.hints.length > 0 ? ["", "Hints:", ...view.hints.map((hint) => `– ${hint}`)] : []),
        "",
        "The details will appear in Kintsugi when it's revealed.",
      ].join("\n"),
      sequence: 0,
      status: view.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    };
  } else {
    day = view.startsAtLocal.slice(0, 10);
    event = {
      uid,
      stamp: now,
      start: { utc: view.startsAt },
      end: { utc: view.endsAt },
      summary: view.title,
      location: view.place || undefined,
      description: view.notes || undefined,
      sequence: view.version,
      status: view.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    };
  }
  return {
    filename: `kintsugi-date-${day}.ics`,
    contentType: "text/calendar; charset=utf-8",
    content: writeCalendar([event], { productId: PRODUCT_ID }),
  };
}
