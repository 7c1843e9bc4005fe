"use client";

import { useTranslations } from "next-intl";
import { Poster } from "@/app/_components/poster";
import { ImageUploadSection } from "../../_components/image-upload-section";
import { removePosterAction, uploadPosterAction } from "../poster-actions";

interface PosterFilm {
  id: number;
  slug: string;
  title: string;
  year: number;
  poster: string | null;
}

/** Upload a poster, or go back to the generated one. */
export function PosterForm({ film, version }: { film: PosterFilm; version: string }) {
  const t = useTranslations("AdminPosterForm");
  return (
    <ImageUploadSection
      field="poster"
      heading={t("heading")}
      preview={<Poster slug={film.slug} title={film.title} year={film.year} poster={film.poster} />}
      owner={{ name: "filmId", id: film.id }}
      version={version}
      hint={t("hint")}
      uploadLabel={t("upload")}
      removeLabel={film.poster ? t("remove") : undefined}
      uploadAction={uploadPosterAction}
      removeAction={removePosterAction}
    />
  );
}
