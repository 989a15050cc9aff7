import { catalogueIdea } from "../domain/date-ideas";
import { REFLECTION_WAIT_MS } from "../dates/reading";
import { planForViewer, type PlanRecord } from "../dates/shape";
import type { CoupleViewer, Me, Person } from "../viewer";
import type { ExportRows } from "./export-rows";

/** One space as a member saw it: its membership, as the export lists them. */
export type ExportedSpace = {
  id: string;
  status: "active" | "archived";
  repairBeganOn: string;
  createdAt: Date;
  archivedAt: Date | null;
  seat: number;
  joinedAt: Date;
};

/**
 * One space of the export, shaped by the app's per-partner rules from the rows read for
 * all of them: what this person would be shown there, and nothing of the partner's account
 * but their name.
 */
export async function shapeExportedSpace(space: ExportedSpace, rows: ExportRows, me: Me, now: Date) {
  const partnerRow = rows.partners.find((row) => row.coupleId === space.id);
  const partner: Person | null = partnerRow
    ? { id: partnerRow.id, name: partnerRow.name, timeZone: partnerRow.timeZone }
    : null;
  const viewer: CoupleViewer = {
    me,
    couple: { id: space.id, repairBeganOn: space.repairBeganOn, seat: space.seat },
    partner,
  };
  const of = <T extends { coupleId: string }>(list: T[]) => list.filter((row) => row.coupleId === space.id);
  // Whoever wrote it, by name; a deleted account has none.
  const by = (userId: string | null) =>
    userId === me.id ? me.name : partner && userId === partner.id ? partner.name : userId ? "A former member" : null;

  const spaceIdeas = of(rows.ideaRows);
  const spaceMemories = of(rows.memoryRows);
  const spaceReactions = of(rows.reactionRows);
  const myReactions = new Map(spaceReactions.filter((r) => r.userId === me.id).map((r) => [r.ideaId, r]));
  const spaceReflections = of(rows.reflectionRows);
  const spacePhotos = of(rows.photoRows);

  const datePlansForMe = of(rows.planRows).map((row) => {
    const record: PlanRecord = {
      ...row,
      ideaTitle: row.ideaId
        ? (catalogueIdea(row.ideaId)?.title ?? spaceIdeas.find((idea) => idea.id === row.ideaId)?.title ?? null)
        : null,
      memoryTitle: row.memoryId ? (spaceMemories.find((memory) => memory.id === row.memoryId)?.title ?? null) : null,
    };
    const view = planForViewer(record, viewer, now);
    if (view.kind === "surprise") return { ...view, reflections: null };
    const written = spaceReflections.filter((r) => r.planId === row.id);
    const mine = written.find((r) => r.authorId === me.id) ?? null;
    const theirs = written.find((r) => r.authorId !== me.id) ?? null;
    // The dates rule: the partner's reflection once both have written, or a week after the date was kept.
    const weekPassed = row.completedAt !== null && now.getTime() - row.completedAt.getTime() >= REFLECTION_WAIT_MS;
    const shown = row.status === "done" && ((mine !== null && theirs !== null) || weekPassed);
    return {
      ...view,
      reflections: {
        mine: mine && { body: mine.body, writtenAt: mine.createdAt },
        partner: shown && theirs ? { by: by(theirs.authorId), body: theirs.body, writtenAt: theirs.createdAt } : null,
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
    milestones: of(rows.milestoneRows).map((m) => ({
      kind: m.kind,
      title: m.title,
      note: m.note,
      occurredOn: m.occurredOn,
      addedBy: by(m.createdBy),
    })),
    forgiveness: of(rows.requestRows).map((r) => ({
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
      answers: of(rows.answerRows)
        .filter((a) => a.requestId === r.id)
        .map((a) => ({ answer: a.answer, note: a.note, answeredBy: by(a.answeredBy), answeredAt: a.answeredAt })),
    })),
    responsibilities: of(rows.responsibilityRows).map((r) => ({
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
      keptDays: of(rows.responsibilityCheckOffRows)
        .filter((c) => c.responsibilityId === r.id)
        .map((c) => ({ day: c.day, thankedAt: c.acknowledgedAt })),
    })),
    smallChanges: of(rows.smallChangeRows).map((s) => ({
      id: s.id,
      title: s.title,
      details: s.details,
      takenOnBy: by(s.ownerId),
      startedOn: s.startedOn,
      stoppedAt: s.stoppedAt,
      keptDays: of(rows.smallChangeCheckOffRows)
        .filter((c) => c.smallChangeId === s.id)
        .map((c) => c.day),
      encouragements: of(rows.encouragementRows)
        .filter((e) => e.smallChangeId === s.id)
        .map((e) => ({ from: by(e.fromUserId), message: e.message, sentAt: e.createdAt })),
    })),
    talkReadiness: of(rows.readinessRows).map((r) => ({
      person: by(r.userId),
      state: r.state,
      note: r.note,
      setAt: r.setAt,
    })),
    vents: of(rows.ventRows).map((v) => ({
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
          idea: catalogueIdea(r.ideaId)?.title ?? spaceIdeas.find((idea) => idea.id === r.ideaId)?.title ?? r.ideaId,
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
    myActivity: of(rows.activityRows).map((a) => ({ topic: a.topic, at: a.occurredAt })),
    ...(await rows.paceOf(space.id, partner)),
  };
}
