import { describe, it, expect } from "vitest";
import { checkApology, FINDING_KINDS, type Finding, type FindingKind } from "./apology-check";
import { formatScore, scoreTable } from "./apology-check-metrics";
import { groupFindings } from "./apology-check-groups";
import { TUNING_TABLE, type LabelledRow } from "./apology-check.table";

const kindsOf = (findings: readonly Finding[]): FindingKind[] => [...new Set(findings.map((f) => f.kind))].sort();

const describeRow = ([sentence, expected]: LabelledRow): string =>
  expected.length === 0
    ? `does not flag the sincere "${sentence}"`
    : `flags ${[...expected].sort().join(" + ")} in "${sentence}"`;

describe("checkApology: tuning table", () => {
  it("has at least 10 positives and 5 sincere look-alikes per kind, and 60 sincere rows in all", () => {
    for (const kind of FINDING_KINDS) {
      expect(TUNING_TABLE.filter(([, kinds]) => kinds.includes(kind)).length, kind).toBeGreaterThanOrEqual(10);
    }
    expect(TUNING_TABLE.filter(([, kinds]) => kinds.length === 0).length).toBeGreaterThanOrEqual(60);
  });

  it.each(TUNING_TABLE.map((row) => [describeRow(row), row] as const))("%s", (_name, [sentence, expected]) => {
    expect(kindsOf(checkApology(sentence))).toEqual([...expected].sort());
  });

  it("reaches precision and recall of at least 0.97 per kind and overall", () => {
    const result = scoreTable(TUNING_TABLE);
    console.log(formatScore("apology-check, tuning table", result));
    for (const kind of FINDING_KINDS) {
      expect(result.byKind[kind].precision, kind).toBeGreaterThanOrEqual(0.97);
      expect(result.byKind[kind].recall, kind).toBeGreaterThanOrEqual(0.97);
    }
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

  it("flags 'anyway' as hurrying the partner only when it brushes the hurt aside", () => {
    expect(only("Anyway, can we talk tonight?", "rushing").map((f) => f.phrase)).toEqual(["Anyway"]);
    expect(checkApology("I knew it would hurt you and I did it anyway.")).toEqual([]);
  });

  it("flags 'sorry if' as conditional and 'I'm sorry you feel' as regret for the partner's feelings", () => {
    expect(only("I'm sorry if that hurt.", "conditional").map((f) => f.phrase)).toEqual(["sorry if that hurt"]);
    expect(only("I'm sorry you feel hurt.", "misplaced_regret").map((f) => f.phrase)).toEqual(["sorry you feel"]);
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
    "I'm sorry you found out. It just happened. Everyone makes mistakes.",
    "Can we stop talking about it? You've lied to me too.",
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
    const text =
      "I'm sorry if I hurt you. Sorry if I upset you, if I did anything wrong. Never again, I'll never do it again.";
    const findings = checkApology(text);
    for (const a of findings) {
      for (const b of findings) {
        if (a !== b && a.kind === b.kind) expect(a.end <= b.start || b.end <= a.start).toBe(true);
      }
    }
    expect(only(text, "conditional").map((f) => f.phrase)).toEqual([
      "sorry if I hurt",
      "Sorry if I upset",
      "if I did anything",
    ]);
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

describe("groupFindings", () => {
  it("merges findings of one kind in one sentence into one card, in reading order", () => {
    const text = "I promise I will never do it again. I swear.";
    const groups = groupFindings(text, checkApology(text));
    expect(groups.map((g) => [g.kind, g.phrases])).toEqual([
      ["promise", ["I promise", "I will never do it again"]],
      ["promise", ["I swear"]],
    ]);
  });

  it("keeps different kinds in one sentence apart", () => {
    const text = "I'm sorry, but you made me do it.";
    expect(groupFindings(text, checkApology(text)).map((g) => g.kind)).toEqual(["deflection", "blame"]);
  });
});
