import type { StoredNote } from "@/db/queries/annotations";

/** A note as the API and the pages show it to one viewer. */
export function presentNote(note: StoredNote, viewerId: string | null) {
  return {
    id: note.id,
    author: note.author,
    motivation: note.motivation,
    body: note.body,
    bodyText: note.bodyText,
    tags: note.tags,
    codes: note.codes ?? null,
    visibility: note.visibility,
    seminarId: note.seminarId,
    assignmentId: note.assignmentId,
    formerMember: note.formerMember,
    inReplyTo: note.inReplyTo,
    /** The first note of the thread (the note itself unless it is a reply). */
    threadId: note.threadId,
    targets: note.targets.map((t) => ({
      document: t.document,
      edition: t.edition,
      provision: t.provision,
      index: t.index,
      origin: t.origin,
      quote: { exact: t.quote.exact, prefix: t.quote.prefix, suffix: t.quote.suffix },
      position: { start: t.position.start, end: t.position.end },
      anchor: t.anchor,
    })),
    created: note.created,
    modified: note.modified,
    version: note.version,
    deleted: note.deleted,
    canEdit: viewerId !== null && viewerId === note.author.id && !note.deleted,
  };
}

export type NoteJson = ReturnType<typeof presentNote>;
