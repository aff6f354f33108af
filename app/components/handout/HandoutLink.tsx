import Link from "next/link";

/**
 * The compare toolbar's way to a printable handout of the same comparison.
 * `query` is the compare query string (without "?"), e.g. `compareQuery(params)`.
 */
export function HandoutLink({ query }: { query: string }) {
  return (
    <Link className="button" href={`/compare/handout?${query}`} prefetch={false}>
      Handout (print)
    </Link>
  );
}
