/*
 * HITS: Hurt, Insult, Threaten, Scream — a four-question screening for partner violence.
 * Sherin KM, Sinacore JM, Li XQ, Zitter RE, Shakil A. "HITS: a short domestic violence
 * screening tool for use in a family practice setting." Family Medicine 1998;30(7):508–512.
 * Each answer is scored 1 (never) to 5 (frequently); a total above 10 suggests the person
 * may be being harmed. The questions are asked about "your partner", so they read the same
 * for anyone, of any gender, with a partner of any gender.
 *
 * Pure and small on purpose: the browser scores it, so nothing has to reach the server.
 */

export const hitsQuestions = [
  { key: "hurt", text: "Physically hurt you?" },
  { key: "insult", text: "Insulted or talked down to you?" },
  { key: "threaten", text: "Threatened you with harm?" },
  { key: "scream", text: "Screamed or cursed at you?" },
] as const;

export type HitsKey = (typeof hitsQuestions)[number]["key"];
export type HitsAnswers = Record<HitsKey, number>;

/** The instrument's five frequencies, scored 1 to 5. */
export const hitsFrequencies = [
  { value: 1, label: "Never" },
  { value: 2, label: "Rarely" },
  { value: 3, label: "Sometimes" },
  { value: 4, label: "Fairly often" },
  { value: 5, label: "Frequently" },
] as const;

/** Above this total, the answers suggest danger (the authors' cut-off). */
export const HITS_CUT_OFF = 10;

export function hitsScore(answers: HitsAnswers): number {
  return hitsQuestions.reduce((total, { key }) => total + answers[key], 0);
}

export function suggestsDanger(score: number): boolean {
  return score > HITS_CUT_OFF;
}
