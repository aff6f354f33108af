/**
 * What an instructor reads about an assignment: each student's notes and replies, their notes in
 * text order, and where discussion concentrated (a count per provision). Pure functions over
 * plain records, so that the page, the CSV and the tests agree.
 */

/** A member of the seminar. */
export interface OverviewMember {
  userId: string;
  name: string;
  role: "instructor" | "student";
  former: boolean;
}

/** A note or reply written for the assignment. */
export interface OverviewNote {
  id: string;
  authorId: string;
  isReply: boolean;
  /** The provision the note (or the note a reply answers) is about, as `document:provision`, if any. */
  provision: string | null;
  /** Position of that provision in the assignment's texts (for text order). */
  order: number;
  /** Offset of the passage within the provision. */
  start: number;
  created: string;
  deleted: boolean;
}

/** One student's line of the overview. */
export interface StudentLine {
  userId: string;
  name: string;
  former: boolean;
  notes: number;
  replies: number;
  /** Written after the due date. */
  late: number;
}

/** Notes and replies per student (deleted ones not counted), students in name order, instructors left out. */
export function studentLines(members: readonly OverviewMember[], notes: readonly OverviewNote[], dueAt: string): StudentLine[] {
  const due = new Date(dueAt).getTime();
  const byAuthor = liveNotesBy(notes, (n) => n.authorId);
  return members
    .filter((m) => m.role === "student")
    .map((m) => {
      const own = byAuthor.get(m.userId) ?? [];
      return {
        userId: m.userId,
        name: m.name,
        former: m.former,
        notes: own.filter((n) => !n.isReply).length,
        replies: own.filter((n) => n.isReply).length,
        late: own.filter((n) => new Date(n.created).getTime() > due).length,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}

/** The notes that are not deleted, grouped by a key (in their order); notes whose key is null are left out. */
function liveNotesBy(notes: readonly OverviewNote[], key: (note: OverviewNote) => string | null): Map<string, OverviewNote[]> {
  const groups = new Map<string, OverviewNote[]>();
  for (const note of notes) {
    const k = key(note);
    if (note.deleted || k === null) continue;
    const group = groups.get(k);
    if (group) group.push(note);
    else groups.set(k, [note]);
  }
  return groups;
}

/** A student's notes in the order of the text (then by time). */
export function inTextOrder<T extends Pick<OverviewNote, "order" | "start" | "created">>(notes: readonly T[]): T[] {
  return [...notes].sort((a, b) => a.order - b.order || a.start - b.start || a.created.localeCompare(b.created));
}

/** One provision's line of the heat map. */
export interface HeatRow {
  provision: string;
  label: string;
  notes: number;
  replies: number;
  total: number;
  /** total / the largest total, 0-1, for drawing. */
  share: number;
}

/**
 * Where discussion concentrated: for each provision of the texts (in order), the notes about it
 * and the replies to those notes. Provisions nobody wrote about are kept, with zeros, so the map
 * shows the silence too.
 */
export function heatMap(provisions: readonly { key: string; label: string }[], notes: readonly OverviewNote[]): HeatRow[] {
  const byProvision = liveNotesBy(notes, (n) => n.provision);
  const rows = provisions.map((p) => {
    const here = byProvision.get(p.key) ?? [];
    const notesCount = here.filter((n) => !n.isReply).length;
    const replies = here.filter((n) => n.isReply).length;
    return { provision: p.key, label: p.label, notes: notesCount, replies, total: notesCount + replies, share: 0 };
  });
  const max = Math.max(0, ...rows.map((r) => r.total));
  return rows.map((r) => ({ ...r, share: max === 0 ? 0 : r.total / max }));
}
