import Link from "next/link";

/**
 * The compare toolbar's way into the presentation: the same comparison, one aligned row at a time.
 * `query` is the compare query string (without "?"), e.g. `compareQuery(params)`.
 */
export function PresentLink({ query }: { query: string }) {
  return (
    <Link className="button" href={`/compare/present?${query}`} prefetch={false}>
      Present (one row at a time)
    </Link>
  );
}
