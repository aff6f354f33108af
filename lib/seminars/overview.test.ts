import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { heatMap, inTextOrder, studentLines, type OverviewMember, type OverviewNote } from "./overview";

const members: OverviewMember[] = [
  { userId: "t", name: "Teacher", role: "instructor", former: false },
  { userId: "b", name: "Bea", role: "student", former: false },
  { userId: "a", name: "Abel", role: "student", former: true },
];

const note = (id: string, authorId: string, provision: string | null, order: number, extra: Partial<OverviewNote> = {}): OverviewNote => ({
  id,
  authorId,
  isReply: false,
  provision,
  order,
  start: 0,
  created: "2026-12-01T10:00:00.000Z",
  deleted: false,
  ...extra,
});

const notes: OverviewNote[] = [
  note("1", "b", "conv:art_1__para_1__point_1__point_b", 3, { start: 40 }),
  note("2", "b", "conv:art_1__para_1__point_1__point_b", 3, { start: 5 }),
  note("3", "a", "nsct:sec_1__para_2", 10, { created: "2026-12-09T10:00:00.000Z" }),
  note("4", "a", "conv:art_1__para_1__point_1__point_b", 3, { isReply: true }),
  note("5", "b", "nsct:sec_1__para_2", 10, { deleted: true }),
  note("6", "t", "nsct:sec_1__para_2", 10),
];

describe("assignment overview", () => {
  test("counts each student's notes, replies and late notes; instructors and deleted notes do not count", () => {
    assert.deepEqual(studentLines(members, notes, "2026-12-08T00:00:00.000Z"), [
      { userId: "a", name: "Abel", former: true, notes: 1, replies: 1, late: 1 },
      { userId: "b", name: "Bea", former: false, notes: 2, replies: 0, late: 0 },
    ]);
  });

  test("text order: provision, then passage, then time", () => {
    assert.deepEqual(inTextOrder(notes.filter((n) => n.authorId === "b")).map((n) => n.id), ["2", "1", "5"]);
  });

  test("the heat map keeps silent provisions and scales to the busiest", () => {
    const rows = heatMap(
      [
        { key: "conv:art_1__para_1__point_1__point_a", label: "Art. 1(1)(1)(a)" },
        { key: "conv:art_1__para_1__point_1__point_b", label: "Art. 1(1)(1)(b)" },
        { key: "nsct:sec_1__para_2", label: "Introduction ¶2" },
      ],
      notes,
    );
    assert.deepEqual(
      rows.map((r) => [r.label, r.notes, r.replies, r.total, r.share]),
      [
        ["Art. 1(1)(1)(a)", 0, 0, 0, 0],
        ["Art. 1(1)(1)(b)", 2, 1, 3, 1],
        ["Introduction ¶2", 2, 0, 2, 2 / 3],
      ],
    );
  });
});
