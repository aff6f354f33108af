import { z } from "zod";

/** The ids the API's request schemas share, each with the message its routes give. */

/** Ids of documents, editions and codebooks: lower-case letters, digits and hyphens (up to 100). */
export const slugId = (message: string) => z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, message);

export const documentId = slugId("must be a document id");
export const editionId = slugId("must be an edition id");
export const codebookId = slugId("must be a codebook id");

/** Akoma Ntoso-style provision ids, as in the corpus. */
export const provisionId = z.string().regex(/^[A-Za-z0-9_]{1,200}$/, "must be a provision id such as art_1__para_1");

export const noteId = z.string().uuid("must be a note id");
export const seminarId = z.string().uuid("must be a seminar id");
export const assignmentId = z.string().uuid("must be an assignment id");
