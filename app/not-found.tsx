import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page narrow">
      <h1>Not found</h1>
      <p>There is no document, edition or provision at this address. It may have been mistyped, or the text may not be in this library.</p>
      <p>
        <Link href="/">Go to the library</Link>
      </p>
    </div>
  );
}
