import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { PieceList, toSegments } from "./segments";
import { assertSegmentsCover } from "./test-support";

describe("toSegments", () => {
  test("neutral context on one side folds into the equal piece before it, across a deletion", () => {
    // left "actions", right "action." with the full stop ignored: equal "action", delete "s", neutral ".".
    const left = "actions";
    const right = "action.";
    const pieces = new PieceList();
    pieces.add("equal", 6, 6);
    pieces.add("delete", 7, 6);
    pieces.add("equal", 7, 7); // neutral: "." on the right only
    const segments = toSegments(left, right, pieces.pieces);
    assertSegmentsCover(left, right, segments);
    assert.deepEqual(segments, [
      { op: "equal", text: "action", left: { from: 0, to: 6 }, right: { from: 0, to: 7 } },
      { op: "delete", text: "s", left: { from: 6, to: 7 } },
    ]);
  });

  test("neutral context folds forward when nothing equal comes before it", () => {
    const left = "Article";
    const right = "  Article";
    const pieces = new PieceList();
    pieces.add("equal", 0, 2); // neutral leading whitespace on the right
    pieces.add("equal", 7, 9);
    const segments = toSegments(left, right, pieces.pieces);
    assert.deepEqual(segments, [{ op: "equal", text: "Article", left: { from: 0, to: 7 }, right: { from: 0, to: 9 } }]);
  });

  test("neutral context with no equal piece in reach becomes a plain insertion", () => {
    const pieces = new PieceList();
    pieces.add("equal", 0, 2);
    const segments = toSegments("", "  ", pieces.pieces);
    assert.deepEqual(segments, [{ op: "insert", text: "  ", right: { from: 0, to: 2 } }]);
  });

  test("redline order and merging: insertions after deletions between equal pieces, neighbours of one kind joined", () => {
    const left = "a xy b";
    const right = "a z b";
    const pieces = new PieceList();
    pieces.add("equal", 2, 2);
    pieces.add("insert", 2, 3);
    pieces.add("delete", 3, 3);
    pieces.add("delete", 4, 3);
    pieces.add("equal", 6, 5);
    const segments = toSegments(left, right, pieces.pieces);
    assertSegmentsCover(left, right, segments);
    assert.deepEqual(
      segments.map((s) => [s.op, s.text]),
      [
        ["equal", "a "],
        ["delete", "xy"],
        ["insert", "z"],
        ["equal", " b"],
      ],
    );
  });

  test("moves keep their side and id and are not merged across ids", () => {
    const left = "abc";
    const right = "";
    const pieces = new PieceList();
    pieces.add("move", 1, 0, 1);
    pieces.add("move", 2, 0, 2);
    pieces.add("move", 3, 0, 2);
    assert.deepEqual(toSegments(left, right, pieces.pieces), [
      { op: "move", text: "a", left: { from: 0, to: 1 }, side: "left", moveId: 1 },
      { op: "move", text: "bc", left: { from: 1, to: 3 }, side: "left", moveId: 2 },
    ]);
  });

  test("PieceList refuses to run backwards", () => {
    const pieces = new PieceList();
    pieces.add("equal", 3, 3);
    assert.throws(() => pieces.add("delete", 2, 3), { name: "RangeError", message: /would run backwards/ });
  });
});
