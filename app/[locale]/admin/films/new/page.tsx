import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "../../_components/admin-only";
import { FilmForm } from "../_components/film-form";
import { loadFilmFormOptions } from "../_components/film-form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminNewFilmPage"))("title") };
}

// Rendered whole per request (it "blocks"), not streamed into a shell that only a script reveals: an admin without
// JavaScript gets the form in the HTML and edits with plain posts.
export const instant = false;

async function NewFilmForm() {
  return <FilmForm {...await loadFilmFormOptions()} />;
}

export default function NewFilmPage() {
  const t = useTranslations("AdminNewFilmPage");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <AdminOnly>{() => <NewFilmForm />}</AdminOnly>
    </div>
  );
}
