// What the coach reads an apology with, gathered so the browser fetches it as one piece after the first paint.
export { checkApology } from "@/server/domain/apology-check";
export { groupFindings } from "@/server/domain/apology-check-groups";
export { missingFromPart } from "@/server/domain/apology-hints";
