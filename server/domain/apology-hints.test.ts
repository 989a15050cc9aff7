import { describe, expect, it } from "vitest";
import { missingFromPart, PART_HINTS, type ApologyPart } from "./apology-hints";

const cases: Record<ApologyPart, { missing: readonly string[]; present: readonly string[] }> = {
  whatIDid: {
    missing: [
      "I was so lonely and everything at work was falling apart.",
      "It was a hard year for both of us and things got complicated.",
      "I felt invisible and unwanted for a very long time.",
      "Mistakes were made and trust was broken.",
      "There was someone else for a while.",
      "I needed attention and I wanted to feel alive again.",
    ],
    present: [
      "I lied to you about where I was for months.",
      "I've been seeing someone from work since March.",
      "I had an affair with Sam and I hid it from you.",
      "I was unfaithful to you, again and again.",
      "I kept texting him after I told you it was over.",
      "I deliberately deleted our messages so you wouldn't see them.",
      "I chose to go to her flat that night.",
    ],
  },
  howItHurt: {
    missing: [
      "I feel terrible. I can't sleep, and I hate myself for what I did.",
      "It has been the worst year of my life and I'm ashamed of myself.",
      "I know I messed up and I regret it every day, I really do, more than I can say to you.",
      "Everything fell apart and nobody trusts anyone now.",
    ],
    present: [
      "It made you doubt yourself and feel alone in our home.",
      "You stopped sleeping, and you told me you felt like a fool for trusting me.",
      "Your trust in your own memory was shaken, because I told you that you were imagining things.",
      "You had to explain to your parents why we cancelled Christmas.",
    ],
  },
  whatIAmDoing: {
    missing: [
      "I will never do anything like this again, I promise.",
      "I want to be a better partner and I hope to earn your trust.",
      "I'm going to try really hard to change.",
      "I'm working on myself and I'm committed to us.",
      "From now on I'll be completely honest with you.",
    ],
    present: [
      "I see a counsellor every Thursday, and I tell you about each session.",
      "I've blocked her number and deleted every app she could reach me on.",
      "I'm going to therapy on Mondays, and we have our first couples session next week.",
      "I haven't contacted her since the day you found out.",
      "We meet with Dr. Lee every other Sunday.",
      "I told my manager, and I moved to a team on another floor.",
    ],
  },
};

describe("missingFromPart", () => {
  for (const [part, { missing, present }] of Object.entries(cases) as [ApologyPart, (typeof cases)[ApologyPart]][]) {
    it.each(missing)(`hints under "${part}" for "%s"`, (text) => {
      expect(missingFromPart(part, text)).toEqual(PART_HINTS[part]);
    });
    it.each(present)(`gives no hint under "${part}" for "%s"`, (text) => {
      expect(missingFromPart(part, text)).toBeNull();
    });
  }

  it("waits until there are a few words before saying anything", () => {
    expect(missingFromPart("whatIDid", "")).toBeNull();
    expect(missingFromPart("whatIDid", "I was")).toBeNull();
    expect(missingFromPart("whatIAmDoing", "I promise")).toBeNull();
  });

  it("reads curly apostrophes as straight ones", () => {
    expect(missingFromPart("whatIDid", "I’ve been lying to you about the money.")).toBeNull();
    expect(missingFromPart("whatIAmDoing", "I’m going to try harder.")).toEqual(PART_HINTS.whatIAmDoing);
  });

  it("words each hint as advice about the text, never a score", () => {
    for (const hint of Object.values(PART_HINTS)) {
      expect(hint.title.length).toBeLessThan(60);
      expect(hint.detail.length).toBeLessThan(200);
      expect(`${hint.title} ${hint.detail}`).not.toMatch(/\d+\s*%|score|fail|wrong|must\b/i);
    }
  });
});
