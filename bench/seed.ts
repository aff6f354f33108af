/** Seeding a bench database directly, without the API: accounts, and notes stored as the app stores them. */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { createNote, type NewNote } from "../db/queries/annotations";
import { user } from "../db/schema";
import type { NoteTarget } from "../lib/annotations/types";

/** Store an account for the benchmarks; returns its id. */
export function seedUser(db: Db): string {
  const id = randomUUID();
  db.insert(user).values({ id, name: `Bench ${id.slice(0, 4)}`, email: `bench-${id}@example.org`, emailVerified: true, createdAt: new Date(), updatedAt: new Date() }).run();
  return id;
}

/** A public note to store: its author, its one passage, its words and, for a coding, its codes. */
export interface NoteSeed {
  authorId: string;
  target: NoteTarget;
  text: string;
  codes?: NewNote["codes"];
}

/** Store notes with createNote (passages, revisions and the search index included), 5,000 to a transaction. */
export function seedNotes(db: Db, notes: readonly NoteSeed[]): void {
  const now = new Date().toISOString();
  for (let done = 0; done < notes.length; done += 5_000) {
    db.transaction(() => {
      for (const { authorId, target, text, codes } of notes.slice(done, done + 5_000)) {
        const id = randomUUID();
        const body = { type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
        createNote(db, { id, authorId, body, bodyText: text, tags: [], visibility: "public", seminarId: null, inReplyTo: null, threadId: id, codes, targets: [target], now });
      }
    });
  }
}
