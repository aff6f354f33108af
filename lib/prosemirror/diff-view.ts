/**
 * How a difference looks, shared by the server's HTML and the client's decorations: deletions
 * are <del> (struck through), insertions <ins> (underlined), moves a dotted box; each carries
 * its kind in words for screen readers (in CSS generated content) and is focusable so that
 * "next difference" can move the focus to it. Between texts that share few words, the shared
 * words are marked instead (<mark>, in bold).
 */

/** An inline range to draw, in document positions. */
export interface InlineMarkRange {
  from: number;
  to: number;
  /** A change, or (in "shared words" mode) a stretch both texts share. */
  op: "insert" | "delete" | "move" | "shared";
  moveId?: number;
  /** For moves: which occurrence this is ("left" = where the text was, "right" = where it went). */
  side?: "left" | "right";
}

/** The element name and attributes of a difference mark. */
export function diffMarkAttrs(mark: InlineMarkRange): { nodeName: string } & Record<string, string> {
  // A change of one or two characters (a hyphen, a comma, a space) gets a box so that it can be seen.
  const tiny = mark.to - mark.from <= 2 ? " diff--tiny" : "";
  switch (mark.op) {
    case "insert":
      return { nodeName: "ins", class: `diff diff--insert${tiny}`, "data-diff": "insert", tabindex: "-1" };
    case "delete":
      return { nodeName: "del", class: `diff diff--delete${tiny}`, "data-diff": "delete", tabindex: "-1" };
    case "shared":
      // Not a difference: the navigator's data-diff is left off, so "next difference" skips it.
      return { nodeName: "mark", class: "diff diff--shared", "data-shared": "" };
    case "move":
      return {
        nodeName: "span",
        class: `diff diff--move diff--move-${mark.side ?? "left"}${tiny}`,
        "data-diff": "move",
        "data-move": String(mark.moveId ?? 0),
        "data-move-side": mark.side ?? "left",
        tabindex: "-1",
      };
  }
}
