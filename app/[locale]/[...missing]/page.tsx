import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

// Every address under a language that no page claims: the site's 404, in that language (../not-found.tsx). Reading
// the params first makes it a request-time render, as a film's 404 is: Next bootstraps the not-found page's content
// from that render (a page throwing notFound() as its first step leaves it empty).
export const instant = false;

// The 404 takes its title from the page that threw it, so this page names itself as not-found.tsx does.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("NotFound"))("title") };
}

export default async function MissingPage({ params }: { params: Promise<{ missing: string[] }> }) {
  await params;
  notFound();
}
