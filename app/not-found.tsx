import type { Metadata } from "next";
import Link from "next/link";

// Next marks every 404 answer noindex itself (a robots meta tag), so only the title is set here.
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-stone-600 dark:text-stone-400">
        There is no film, person or page at this address. It may have been removed or renamed.
      </p>
      <p className="mt-6">
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
