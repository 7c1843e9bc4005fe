import type { Metadata } from "next";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { pageMetadata } from "@/lib/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "Credits",
  description: "Where Marquee's films, plots and pictures come from, and whom they are credited to.",
  path: "/about/credits",
});

// TMDB's terms ask every application using its API to say so, in these words, where it credits its sources.
export default function CreditsPage() {
  return (
    <article className="max-w-3xl space-y-6 leading-relaxed">
      <Breadcrumbs
        trail={[
          { name: "Home", path: "/" },
          { name: "Credits", path: "/about/credits" },
        ]}
      />
      <h1 className="text-4xl font-bold tracking-tight">Credits</h1>
      <section aria-labelledby="plots" className="space-y-2">
        <h2 id="plots" className="text-2xl font-semibold">
          Films and plots
        </h2>
        <p>
          This Marquee&apos;s catalogue was written by its editors or imported from open film data. Each plot names its
          source and licence beneath it, on the film&apos;s page.
        </p>
      </section>
      <section aria-labelledby="pictures" className="space-y-2">
        <h2 id="pictures" className="text-2xl font-semibold">
          Posters and photos
        </h2>
        <p>
          Editors upload posters and photos. Some may come from{" "}
          <a href="https://www.themoviedb.org/">The Movie Database (TMDB)</a>; those say so beneath them, with a link to
          their page there.
        </p>
        <p>This product uses the TMDB API but is not endorsed or certified by TMDB.</p>
      </section>
    </article>
  );
}
