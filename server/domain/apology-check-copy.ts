/**
 * What the apology check says about each finding: why the words can hurt, and what to
 * write instead. Warm, short, about words and never about the person.
 */
import type { FindingKind } from "./apology-check";
import type { Copy } from "./apology-check-text";

export const COPY: Readonly<Record<FindingKind, Copy>> = {
  justification: {
    why: "Reasons can sound like excuses right now. Your partner needs to hear that this was your choice, not your circumstances.",
    suggestion: "Try owning the choice: 'I chose to do this, and nothing makes it okay.'",
  },
  blame: {
    why: "This puts part of the weight on your partner. Owning it fully is what lets them start to trust again.",
    suggestion: "Try keeping it about your own choices: 'This was my choice, and none of it is your fault.'",
  },
  minimizing: {
    why: "This can make what happened sound smaller than it feels to your partner. Letting it be as big as it is shows you understand.",
    suggestion: "Try naming the weight of it: 'I know how deeply this hurt you.'",
  },
  conditional: {
    why: "The 'if' makes the hurt sound uncertain. Your partner knows they were hurt, and hearing you say it plainly helps them feel heard.",
    suggestion: "Try saying it directly: 'I'm sorry I hurt you.'",
  },
  promise: {
    why: "After trust is broken, even heartfelt promises are hard to believe. Steady actions over time will say it better.",
    suggestion: "Try asking instead: 'Will you give me the chance to show you?'",
  },
  deflection: {
    why: "A 'but' right after an apology can quietly take it back. Your partner may only hear what comes after it.",
    suggestion:
      "Try ending the apology there, or use 'and': 'I'm sorry. I was wrong, and I want to understand how this hurt you.'",
  },
  misplaced_regret: {
    why: "This can sound like you regret being found out, more than what you did.",
    suggestion: "Try regretting the act itself: 'I'm sorry I lied to you.'",
  },
  fate: {
    why: "This makes it sound like something that happened to you. Your partner needs to hear that it was something you chose.",
    suggestion: "Try naming the choice: 'I chose to do this. It didn't just happen.'",
  },
  outside_cause: {
    why: "Your past or other people may be part of the story, but here they sound like the reason. Your partner needs to hear the choice was yours.",
    suggestion: "Try keeping it about you: 'Whatever I carry from before, this was my choice.'",
  },
  rushing: {
    why: "Healing has no timetable. Asking your partner to be done with it can make their hurt feel like a burden.",
    suggestion: "Try leaving the pace to them: 'Take all the time you need. I'm not going anywhere.'",
  },
  counter_accusation: {
    why: "Bringing up what your partner did turns the apology into a trade. Their hurts deserve their own time, not this one.",
    suggestion: "Try keeping this about what you did: 'This is about my choices, not yours.'",
  },
};

export const SORRY_YOU_FEEL_COPY: Copy = {
  why: "This can sound like the problem is how your partner feels, rather than what you did.",
  suggestion: "Try naming what you did: 'I'm sorry for what I did to you.'",
};

export const ANYWAY_COPY: Copy = {
  why: "'Anyway' can sound like moving on before your partner is ready. Staying with their hurt a little longer shows you care.",
  suggestion: "Try staying with it: 'I know this still hurts, and I'm here.'",
};

export const ONLY_HUMAN_COPY: Copy = {
  why: "This can sound like what happened was ordinary or expected. To your partner it was anything but.",
  suggestion: "Try speaking only for yourself: 'I made this choice, and I'm responsible for it.'",
};
