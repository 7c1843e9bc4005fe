import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { getPrimaryDb } from "@/db/client";
import { readFilmSnapshot } from "@/db/queries/film-snapshot";
import { countFilmRatings } from "@/db/queries/admin";
import { parseId } from "@/lib/route-params";
import { AdminOnly } from "../../_components/admin-only";
import { UnsavedEditsGuard } from "../../_components/unsaved-edits-guard";
import { CreditsEditor } from "../_components/credits-editor";
import { DeleteFilmForm } from "../_components/delete-film-form";
import { FilmForm } from "../_components/film-form";
import { loadFilmFormOptions } from "../_components/film-form-options";
import { MergeFilmForm } from "../_components/merge-film-form";
import { PlotsEditor } from "../_components/plots-editor";
import { PosterForm } from "../_components/poster-form";
import { TitlesEditor } from "../_components/titles-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminEditFilmPage"))("title") };
}

// Rendered whole per request (it "blocks"), not streamed into a shell that only a script reveals: an admin without
// JavaScript gets the form in the HTML and edits with plain posts.
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What `?saved=` says was saved: the section a save went back to (save-film-change.ts), or a new or merged film. */
const SAVED = ["created", "details", "titles", "plots", "credits", "poster", "merged"] as const;

function savedSection(value: unknown) {
  return SAVED.find((section) => section === value);
}

/** The editors take text: what the form fields hold. */
const asText = (value: string | number | null) => (value === null ? "" : String(value));

async function EditFilm({ params, searchParams }: Props) {
  const filmId = parseId((await params).id);
  const opened = filmId ? await readFilmSnapshot(getPrimaryDb(), filmId) : undefined;
  if (!filmId || !opened) notFound();
  const [options, ratingCount, t] = await Promise.all([
    loadFilmFormOptions(),
    countFilmRatings(filmId),
    getTranslations("AdminEditFilmPage"),
  ]);
  const { snapshot: film, version } = opened;
  const saved = savedSection((await searchParams).saved);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">
        {film.title} ({film.year})
      </h1>
      <p className="flex gap-4">
        <Link href={`/films/${film.slug}`}>{t("publicPage")}</Link>
        <Link href={`/admin/audit?entity=film&id=${filmId}`}>{t("history")}</Link>
      </p>
      {saved ? <p role="status">{t(`saved.${saved}`)}</p> : null}
      <UnsavedEditsGuard className="space-y-8">
        <section id="details" aria-labelledby="details-heading" className="space-y-3">
          <h2 id="details-heading" className="text-2xl font-semibold">
            {t("details")}
          </h2>
          <FilmForm filmId={filmId} film={film} version={version} {...options} />
        </section>
        <TitlesEditor
          filmId={filmId}
          version={version}
          countries={options.countries}
          titles={film.titles.map((title) => ({
            title: title.title,
            kind: title.kind,
            countryCode: asText(title.countryCode),
            language: asText(title.language),
          }))}
        />
        <PlotsEditor
          filmId={filmId}
          version={version}
          plots={film.plots.map((plot) => ({
            body: plot.body,
            source: plot.source,
            sourceUrl: asText(plot.sourceUrl),
            license: asText(plot.license),
            language: plot.language,
          }))}
        />
        <CreditsEditor
          filmId={filmId}
          version={version}
          credits={film.credits.map((credit) => ({
            personId: String(credit.personId),
            name: credit.name,
            newPersonName: "",
            role: credit.role,
            character: asText(credit.character),
          }))}
        />
        <PosterForm
          film={{ id: filmId, slug: film.slug, title: film.title, year: film.year, poster: film.poster }}
          version={version}
        />
      </UnsavedEditsGuard>
      <MergeFilmForm filmId={filmId} title={film.title} reviewCount={ratingCount} />
      <DeleteFilmForm filmId={filmId} version={version} title={film.title} reviewCount={ratingCount} />
    </>
  );
}

export default function EditFilmPage(props: Props) {
  return (
    <div className="space-y-8">
      <AdminOnly>{() => <EditFilm {...props} />}</AdminOnly>
    </div>
  );
}
