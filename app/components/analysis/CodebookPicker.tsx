import type { CodebookRow } from "@/db/schema";

/** A GET form choosing a codebook for the page it is on (works without JavaScript). */
export function CodebookPicker({ action, books, current, children }: { action: string; books: readonly CodebookRow[]; current: string; children?: React.ReactNode }) {
  return (
    <form className="search-form" action={action} method="get">
      <label>
        <span>Codebook</span>
        <select name="codebook" defaultValue={current}>
          {books.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
              {b.version > 1 ? ` (version ${b.version})` : ""}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        Show
      </button>
      {children}
    </form>
  );
}
