import { and, asc, eq, inArray, ne, or } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import {
  activityEvents,
  coupleMembers,
  couples,
  dateIdeas,
  datePlans,
  dateReflections,
  forgivenessAnswerLog,
  forgivenessRequests,
  ideaReactions,
  memories,
  memoryPhotos,
  milestones,
  responsibilities,
  responsibilityCheckOffs,
  smallChangeCheckOffs,
  smallChangeEncouragements,
  smallChanges,
  talkReadiness,
  users,
  vents,
} from "@/db/schema";
import { catalogueIdea } from "../domain/date-ideas";
import { REFLECTION_WAIT_MS } from "../dates/service";
import { planForViewer, type PlanRecord } from "../dates/shape";
import { loadPaceExport } from "../phases/export";
import type { CoupleViewer, Me, Person } from "../viewer";

/**
 * Everything this person may see, as one plain JSON document: their account and, for every
 * space they are or were in, what the app would show them there. The same per-partner rules
 * as the app apply (the partner's drafts, an unrevealed surprise's details, a reflection or
 * reaction not yet shown are left out), and nothing of the partner's account but their name.
 * One query per table across all their spaces, whatever their number.
 */
export async function exportAccountData(db: Executor, me: Me, now: Date) {
  const [account] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, me.id));

  const spaces = await db
    .select({
      id: couples.id,
      status: couples.status,
      repairBeganOn: couples.repairBeganOn,
      createdAt: couples.createdAt,
      archivedAt: couples.archivedAt,
      seat: coupleMembers.seat,
      joinedAt: coupleMembers.joinedAt,
    })
    .from(coupleMembers)
    .innerJoin(couples, eq(couples.id, coupleMembers.coupleId))
    .where(eq(coupleMembers.userId, me.id))
    .orderBy(asc(couples.createdAt));
  const coupleIds = spaces.map((space) => space.id);
  const header = {
    format: "kintsugi-export",
    version: 1,
    exportedAt: now,
    notes: [
      "Everything you can see in Kintsugi, as it stood when you exported it.",
      "Your partner's drafts, the details of a surprise not yet revealed to you, and reflections or reactions not yet shown to you are left out, as in the app.",
      "Photos are listed by their details only; their images are not included.",
      "Your partner's check-ins appear only as they chose to share them with you, and never their notes.",
    ],
    account: account ?? null,
  };
  if (coupleIds.length === 0) return { ...header, spaces: [] };

  const inMine = (column: AnyPgColumn) => inArray(column, coupleIds);
  const [
    partners,
    milestoneRows,
    requestRows,
    answerRows,
    responsibilityRows,
    responsibilityCheckOffRows,
    smallChangeRows,
    smallChangeCheckOffRows,
    encouragementRows,
    readinessRows,
    ventRows,
    ideaRows,
    reactionRows,
    planRows,
    reflectionRows,
    memoryRows,
    photoRows,
    activityRows,
    paceOf,
  ] = await Promise.all([
    // The partner's name and time zone only: never their email.
    db
      .select({ coupleId: coupleMembers.coupleId, id: users.id, name: users.name, timeZone: users.timeZone })
      .from(coupleMembers)
      .innerJoin(users, eq(users.id, coupleMembers.userId))
      .where(and(inMine(coupleMembers.coupleId), ne(coupleMembers.userId, me.id))),
    db
      .select()
      .from(milestones)
      .where(inMine(milestones.coupleId))
      .orderBy(asc(milestones.occurredOn), asc(milestones.id)),
    // A draft is its author's alone.
    db
      .select()
      .from(forgivenessRequests)
      .where(
        and(
          inMine(forgivenessRequests.coupleId),
          or(eq(forgivenessRequests.authorId, me.id), ne(forgivenessRequests.status, "draft")),
        ),
      )
      .orderBy(asc(forgivenessRequests.createdAt)),
    db
      .select()
      .from(forgivenessAnswerLog)
      .where(inMine(forgivenessAnswerLog.coupleId))
      .orderBy(asc(forgivenessAnswerLog.answeredAt)),
    db
      .select()
      .from(responsibilities)
      .where(inMine(responsibilities.coupleId))
      .orderBy(asc(responsibilities.createdAt)),
    db
      .select()
      .from(responsibilityCheckOffs)
      .where(inMine(responsibilityCheckOffs.coupleId))
      .orderBy(asc(responsibilityCheckOffs.day)),
    db.select().from(smallChanges).where(inMine(smallChanges.coupleId)).orderBy(asc(smallChanges.createdAt)),
    db
      .select()
      .from(smallChangeCheckOffs)
      .where(inMine(smallChangeCheckOffs.coupleId))
      .orderBy(asc(smallChangeCheckOffs.day)),
    db
      .select()
      .from(smallChangeEncouragements)
      .where(inMine(smallChangeEncouragements.coupleId))
      .orderBy(asc(smallChangeEncouragements.createdAt)),
    db.select().from(talkReadiness).where(inMine(talkReadiness.coupleId)),
    db.select().from(vents).where(inMine(vents.coupleId)).orderBy(asc(vents.createdAt)),
    db.select().from(dateIdeas).where(inMine(dateIdeas.coupleId)).orderBy(asc(dateIdeas.createdAt)),
    db.select().from(ideaReactions).where(inMine(ideaReactions.coupleId)),
    db.select().from(datePlans).where(inMine(datePlans.coupleId)).orderBy(asc(datePlans.startsAt), asc(datePlans.id)),
    db.select().from(dateReflections).where(inMine(dateReflections.coupleId)),
    db.select().from(memories).where(inMine(memories.coupleId)).orderBy(asc(memories.happenedOn), asc(memories.id)),
    // Never the bytes: the export stays a readable text file.
    db
      .select({
        coupleId: memoryPhotos.coupleId,
        memoryId: memoryPhotos.memoryId,
        contentType: memoryPhotos.contentType,
        byteSize: memoryPhotos.byteSize,
        uploadedBy: memoryPhotos.uploadedBy,
        uploadedAt: memoryPhotos.uploadedAt,
      })
      .from(memoryPhotos)
      .where(inMine(memoryPhotos.coupleId)),
    // Only my own comings and goings: the partner's are theirs.
    db
      .select({ coupleId: activityEvents.coupleId, topic: activityEvents.topic, occurredAt: activityEvents.occurredAt })
      .from(activityEvents)
      .where(and(inMine(activityEvents.coupleId), eq(activityEvents.actorId, me.id)))
      .orderBy(asc(activityEvents.occurredAt)),
    loadPaceExport(db, me, coupleIds, now),
  ]);

  return {
    ...header,
    spaces: await Promise.all(
      spaces.map(async (space) => {
        const partnerRow = partners.find((row) => row.coupleId === space.id);
        const partner: Person | null = partnerRow
          ? { id: partnerRow.id, name: partnerRow.name, timeZone: partnerRow.timeZone }
          : null;
        const viewer: CoupleViewer = {
          me,
          couple: { id: space.id, repairBeganOn: space.repairBeganOn, seat: space.seat },
          partner,
        };
        const of = <T extends { coupleId: string }>(rows: T[]) => rows.filter((row) => row.coupleId === space.id);
        // Whoever wrote it, by name; a deleted account has none.
        const by = (userId: string | null) =>
          userId === me.id
            ? me.name
            : partner && userId === partner.id
              ? partner.name
              : userId
                ? "A former member"
                : null;

        const spaceIdeas = of(ideaRows);
        const spaceMemories = of(memoryRows);
        const spaceReactions = of(reactionRows);
        const myReactions = new Map(spaceReactions.filter((r) => r.userId === me.id).map((r) => [r.ideaId, r]));
        const spaceReflections = of(reflectionRows);
        const spacePhotos = of(photoRows);

        const datePlansForMe = of(planRows).map((row) => {
          const record: PlanRecord = {
            ...row,
            ideaTitle: row.ideaId
              ? (catalogueIdea(row.ideaId)?.title ?? spaceIdeas.find((idea) => idea.id === row.ideaId)?.title ?? null)
              : null,
            memoryTitle: row.memoryId
              ? (spaceMemories.find((memory) => memory.id === row.memoryId)?.title ?? null)
              : null,
          };
          const view = planForViewer(record, viewer, now);
          if (view.kind === "surprise") return { ...view, reflections: null };
          const written = spaceReflections.filter((r) => r.planId === row.id);
          const mine = written.find((r) => r.authorId === me.id) ?? null;
          const theirs = written.find((r) => r.authorId !== me.id) ?? null;
          // The dates rule: the partner's reflection once both have written, or a week after the date was kept.
          const weekPassed =
            row.completedAt !== null && now.getTime() - row.completedAt.getTime() >= REFLECTION_WAIT_MS;
          const shown = row.status === "done" && ((mine !== null && theirs !== null) || weekPassed);
          return {
            ...view,
            reflections: {
              mine: mine && { body: mine.body, writtenAt: mine.createdAt },
              partner:
                shown && theirs ? { by: by(theirs.authorId), body: theirs.body, writtenAt: theirs.createdAt } : null,
            },
          };
        });

        return {
          id: space.id,
          status: space.status,
          repairBeganOn: space.repairBeganOn,
          createdAt: space.createdAt,
          joinedAt: space.joinedAt,
          archivedAt: space.archivedAt,
          partner: partner && { name: partner.name },
          milestones: of(milestoneRows).map((m) => ({
            kind: m.kind,
            title: m.title,
            note: m.note,
            occurredOn: m.occurredOn,
            addedBy: by(m.createdBy),
          })),
          forgiveness: of(requestRows).map((r) => ({
            id: r.id,
            kind: r.kind,
            status: r.status,
            writtenBy: by(r.authorId),
            writtenTo: by(r.recipientId),
            whatIDid: r.whatIDid,
            howItHurt: r.howItHurt,
            whatIAmDoing: r.whatIAmDoing,
            ask: r.ask,
            createdAt: r.createdAt,
            sentAt: r.sentAt,
            closedAt: r.closedAt,
            answers: of(answerRows)
              .filter((a) => a.requestId === r.id)
              .map((a) => ({ answer: a.answer, note: a.note, answeredBy: by(a.answeredBy), answeredAt: a.answeredAt })),
          })),
          responsibilities: of(responsibilityRows).map((r) => ({
            id: r.id,
            title: r.title,
            details: r.details,
            owner: by(r.ownerId),
            cadence: r.cadence,
            status: r.status,
            proposedBy: by(r.proposedBy),
            changeNote: r.changeNote,
            agreedAt: r.agreedAt,
            startedOn: r.startedOn,
            createdAt: r.createdAt,
            keptDays: of(responsibilityCheckOffRows)
              .filter((c) => c.responsibilityId === r.id)
              .map((c) => ({ day: c.day, thankedAt: c.acknowledgedAt })),
          })),
          smallChanges: of(smallChangeRows).map((s) => ({
            id: s.id,
            title: s.title,
            details: s.details,
            takenOnBy: by(s.ownerId),
            startedOn: s.startedOn,
            stoppedAt: s.stoppedAt,
            keptDays: of(smallChangeCheckOffRows)
              .filter((c) => c.smallChangeId === s.id)
              .map((c) => c.day),
            encouragements: of(encouragementRows)
              .filter((e) => e.smallChangeId === s.id)
              .map((e) => ({ from: by(e.fromUserId), message: e.message, sentAt: e.createdAt })),
          })),
          talkReadiness: of(readinessRows).map((r) => ({
            person: by(r.userId),
            state: r.state,
            note: r.note,
            setAt: r.setAt,
          })),
          vents: of(ventRows).map((v) => ({
            id: v.id,
            writtenBy: by(v.authorId),
            body: v.body,
            writtenAt: v.createdAt,
            acknowledgedAt: v.acknowledgedAt,
          })),
          dateIdeas: {
            ownIdeas: spaceIdeas.map((idea) => ({
              id: idea.id,
              title: idea.title,
              description: idea.description,
              category: idea.category,
              addedBy: by(idea.createdBy),
              addedAt: idea.createdAt,
            })),
            // My reactions, and my partner's only where I have reacted too: my answer stays my own.
            reactions: spaceReactions
              .filter((r) => r.userId === me.id || myReactions.has(r.ideaId))
              .map((r) => ({
                idea:
                  catalogueIdea(r.ideaId)?.title ?? spaceIdeas.find((idea) => idea.id === r.ideaId)?.title ?? r.ideaId,
                person: by(r.userId),
                reaction: r.reaction,
                reactedAt: r.reactedAt,
              })),
          },
          datePlans: datePlansForMe,
          memories: spaceMemories.map((m) => ({
            id: m.id,
            title: m.title,
            happenedOn: m.happenedOn,
            place: m.place,
            story: m.story,
            addedBy: by(m.createdBy),
            createdAt: m.createdAt,
            photo:
              spacePhotos
                .filter((p) => p.memoryId === m.id)
                .map((p) => ({
                  contentType: p.contentType,
                  byteSize: p.byteSize,
                  uploadedBy: by(p.uploadedBy),
                  uploadedAt: p.uploadedAt,
                }))[0] ?? null,
          })),
          myActivity: of(activityRows).map((a) => ({ topic: a.topic, at: a.occurredAt })),
          ...(await paceOf(space.id, partner)),
        };
      }),
    ),
  };
}

export type AccountExport = Awaited<ReturnType<typeof exportAccountData>>;
