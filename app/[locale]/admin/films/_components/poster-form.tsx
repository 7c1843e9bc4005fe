"use client";

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
  return (
    <ImageUploadSection
      field="poster"
      heading="Poster"
      preview={<Poster slug={film.slug} title={film.title} year={film.year} poster={film.poster} />}
      owner={{ name: "filmId", id: film.id }}
      version={version}
      hint="JPEG, PNG, WebP or AVIF, up to 8 MB; resized to 600 pixels wide."
      uploadLabel="Upload poster"
      removeLabel={film.poster ? "Remove the poster" : undefined}
      uploadAction={uploadPosterAction}
      removeAction={removePosterAction}
    />
  );
}
