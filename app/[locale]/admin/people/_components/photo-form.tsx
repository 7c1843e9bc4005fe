"use client";

import { PersonPhoto } from "@/app/_components/person-photo";
import { ImageUploadSection } from "../../_components/image-upload-section";
import { removePersonPhotoAction, uploadPersonPhotoAction } from "../photo-actions";

/** Upload a person's photo, or go back to their drawn initials. */
export function PhotoForm({
  person,
  version,
}: {
  person: { id: number; slug: string; name: string; photo: string | null };
  version: string;
}) {
  return (
    <ImageUploadSection
      field="photo"
      heading="Photo"
      preview={<PersonPhoto slug={person.slug} name={person.name} photo={person.photo} />}
      owner={{ name: "personId", id: person.id }}
      version={version}
      hint="JPEG, PNG, WebP or AVIF, up to 8 MB; resized to 400 pixels wide. Use a photo you may publish."
      uploadLabel="Upload photo"
      removeLabel={person.photo ? "Remove the photo" : undefined}
      uploadAction={uploadPersonPhotoAction}
      removeAction={removePersonPhotoAction}
    />
  );
}
