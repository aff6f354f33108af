import type { AssignmentRow } from "@/db/schema";

/** An assignment as the API shows it. */
export function presentAssignment(a: AssignmentRow) {
  return {
    id: a.id,
    seminarId: a.seminarId,
    title: a.title,
    prompt: a.prompt,
    promptText: a.promptText,
    compare: a.compareQuery,
    provisions: a.provisions,
    opensAt: a.opensAt,
    dueAt: a.dueAt,
    peersAfterPosting: a.peersAfterPosting,
  };
}
