import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { currentUser } from "./lib/auth";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Synopsis", template: "%s · Synopsis" },
  description: "Treaty texts side by side, clause by clause, annotated together.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#16181c" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            Synopsis
          </Link>
          <nav aria-label="Site">
            <ul className="site-nav">
              <li>
                <Link href="/">Library</Link>
              </li>
              <li>
                <Link href="/compare">Compare</Link>
              </li>
              <li>
                <Link href="/seminars">Seminars</Link>
              </li>
              <li>
                <Link href="/analysis/elements">Analysis</Link>
              </li>
              <li>
                <Link href="/search">Search</Link>
              </li>
            </ul>
          </nav>
          <p className="site-user">
            {user ? (
              <Link href="/account" aria-label={`Your account (${user.name})`}>
                {user.name}
              </Link>
            ) : (
              <Link href="/sign-in">Sign in</Link>
            )}
          </p>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
