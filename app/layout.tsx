import type { Metadata } from "next";
import Link from "next/link";
import { siteUrl } from "@/lib/site";
import { SearchBox } from "./_components/search-box";
import { UserMenu } from "./_components/user-menu";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  openGraph: { siteName: "Marquee", type: "website" },
  twitter: { card: "summary" },
  title: { default: "Marquee — the open film database", template: "%s · Marquee" },
  description: "Films, people, ratings and reviews: an open-source film database anyone can host.",
  icons: { icon: "/favicon.svg" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10">
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
            <Link href="/" className="text-xl font-bold tracking-tight text-stone-900 no-underline dark:text-stone-100">
              <span aria-hidden="true" className="text-accent-500">
                ★{" "}
              </span>
              Marquee
            </Link>
            <Link href="/charts">Charts</Link>
            <Link href="/discover">Discover</Link>
            <SearchBox />
            <div className="ml-auto flex flex-wrap items-center justify-end gap-x-4 gap-y-2">
              <UserMenu />
            </div>
          </nav>
        </header>
        <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
          Marquee is an open-source film database. Plots are credited to their sources.{" "}
          <Link href="/genres">Genres</Link> · <Link href="/years">Years</Link> ·{" "}
          <Link href="/countries">Countries</Link> · <Link href="/about/ratings">About ratings</Link> ·{" "}
          <Link href="/about/credits">Credits</Link> · <a href="/feed.xml">Latest reviews feed</a> ·{" "}
          <Link href="/api">API</Link>
        </footer>
      </body>
    </html>
  );
}
