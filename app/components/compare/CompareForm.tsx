import type { CompareParams } from "@/lib/compare/params";
import type { Catalogue } from "./catalogue";
import { SidePicker } from "./SidePicker";

type Value = { document: string; edition: string | null; provision: string | null };

/**
 * The compare controls: which two texts, and the diff options. A plain GET form, so it works
 * without JavaScript; the page turns its fields into the canonical address.
 */
export function CompareForm({ catalogue, left, right, params }: { catalogue: Catalogue; left: Value; right: Value | null; params: Pick<CompareParams, "granularity" | "ignore" | "onlyDifferences" | "view" | "marks"> }) {
  const fallbackRight = right ?? { document: catalogue.documents.find((d) => d.id !== left.document)?.id ?? left.document, edition: null, provision: null };
  return (
    <form className="compare-form" action="/compare" method="get" aria-label="Choose texts and options">
      <div className="compare-form__sides">
        <SidePicker name="l" legend="Left text" catalogue={catalogue} value={left} />
        <SidePicker name="r" legend="Right text" catalogue={catalogue} value={fallbackRight} />
      </div>
      <fieldset className="compare-form__options">
        <legend>Options</legend>
        <label>
          <span>Compare by</span>
          <select name="granularity" defaultValue={params.granularity}>
            <option value="word">word</option>
            <option value="char">character</option>
            <option value="sentence">sentence</option>
          </select>
        </label>
        <label>
          <span>Mark</span>
          <select name="marks" defaultValue={params.marks}>
            <option value="auto">automatic</option>
            <option value="differences">every difference</option>
            <option value="shared">shared words</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" name="ignore" value="case" defaultChecked={params.ignore.includes("case")} /> Ignore case
        </label>
        <label className="check">
          <input type="checkbox" name="ignore" value="punctuation" defaultChecked={params.ignore.includes("punctuation")} /> Ignore punctuation
        </label>
        <label className="check">
          <input type="checkbox" name="ignore" value="whitespace" defaultChecked={params.ignore.includes("whitespace")} /> Ignore whitespace
        </label>
        <label className="check">
          <input type="checkbox" name="only" value="differences" defaultChecked={params.onlyDifferences} /> Show only rows that differ
        </label>
        <label className="check">
          <input type="checkbox" name="view" value="redline" defaultChecked={params.view === "redline"} /> Redline (one column)
        </label>
      </fieldset>
      <button type="submit" className="button button--primary">
        Compare
      </button>
    </form>
  );
}
