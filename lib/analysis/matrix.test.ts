import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { elementMatrix, matrixCsv, type MatrixCoding, type MatrixInput, type MatrixPassage } from "./matrix";

/** A passage of a note; the quote says which note it is, so mix-ups show in the output. */
const passage = (noteId: string, document = "scc-2001", provision = "art_1__para_1"): MatrixPassage => ({
  document,
  edition: `${document}-en`,
  provision,
  quote: `quote of ${noteId}`,
  noteId,
});

const coding = (instrument: string, element: string, coder: string, noteId: string): MatrixCoding => ({
  instrument,
  element,
  coder,
  passage: passage(noteId, instrument),
});

/**
 * Three instruments, four elements (the last two of a custom codebook, one named like a formula).
 *   violence in scc: ana (n1, n3) and ben (n2) -> 2 coders, 3 codings, 3 passages
 *   violence in nsct: ben's note n4 listed twice -> 1 coder, 2 codings, 1 passage
 *   political in sco: cy (n5) -> 1 coder
 *   intimidation in scc: ana's note n1 again (one note coding two elements) -> 1 coder
 *   custom-1: nobody
 * Totals: scc 2 elements (violence, intimidation), sco 1, nsct 1.
 */
const input: MatrixInput = {
  instruments: [
    { id: "scc-2001", title: "Shanghai Convention (2001)" },
    { id: "sco", title: "SCO Charter, 2002" },
    { id: "nsct", title: 'US "National Strategy" 2003' },
  ],
  elements: [
    { code: "violence", name: "Violence, force", share: 83.5 },
    { code: "political", name: "Political", share: 65 },
    { code: "custom-1", name: "=SUM(A1:A2)", share: null },
    { code: "intimidation", name: '@once, "twice"', share: 17 },
  ],
  codings: [
    coding("scc-2001", "violence", "ana", "n1"),
    coding("scc-2001", "violence", "ben", "n2"),
    coding("nsct", "violence", "ben", "n4"),
    coding("scc-2001", "violence", "ana", "n3"),
    coding("sco", "political", "cy", "n5"),
    coding("nsct", "violence", "ben", "n4"),
    coding("scc-2001", "intimidation", "ana", "n1"),
  ],
};

const empty = (instrument: string) => ({ instrument, coders: 0, codings: 0, passages: [] });

describe("elementMatrix", () => {
  const matrix = elementMatrix(input);

  test("rows in codebook order, cells in instrument order, every cell present", () => {
    assert.deepEqual(matrix.rows, [
      {
        element: "violence",
        name: "Violence, force",
        share: 83.5,
        cells: [
          { instrument: "scc-2001", coders: 2, codings: 3, passages: [passage("n1"), passage("n2"), passage("n3")] },
          empty("sco"),
          { instrument: "nsct", coders: 1, codings: 2, passages: [passage("n4", "nsct")] },
        ],
      },
      { element: "political", name: "Political", share: 65, cells: [empty("scc-2001"), { instrument: "sco", coders: 1, codings: 1, passages: [passage("n5", "sco")] }, empty("nsct")] },
      { element: "custom-1", name: "=SUM(A1:A2)", share: null, cells: [empty("scc-2001"), empty("sco"), empty("nsct")] },
      { element: "intimidation", name: '@once, "twice"', share: 17, cells: [{ instrument: "scc-2001", coders: 1, codings: 1, passages: [passage("n1")] }, empty("sco"), empty("nsct")] },
    ]);
  });

  test("instruments as given, and totals of elements present per instrument", () => {
    assert.deepEqual(matrix.instruments, input.instruments);
    assert.deepEqual(matrix.totals, [
      { instrument: "scc-2001", elements: 2 },
      { instrument: "sco", elements: 1 },
      { instrument: "nsct", elements: 1 },
    ]);
  });

  test("passages are copies: changing the result does not change the input", () => {
    const own = elementMatrix(input);
    own.rows[0]!.cells[0]!.passages[0]!.quote = "changed";
    assert.equal(input.codings[0]!.passage.quote, "quote of n1");
  });

  test("no codings: an empty grid with zero totals", () => {
    const none = elementMatrix({ ...input, codings: [] });
    assert.deepEqual(
      none.rows.map((r) => r.cells.map((c) => c.coders)),
      [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    );
    assert.deepEqual(none.totals.map((t) => t.elements), [0, 0, 0]);
  });

  test("bad input", () => {
    assert.throws(() => elementMatrix({ ...input, codings: [coding("ghost", "violence", "ana", "n9")] }), { name: "RangeError", message: /instrument "ghost"/ });
    assert.throws(() => elementMatrix({ ...input, codings: [coding("sco", "fear", "ana", "n9")] }), { name: "RangeError", message: /element "fear", which is not in the codebook/ });
    assert.throws(() => elementMatrix({ ...input, codings: [coding("sco", "violence", "", "n9")] }), { name: "RangeError", message: /no coder/ });
    assert.throws(() => elementMatrix({ ...input, codings: [coding("sco", "violence", "ana", "")] }), { name: "RangeError", message: /no note id/ });
    assert.throws(() => elementMatrix({ ...input, instruments: [...input.instruments, { id: "sco", title: "Again" }] }), { name: "RangeError", message: /instrument id "sco" is listed twice/ });
    assert.throws(() => elementMatrix({ ...input, elements: [{ code: "violence", name: "V", share: Number.NaN }] }), { name: "RangeError", message: /share of element "violence"/ });
    assert.throws(() => elementMatrix({ ...input, instruments: [{ id: "", title: "None" }] }), { name: "RangeError", message: "Item 1 has no instrument id" });
    assert.throws(() => elementMatrix({ ...input, elements: "violence" as never }), { name: "RangeError", message: "Expected an array of items with an element code" });
  });
});

describe("matrixCsv", () => {
  test("RFC 4180 with CRLF, coder counts per instrument, shares as written, formulas defused", () => {
    assert.equal(
      matrixCsv(elementMatrix(input)),
      [
        'code,element,Shanghai Convention (2001),"SCO Charter, 2002","US ""National Strategy"" 2003",academic share (%)',
        'violence,"Violence, force",2,0,1,83.5',
        "political,Political,0,1,0,65",
        "custom-1,'=SUM(A1:A2),0,0,0,",
        `intimidation,"'@once, ""twice""",1,0,0,17`,
        "",
      ].join("\r\n"),
    );
  });

  test("every formula start is defused, in titles, codes and names; inner characters are left alone", () => {
    const csv = matrixCsv(
      elementMatrix({
        instruments: [
          { id: "a", title: "+Protocol" },
          { id: "b", title: "-1" },
          { id: "c", title: "\tTabbed" },
          { id: "d", title: "A = B, @ C" },
        ],
        elements: [{ code: "@code", name: "-minus", share: 4 }],
        codings: [],
      }),
    );
    assert.equal(csv, `code,element,'+Protocol,'-1,'\tTabbed,"A = B, @ C",academic share (%)\r\n'@code,'-minus,0,0,0,0,4\r\n`);
  });

  test("numbers are never defused: a negative share stays a number", () => {
    const csv = matrixCsv(elementMatrix({ instruments: [], elements: [{ code: "x", name: "X", share: -2.5 }], codings: [] }));
    assert.equal(csv, "code,element,academic share (%)\r\nx,X,-2.5\r\n");
  });

  test("line breaks in a name are kept inside a quoted field", () => {
    const csv = matrixCsv(elementMatrix({ instruments: [], elements: [{ code: "x", name: "two\nlines", share: null }], codings: [] }));
    assert.equal(csv, 'code,element,academic share (%)\r\nx,"two\nlines",\r\n');
  });
});
