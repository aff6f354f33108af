import "server-only";
import { EventEmitter } from "node:events";

/** What open readers are told: a note was created, edited or deleted. */
export interface NoteEvent {
  type: "created" | "updated" | "deleted";
  noteId: string;
  /** The thread's first note, so that readers can refresh the thread. */
  threadId: string;
  /** The documents whose readers should hear of it. */
  documents: string[];
}

/**
 * The live-update channel between requests. This implementation lives in one process (an event
 * emitter); several app servers would use one built on Postgres LISTEN/NOTIFY (or Redis pub/sub)
 * behind the same two methods.
 */
export interface NoteChannel {
  /** Tell the listeners of the event's documents, after the caller has returned (a write is not held up by its readers). */
  publish(event: NoteEvent): void;
  /** Listen to the events of one document; returns the function that stops listening. */
  subscribe(document: string, listener: (event: NoteEvent) => void): () => void;
}

class InProcessChannel implements NoteChannel {
  private emitter = new EventEmitter().setMaxListeners(0);

  publish(event: NoteEvent): void {
    setImmediate(() => {
      for (const document of new Set(event.documents)) {
        for (const listener of this.emitter.listeners(`document:${document}`) as ((event: NoteEvent) => void)[]) {
          // One reader's failure is logged and costs the others nothing.
          try {
            listener(event);
          } catch (error) {
            console.error(error);
          }
        }
      }
    });
  }

  subscribe(document: string, listener: (event: NoteEvent) => void): () => void {
    const topic = `document:${document}`;
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }
}

const shared = globalThis as unknown as { synopsisChannel?: NoteChannel };

/** The channel of this deployment. */
export function getNoteChannel(): NoteChannel {
  shared.synopsisChannel ??= new InProcessChannel();
  return shared.synopsisChannel;
}
