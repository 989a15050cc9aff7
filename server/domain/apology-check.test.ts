import { describe, it, expect } from "vitest";
import { checkApology, FINDING_KINDS, type Finding, type FindingKind } from "./apology-check";

type Row = readonly [sentence: string, expected: readonly FindingKind[]];

/**
 * Labelled sentences, written the way a person might actually write after an
 * affair or a long run of lies. Each row lists every kind the sentence should
 * raise; sincere sentences list none.
 */
const TABLE: readonly Row[] = [
  // -- justification --------------------------------------------------------
  ["I only did it because I felt like you didn't see me anymore.", ["justification"]],
  ["I was so stressed with work that I wasn't thinking.", ["justification"]],
  ["I was drunk and it went further than it should have.", ["justification"]],
  ["I was lonely for a long time and she was there.", ["justification"]],
  ["I had my reasons for keeping it from you.", ["justification"]],
  ["I'd been drinking all night and I made a terrible choice.", ["justification"]],
  ["I felt so neglected that I went looking for attention somewhere else.", ["justification"]],
  ["It was the alcohol, not me.", ["justification"]],
  ["I got caught up in the moment and didn't stop to think about you.", ["justification"]],
  ["She came on to me and I didn't know how to say no.", ["justification"]],
  ["I lied to protect you from more pain.", ["justification"]],
  ["I didn't tell you because I didn't want to hurt you.", ["justification"]],
  ["I was going through a lot after my dad died.", ["justification"]],
  ["The only reason I texted him was that I needed someone to talk to.", ["justification"]],
  ["I was under so much pressure at work and I just snapped.", ["justification"]],
  ["I’m only human and I made a mistake.", ["justification"]],
  ["Honestly, I was depressed and not myself that whole year.", ["justification"]],
  ["I only went to her place because I was too tired to drive home.", ["justification"]],

  // -- blame -------------------------------------------------------------------
  ["You made me feel invisible, so I looked for someone who noticed me.", ["blame"]],
  ["I cheated because you stopped wanting me.", ["blame"]],
  ["If you hadn't shut me out, none of this would have happened.", ["blame"]],
  ["You drove me to it with all the fighting.", ["blame"]],
  ["You pushed me away for years.", ["blame"]],
  ["You were always working and I was alone every night.", ["blame", "justification"]],
  ["It takes two to break a marriage.", ["blame"]],
  ["You’re not exactly innocent either.", ["blame"]],
  ["Part of this is your fault too.", ["blame"]],
  ["If you had paid any attention to me, you would have seen it coming.", ["blame"]],
  ["You never had time for me after the kids were born.", ["blame"]],
  ["You left me no choice.", ["blame"]],
  ["We both made mistakes in this marriage.", ["blame"]],
  ["What about the way you treated me last year?", ["blame"]],
  ["You know how you get when you're angry, so I kept it from you.", ["blame"]],
  ["I lied because of you and your temper.", ["blame"]],
  ["You did the same thing to me in college.", ["blame"]],
  ["You've been distant ever since the baby came.", ["blame"]],

  // -- minimizing --------------------------------------------------------------
  ["It wasn't a big deal, we only kissed twice.", ["minimizing"]],
  ["It was just a few texts.", ["minimizing"]],
  ["It was only physical, it meant nothing.", ["minimizing"]],
  ["Anyway, I said I'm sorry.", ["minimizing"]],
  ["I think you're overreacting a little.", ["minimizing"]],
  ["She meant nothing to me.", ["minimizing"]],
  ["It only happened once.", ["minimizing"]],
  ["We were just friends who crossed a line one night.", ["minimizing"]],
  ["Can we please just move on?", ["minimizing"]],
  ["Nothing really happened between us.", ["minimizing"]],
  ["It was one little mistake.", ["minimizing"]],
  ["You're blowing this out of proportion.", ["minimizing"]],
  ["Everyone makes mistakes.", ["minimizing"]],
  ["It happened years ago, so it’s in the past.", ["minimizing"]],
  ["At least I told you myself.", ["minimizing"]],
  ["I'm sorry, anyway.", ["minimizing"]],

  // -- conditional ---------------------------------------------------------------
  ["I'm sorry if I hurt you.", ["conditional"]],
  ["I’m sorry if you were upset by what happened.", ["conditional"]],
  ["I'm sorry you feel that way.", ["conditional"]],
  ["If I hurt you, I apologize.", ["conditional"]],
  ["Sorry if that came across wrong.", ["conditional"]],
  ["I apologize for any pain I caused.", ["conditional"]],
  ["If anything I did upset you, I'm sorry.", ["conditional"]],
  ["I'm sorry that you feel betrayed.", ["conditional"]],
  ["I may have hurt you more than I realized.", ["conditional"]],
  ["If you felt disrespected, that was never my intention.", ["conditional"]],
  ["I'm sorry you took it so hard.", ["conditional"]],
  ["If that's how you see it, then I'm sorry.", ["conditional"]],
  ["To whatever extent I hurt you, I'm sorry.", ["conditional"]],
  ["I'm sorry if I did anything to make you feel unsafe.", ["conditional"]],
  ["If I've done anything to upset you, I apologize.", ["conditional"]],

  // -- promise -------------------------------------------------------------------
  ["I promise I will never do this again.", ["promise"]],
  ["Never again.", ["promise"]],
  ["I swear on my life it's over.", ["promise"]],
  ["I will never lie to you again.", ["promise"]],
  ["It will never happen again.", ["promise"]],
  ["You have my word that I'll be faithful.", ["promise"]],
  ["Trust me, I've changed.", ["promise"]],
  ["I’ll never contact her again.", ["promise"]],
  ["From now on I will tell you everything.", ["promise"]],
  ["I'm a different man now.", ["promise"]],
  ["I'll make it up to you, I promise.", ["promise"]],
  ["I won't ever keep secrets from you again.", ["promise"]],
  ["This was the last time, I guarantee it.", ["promise"]],
  ["I'll always be honest with you from today.", ["promise"]],

  // -- deflection ----------------------------------------------------------------
  ["I'm sorry, but you have to understand how lonely I was.", ["deflection"]],
  ["I know I hurt you, but I was under so much pressure.", ["deflection", "justification"]],
  ["I know I was wrong but you weren't there for me either.", ["deflection", "blame"]],
  ["I’m sorry, but it’s not like I planned it.", ["deflection"]],
  ["I apologize, but I think we need to talk about your part too.", ["deflection", "blame"]],
  ["I made a mistake, but I never meant for it to go that far.", ["deflection"]],
  ["I'm so sorry. But honestly, nothing physical happened.", ["deflection", "minimizing"]],
  ["I lied to you, but I did it so we wouldn't fight.", ["deflection"]],
  ["I admit I messed up, however you need to see your side of it.", ["deflection"]],
  ["I'm sorry I cheated, but we were barely talking by then.", ["deflection"]],
  ["I take responsibility, but she knew I was married.", ["deflection"]],
  ["I should have told you, but I was afraid you'd leave.", ["deflection"]],
  ["My fault, I get it, but can you stop bringing it up?", ["deflection"]],
  ["I'm sorry if you feel hurt, but it was just one night.", ["conditional", "deflection", "minimizing"]],
  ["I'm sorry, but I needed someone and you weren't there.", ["deflection", "justification", "blame"]],
  ["I'm sorry I lied to you, but you never listen.", ["deflection", "blame"]],

  // -- sincere: nothing to flag -------------------------------------------------------
  ["I was wrong.", []],
  ["I lied to you and that was my choice.", []],
  ["Not only did I lie but I also hid it.", []],
  ["Not only did I cheat, but I also lied about it for a year.", []],
  ["I hurt you because I chose to lie.", []],
  ["There is no excuse for what I did.", []],
  ["I understand why you can't trust me.", []],
  ["I’m sorry. I broke your trust.", []],
  ["I was selfish.", []],
  ["I know I hurt you, but I know that's no excuse.", []],
  ["I cheated on you, and nothing but my own selfishness led me there.", []],
  ["I lied to you for months, but I also lied to myself.", []],
  ["None of this was your fault.", []],
  ["It wasn't because you did anything wrong.", []],
  ["I'm telling you everything because you deserve the truth.", []],
  ["I knew it was wrong and I did it anyway.", []],
  ["I was drunk, but that is no excuse for what I did.", []],
  ["I can't promise you that words will fix this, so I'll let my actions speak.", []],
  ["I betrayed you and I take full responsibility for it.", []],
  ["You didn't deserve any of this.", []],
  ["I chose to lie to you, over and over.", []],
  ["I want to understand how this has hurt you, if you're willing to tell me.", []],
  ["I kept it secret for eight months and that made it worse.", []],
  ["I know you may never trust me again, and I understand why.", []],
  ["I'm ashamed of the lies I told you.", []],
  ["You were right to be suspicious, and I made you feel crazy for asking.", []],
  ["I told you it was just a friendship, and that was a lie.", []],
  ["I'm not going to pretend I was drunk or stressed.", []],
  ["I wish I could take it back, but I can't.", []],
  ["I'm sorry for every lie I told you.", []],
  ["I'm so sorry for what I did to you and to our family.", []],
  ["You have every right to be angry with me.", []],
  ["I'm not asking you to forgive me; I'm asking you to let me keep showing up.", []],
  ["I'll answer any question you have, for as long as you need.", []],
  ["I did this, not you.", []],
  ["I hid my phone, deleted messages and lied to your face.", []],
  ["It wasn't a one-time thing and I won't pretend it was.", []],
  ["I know this is a big deal, and I'm not going to rush you.", []],
  ["I'm sorry I wasn't there when you needed me most.", []],
  ["Whatever you decide, I'll respect it.", []],
  ["I broke the promises I made to you on our wedding day.", []],
  ["The truth is I wanted the attention, and I chose it over you.", []],
  ["I was dishonest with you for a long time, and that is on me.", []],
  ["I regret it, but I also know regret doesn't undo anything.", []],
  ["I messed up, but I want to do the work to rebuild what I broke.", []],
  ["It wasn't just once; it went on for months.", []],
  ["It was only when I saw your face that I understood what I had done.", []],
  ["I know I hurt you, and I'm not going anywhere.", []],
  ["I should have told you the truth from the start, but I didn't.", []],
  ["You did nothing to cause this.", []],
  ["It was the worst decision of my life and it was mine.", []],
  ["None of this was your fault, and I’m the one who broke us.", []],
  ["I made you doubt yourself when you asked me, and I'm sorry for that.", []],
  ["I just wanted to write this down because you deserve to hear it in full.", []],
  ["You deserved someone who would listen, and I wasn't that person.", []],
  ["I never listened when you told me you felt alone, and I am listening now.", []],
];

const kindsOf = (findings: readonly Finding[]): FindingKind[] =>
  [...new Set(findings.map((f) => f.kind))].sort();

const describeRow = ([sentence, expected]: Row): string =>
  expected.length === 0
    ? `does not flag the sincere "${sentence}"`
    : `flags ${[...expected].sort().join(" + ")} in "${sentence}"`;

describe("checkApology: labelled table", () => {
  it("has at least 90 rows, at least 10 positives per kind and at least 30 sincere negatives", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(90);
    for (const kind of FINDING_KINDS) {
      expect(TABLE.filter(([, kinds]) => kinds.includes(kind)).length, kind).toBeGreaterThanOrEqual(10);
    }
    expect(TABLE.filter(([, kinds]) => kinds.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE.map((row) => [describeRow(row), row] as const))("%s", (_name, [sentence, expected]) => {
    expect(kindsOf(checkApology(sentence))).toEqual([...expected].sort());
  });

  it("reaches precision and recall of at least 0.95 at the (sentence, kind) level", () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const [sentence, expected] of TABLE) {
      const predicted = new Set(kindsOf(checkApology(sentence)));
      const wanted = new Set(expected);
      for (const kind of FINDING_KINDS) {
        if (predicted.has(kind) && wanted.has(kind)) truePositives++;
        else if (predicted.has(kind)) falsePositives++;
        else if (wanted.has(kind)) falseNegatives++;
      }
    }
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const recall = truePositives / Math.max(1, truePositives + falseNegatives);
    console.log(
      `apology-check: precision ${precision.toFixed(2)} recall ${recall.toFixed(2)} over ${TABLE.length} labelled sentences`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe("checkApology: rules", () => {
  const only = (text: string, kind: FindingKind): Finding[] => checkApology(text).filter((f) => f.kind === kind);

  it("flags 'you made me' as blame", () => {
    expect(only("You made me do it.", "blame").map((f) => f.phrase)).toEqual(["You made me"]);
  });

  it("flags 'because you' as blame but not 'because I'", () => {
    expect(only("I did it because you ignored me.", "blame").map((f) => f.phrase)).toEqual(["because you ignored me"]);
    expect(checkApology("I hurt you because I chose to lie.")).toEqual([]);
  });

  it("does not flag 'because you deserve' or a negated 'your fault'", () => {
    expect(checkApology("I'm telling you because you deserve to know.")).toEqual([]);
    expect(checkApology("This is not your fault. It was never your fault.")).toEqual([]);
  });

  it("flags 'I was drunk' as justification unless it is disowned as an excuse", () => {
    expect(only("I was drunk.", "justification")).toHaveLength(1);
    expect(checkApology("I was drunk. That's not an excuse.")).toEqual([]);
  });

  it("flags 'it was just' as minimizing but not 'it was only when'", () => {
    expect(only("It was just a kiss.", "minimizing")).toHaveLength(1);
    expect(checkApology("It was only when you found the messages that I told you.")).toEqual([]);
  });

  it("flags 'anyway' as minimizing only when it brushes the hurt aside", () => {
    expect(only("Anyway, can we talk tonight?", "minimizing").map((f) => f.phrase)).toEqual(["Anyway"]);
    expect(checkApology("I knew it would hurt you and I did it anyway.")).toEqual([]);
  });

  it("flags 'sorry if' and 'I'm sorry you feel' as conditional", () => {
    expect(only("I'm sorry if that hurt.", "conditional").map((f) => f.phrase)).toEqual(["sorry if that hurt"]);
    expect(only("I'm sorry you feel hurt.", "conditional").map((f) => f.phrase)).toEqual(["sorry you feel"]);
  });

  it("flags 'I promise', 'I swear' and 'never again' as promises, and suggests asking for a chance", () => {
    const findings = only("I promise. I swear. Never again.", "promise");
    expect(findings.map((f) => f.phrase)).toEqual(["I promise", "I swear", "Never again"]);
    for (const f of findings) expect(f.suggestion).toMatch(/chance/i);
  });

  it("does not flag 'I will never forgive myself' or 'you can't trust me' as promises", () => {
    expect(checkApology("I will never forgive myself for this.")).toEqual([]);
    expect(checkApology("I understand why you can't trust me right now.")).toEqual([]);
  });

  it("flags a 'but' that cancels an apology as deflection, and underlines just the 'but'", () => {
    const findings = only("I'm sorry but you have to understand.", "deflection");
    expect(findings.map((f) => f.phrase)).toEqual(["but"]);
  });

  it("flags a sentence-initial 'But' after an apology in the previous sentence", () => {
    expect(only("I'm sorry. But you never listened to me.", "deflection").map((f) => f.phrase)).toEqual(["But"]);
  });

  it("does not flag 'not only … but also', 'but I also', 'nothing but' or a 'but' with no apology before it", () => {
    expect(checkApology("Not only did I lie, but also I hid the evidence.")).toEqual([]);
    expect(checkApology("I lied, but I also hid the evidence.")).toEqual([]);
    expect(checkApology("I owe you nothing but the truth.")).toEqual([]);
    expect(checkApology("I want to go to counseling but I'm nervous about it.")).toEqual([]);
  });

  it("does not flag reported or disowned speech", () => {
    expect(checkApology("I kept telling myself it was no big deal, and I was wrong.")).toEqual([]);
    expect(checkApology("I won't say it was just a mistake.")).toEqual([]);
  });
});

describe("checkApology: output contract", () => {
  const PARAGRAPH = [
    "I’m sorry if I hurt you, but you have to understand that I was lonely.",
    "You made me feel invisible. Anyway, it was just a few texts.",
    "I promise it will never happen again.",
    "I know I lied to you, and that was my choice.",
  ].join(" ");

  it("gives offsets such that phrase equals text.slice(start, end)", () => {
    const findings = checkApology(PARAGRAPH);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(PARAGRAPH.length);
      expect(f.phrase).toBe(PARAGRAPH.slice(f.start, f.end));
    }
  });

  it("keeps offsets exact with curly apostrophes and other non-ASCII text", () => {
    const text = "Je suis désolé 💔. It wasn’t a big deal, I’m sorry if you’re upset.";
    const findings = checkApology(text);
    expect(kindsOf(findings)).toEqual(["conditional", "minimizing"]);
    for (const f of findings) expect(f.phrase).toBe(text.slice(f.start, f.end));
    expect(findings.map((f) => f.phrase)).toContain("wasn’t a big deal");
  });

  it("returns findings sorted by start across a multi-sentence text", () => {
    const findings = checkApology(PARAGRAPH);
    expect(kindsOf(findings)).toEqual([...FINDING_KINDS].sort());
    for (let i = 1; i < findings.length; i++) {
      expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.start);
    }
  });

  it("never returns overlapping findings of the same kind", () => {
    const text = "I'm sorry if I hurt you. Sorry if I upset you, if I did anything wrong. Never again, I'll never do it again.";
    const findings = checkApology(text);
    for (const a of findings) {
      for (const b of findings) {
        if (a !== b && a.kind === b.kind) expect(a.end <= b.start || b.end <= a.start).toBe(true);
      }
    }
    expect(only(text, "conditional").map((f) => f.phrase)).toEqual(["sorry if I hurt", "Sorry if I upset", "if I did anything"]);
  });

  it("returns [] for sincere text and for empty text", () => {
    expect(checkApology("")).toEqual([]);
    const sincere =
      "I was wrong. I lied to you and that was my choice. Not only did I lie but I also hid it. " +
      "There is no excuse for what I did. I understand why you can't trust me. I'm sorry. I broke your trust.";
    expect(checkApology(sincere)).toEqual([]);
  });

  it("is case-insensitive", () => {
    expect(kindsOf(checkApology("YOU MADE ME DO IT"))).toEqual(["blame"]);
    expect(kindsOf(checkApology("i promise"))).toEqual(["promise"]);
  });

  it("gives every finding a short why and suggestion", () => {
    for (const f of checkApology(PARAGRAPH)) {
      expect(f.why.length).toBeGreaterThan(20);
      expect(f.why.length).toBeLessThan(200);
      expect(f.suggestion.length).toBeGreaterThan(10);
      expect(f.suggestion.length).toBeLessThan(200);
      expect(`${f.why} ${f.suggestion}`).not.toMatch(/\b(?:shame|liar|pathetic|manipulat|stupid|should be)/i);
    }
  });

  it("is deterministic and does not depend on previous calls", () => {
    const first = checkApology(PARAGRAPH);
    checkApology("You made me. You made me. You made me.");
    expect(checkApology(PARAGRAPH)).toEqual(first);
  });

  it("finds every flagged phrase of a 5,000-character draft", () => {
    const chunk = PARAGRAPH + " I hurt you because I chose to lie, but I also hid it. ";
    const text = chunk.repeat(Math.ceil(5000 / chunk.length)).slice(0, 5000);
    const findings = checkApology(text);
    expect(findings.length).toBeGreaterThan(checkApology(PARAGRAPH).length);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.phrase);
  });

  function only(text: string, kind: FindingKind): Finding[] {
    return checkApology(text).filter((f) => f.kind === kind);
  }
});
