// No zod and no Drizzle here: the dashboard's bundle imports these values.
export const readinessStates = ["open_to_talk", "need_space", "need_to_vent"] as const;
export type ReadinessStateName = (typeof readinessStates)[number];

export const READINESS_NOTE_MAX = 140;
