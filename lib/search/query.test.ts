import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { MAX_QUERY_ITEMS, SearchQueryError, toFtsQuery } from "./query";

/** An in-memory FTS5 table with the tokenizer the search uses, and sentences written for these tests. */
const db = new Database(":memory:");
db.exec("create virtual table t using fts5(text, tokenize = 'unicode61 remove_diacritics 2')");
const ROWS = [
  "Political violence against civilians is condemned.", // 1
  "The parties shall cooperate against terrorism, separatism and extremism.", // 2
  "Violence, or the threat of violence, is political when it seeks change.", // 3
  "Tadžikistan and Kazakhstan signed the Shanghai Convention.", // 4
  "La République du Tadjikistan a signé la Convention.", // 5
  "Республика Таджикистан подписала Конвенцию.", // 6
  "Troops waited near a bridge and at point b.", // 7
  "The col word list (see Article 1) says: a co-op is not a party.", // 8
  "On the map, x marks the border.", // 9
];
const insert = db.prepare("insert into t (rowid, text) values (?, ?)");
ROWS.forEach((text, i) => insert.run(i + 1, text));
const select = db.prepare<[string], { rowid: number }>("select rowid from t where t match ? order by rowid");
after(() => db.close());

/** The rows a MATCH expression finds; throws if SQLite cannot parse it. */
const rows = (match: string): number[] => select.all(match).map((r) => r.rowid);

/** Check the expression built for a query, and what SQLite finds with it. */
function check(input: string, match: string, found: number[]): void {
  const query = toFtsQuery(input);
  assert.equal(query.match, match, `match for ${JSON.stringify(input)}`);
  assert.deepEqual(rows(query.match), found, `rows for ${JSON.stringify(input)}`);
}

/** The reason and message of the SearchQueryError a query raises. */
function refusal(input: string): { reason: string; message: string } {
  try {
    toFtsQuery(input);
  } catch (error) {
    assert.ok(error instanceof SearchQueryError, `${JSON.stringify(input)} threw ${String(error)}`);
    assert.ok(error instanceof RangeError);
    assert.equal(error.name, "SearchQueryError");
    return { reason: error.reason, message: error.message };
  }
  assert.fail(`${JSON.stringify(input)} was accepted`);
}

describe("toFtsQuery: the rules", () => {
  test("the test table answers raw FTS5 as expected (so the checks below mean something)", () => {
    assert.deepEqual(rows("violence"), [1, 3]);
    assert.throws(() => rows('"unclosed'), /unterminated string/);
    assert.throws(() => rows("NEAR(a b"), /syntax error/);
  });

  test("one word", () => check("violence", '"violence"', [1, 3]));
  test("bare words are ANDed", () => check("political   violence", '"political" AND "violence"', [1, 3]));
  test("a quoted phrase stays a phrase", () => check('"political violence"', '"political violence"', [1]));
  test("spaces and punctuation inside a phrase", () => check('"violence,   or the"', '"violence, or the"', [3]));
  test("a phrase and a word", () => check('"political violence" condemned', '"political violence" AND "condemned"', [1]));
  test("word* is a prefix query", () => check("terror*", '"terror"*', [2]));
  test("several stars are one", () => check("terror**", '"terror"*', [2]));
  test("a two-letter prefix is enough", () => check("ex*", '"ex"*', [2]));
  test("the prefix of a hyphenated word applies to its last part", () => check("co-op*", '"co-op"*', [8]));

  test("OR between two items", () => check("separatism OR threat", '("separatism" OR "threat")', [2, 3]));
  test("OR binds tighter than AND", () => check("against separatism OR threat", '"against" AND ("separatism" OR "threat")', [2]));
  test("a chain of ORs is one group", () => check("separatism OR threat OR map", '("separatism" OR "threat" OR "map")', [2, 3, 9]));
  test("OR between phrases and prefixes", () => check('"political violence" OR terror*', '("political violence" OR "terror"*)', [1, 2]));

  test("-word excludes", () => check("violence -threat", '"violence" NOT "threat"', [1]));
  test("an excluded word may come first: it applies to the whole query", () => check("-threat violence", '"violence" NOT "threat"', [1]));
  test("several exclusions", () => check("the -col -threat", '"the" NOT ("col" OR "threat")', [2, 4, 9]));
  test("exclusion after an OR group", () => check("violence OR terrorism -political", '("violence" OR "terrorism") NOT "political"', [2]));
  test("exclusion after several items", () => check("the convention -shanghai", '("the" AND "convention") NOT "shanghai"', []));
  test("an excluded phrase", () => check('-"political violence" violence', '"violence" NOT "political violence"', [3]));
  test("an excluded prefix", () => check("the -terror*", '"the" NOT "terror"*', [3, 4, 8, 9]));
  test("a hyphen inside a word is text", () => check("co-op", '"co-op"', [8]));
  test("a lone hyphen is dropped", () => check("- violence", '"violence"', [1, 3]));
});

describe("toFtsQuery: OR that is not between two items is the word 'or'", () => {
  test("at the end", () => check("violence OR", '"violence" AND "OR"', [3]));
  test("at the start", () => check("OR violence", '"OR" AND "violence"', [3]));
  test("doubled", () => check("violence OR OR threat", '"violence" AND "OR" AND "OR" AND "threat"', [3]));
  test("next to an exclusion", () => check("violence OR -threat", '("violence" AND "OR") NOT "threat"', []));
  test("in lower case", () => check("violence or threat", '"violence" AND "or" AND "threat"', [3]));
  test("excluded", () => check("violence -OR", '"violence" NOT "OR"', [1]));
});

describe("toFtsQuery: hostile input is text", () => {
  test('" OR " is a phrase of the word OR', () => check('" OR "', '"OR"', [3]));
  test("NEAR(a b) is the words near, a and b", () => check("NEAR(a b)", '"NEAR(a" AND "b)"', [7]));
  test("a column filter is text", () => check("col:word", '"col:word"', [8]));
  test("AND is a word", () => check("a AND", '"a" AND "AND"', [7]));
  test("NOT is a word", () => check("NOT party", '"NOT" AND "party"', [8]));
  test("a caret is text", () => check("^x", '"^x"', [9]));
  test("parentheses are text", () => check("(see Article 1)", '"(see" AND "Article" AND "1)"', [8]));
  test("a stray quote inside a word is text, doubled", () => check('point"b', '"point""b"', [7]));
  test("quotes inside and at the end of a word", () => check('say"hi"', '"say""hi"""', []));
  test("a phrase followed directly by a word", () => check('"political violence"condemned', '"political violence" AND "condemned"', [1]));
  test("SQL is just text", () => check("x'); drop table t; --", '"x\');" AND "drop" AND "table" AND "t;"', []));
  test("control characters separate words", () => check("violence\u0000threat\ttreaty\nmap", '"violence" AND "threat" AND "treaty" AND "map"', []));
  test("tokens of punctuation alone are dropped", () => check("violence ... ( ) * ^ : ?", '"violence"', [1, 3]));
  test("a phrase of punctuation alone is dropped", () => check('violence " , "', '"violence"', [1, 3]));
});

describe("toFtsQuery: other scripts and diacritics", () => {
  test("Tadžikistan found without its caron, and with it", () => {
    check("Tadzikistan", '"Tadzikistan"', [4]);
    check("tadžikistan", '"tadžikistan"', [4]);
  });
  test("the French spelling Tadjikistan, and République without its accent", () => {
    check("Tadjikistan", '"Tadjikistan"', [5]);
    check("republique tadjikistan", '"republique" AND "tadjikistan"', [5]);
  });
  test("a prefix with a diacritic", () => check("Tadž*", '"Tadž"*', [4]));
  test("Cyrillic, in any case", () => {
    check("таджикистан", '"таджикистан"', [6]);
    check("ТАДЖИКИСТАН", '"ТАДЖИКИСТАН"', [6]);
    check("Конвен*", '"Конвен"*', [6]);
    check('"Республика Таджикистан" -конвенция', '"Республика Таджикистан" NOT "конвенция"', [6]);
  });
  test("a decomposed accent is composed first (NFC), as stored text is", () => {
    const decomposed = "Re\u0301publique";
    assert.equal(toFtsQuery(decomposed).match, '"République"');
    assert.deepEqual(rows(toFtsQuery(decomposed).match), [5]);
  });
});

describe("toFtsQuery: terms to highlight", () => {
  test("plain words and phrase words, lower-cased, once each; not prefixes or exclusions", () => {
    const { terms } = toFtsQuery('"Political Violence" co-op violence terror* -threat OR -"the map"');
    assert.deepEqual(terms, ["political", "violence", "co", "op", "or"]);
  });
  test("words of other scripts and the words of punctuated tokens", () => {
    assert.deepEqual(toFtsQuery("Таджикистан NEAR(a b) ^x").terms, ["таджикистан", "near", "a", "b", "x"]);
  });
  test("OR as an operator is not a term", () => {
    assert.deepEqual(toFtsQuery("separatism OR threat").terms, ["separatism", "threat"]);
  });
});

describe("toFtsQuery: refusals", () => {
  test("a phrase without its closing quote", () => {
    assert.deepEqual(refusal('"political violence'), { reason: "unclosed-quote", message: 'A phrase is missing its closing quote mark: "political violence' });
    assert.equal(refusal('"').reason, "unclosed-quote");
    assert.equal(refusal('"a" "b').reason, "unclosed-quote");
    assert.equal(refusal('violence -"threat').reason, "unclosed-quote");
  });

  test("a long unclosed phrase is shortened in the message", () => {
    const { message } = refusal(`"${"word ".repeat(30)}`);
    assert.ok(message.endsWith("…"), message);
    assert.ok(message.length < 120, message);
  });

  test("nothing to search for", () => {
    for (const input of ["", "   ", "*", "**", "-", "...", '""', '" , "', "\u0000"]) {
      assert.deepEqual(refusal(input), { reason: "empty", message: "Type a word or a phrase to search for." }, JSON.stringify(input));
    }
  });

  test("only exclusions", () => {
    assert.deepEqual(refusal("-x"), { reason: "only-excluded", message: "Add at least one word to look for; -x only excludes." });
    assert.deepEqual(refusal('-x -"a b"'), { reason: "only-excluded", message: 'Add at least one word to look for; -x -"a b" only exclude.' });
  });

  test("more than 32 items, exclusions and phrases included; OR operators do not count", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
    assert.equal(MAX_QUERY_ITEMS, 32);
    assert.equal(toFtsQuery(words(32).join(" ")).match.split(" AND ").length, 32);
    assert.equal(toFtsQuery(words(32).join(" OR ")).terms.length, 32);
    assert.deepEqual(refusal(words(33).join(" ")), {
      reason: "too-many",
      message: "A search can hold at most 32 words and phrases; this one has 33. Keep the most telling ones.",
    });
    assert.equal(refusal(`${words(31).join(" ")} -x "a b"`).reason, "too-many");
  });

  test("a prefix shorter than two letters", () => {
    assert.deepEqual(refusal("a*"), { reason: "short-prefix", message: "Type at least 2 letters before the * of a*: a shorter beginning matches too many words." });
    assert.equal(refusal("violence é*").reason, "short-prefix");
    assert.equal(refusal("co-o*").reason, "short-prefix");
    assert.equal(refusal("violence -t*").reason, "short-prefix");
  });

  test("a star inside a phrase is text, not a prefix", () => {
    check('"terror* a*"', '"terror* a*"', []);
  });

  test("not a string", () => {
    assert.throws(() => toFtsQuery(undefined as unknown as string), RangeError);
  });
});

describe("toFtsQuery: whatever is typed, SQLite can run the result", () => {
  test("random strings of words, quotes and FTS5 syntax either parse or are refused with a SearchQueryError", () => {
    const pieces = ['"', "-", "*", "OR", "AND", "NOT", "NEAR", "(", ")", ":", "^", "+", "{", "}", ",", "'", "a", "violence", "ž", "т", " ", " ", " ", "\t", "col:", "x*", "ab*"];
    let seed = 20260101;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let parsed = 0;
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(random() * 12);
      const input = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      let match: string;
      try {
        match = toFtsQuery(input).match;
      } catch (error) {
        assert.ok(error instanceof SearchQueryError, `${JSON.stringify(input)} threw ${String(error)}`);
        continue;
      }
      assert.doesNotThrow(() => rows(match), `${JSON.stringify(input)} -> ${match}`);
      parsed += 1;
    }
    assert.ok(parsed > 1000, `only ${parsed} of 3000 parsed`);
  });
});
