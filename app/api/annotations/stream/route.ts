import { z } from "zod";
import { parseParams, route } from "@/app/api/http";
import { documentId } from "@/app/api/ids";
import { viewerFor } from "@/app/lib/viewer";
import { currentUser } from "@/app/lib/auth";
import { getDb } from "@/app/lib/db";
import { getNoteChannel, type NoteEvent } from "@/app/lib/live";
import { canRead, getNoteUnchecked, type StoredNote } from "@/db/queries/annotations";
import { presentNote } from "../present";

export const dynamic = "force-dynamic";

const query = z.object({ document: documentId });

const loaded = new WeakMap<NoteEvent, StoredNote | null>();

/** The note an event is about, read once however many readers are listening. */
function noteOf(event: NoteEvent): StoredNote | null {
  if (!loaded.has(event)) loaded.set(event, getNoteUnchecked(getDb(), event.noteId) ?? null);
  return loaded.get(event)!;
}

/**
 * GET /api/annotations/stream?document=: Server-Sent Events with every new, edited and deleted
 * note on the document that the signed-in viewer may read (`event: note`, data
 * `{ type, annotation }`), and a comment every 20 s to keep the connection open.
 */
export const GET = route(async (request: Request) => {
  const { document } = parseParams(query, Object.fromEntries(new URL(request.url).searchParams));
  const user = await currentUser(request);
  const userId = user?.id ?? null;
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      send(`retry: 2000\n: listening to ${document}\n\n`);
      const unsubscribe = getNoteChannel().subscribe(document, (event) => {
        // Each reader is sent only what they may read, checked when the event happens.
        // Rights are read again for each event: a seminar joined or an assignment posted to since counts.
        const note = noteOf(event);
        if (!note || !canRead(getDb(), viewerFor(userId), note)) return;
        send(`event: note\ndata: ${JSON.stringify({ type: event.type, threadId: event.threadId, annotation: presentNote(note, userId) })}\n\n`);
      });
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 20_000);
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
});
