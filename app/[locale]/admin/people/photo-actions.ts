"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { updatePerson } from "@/db/mutations/people";
import { saveImage } from "@/db/mutations/stored-images";
import { personAndVersion } from "@/lib/validation/people";

const CHOOSE_IMAGE = "Choose an image file.";
const GONE = "This person has been deleted or merged into another.";
const CHANGED = "This person was changed since you opened the page. Reload it, then choose the photo again.";

/** Makes `photo` the person's, as an edit of the version the admin opened: audited, and reverted like any edit. */
async function changePhoto(actorId: number, personId: number, version: string, photo: string | null) {
  const updated = await updatePerson({ actorId, personId, version, fields: { photo }, action: "photo" });
  if (!updated.ok) return refuse(updated.reason === "not-found" ? GONE : CHANGED);
  return done({
    writes: [{ kind: "people-changed", ...updated.pages }],
    redirectTo: `/admin/people/${personId}?saved=photo`,
  });
}

/** Stores the uploaded image (checked by content, resized) and makes it the person's photo. */
export const uploadPersonPhotoAction = defineAction({
  who: "admin",
  schema: personAndVersion.extend({
    photo: z.instanceof(File, { error: CHOOSE_IMAGE }).refine((file) => file.size > 0, CHOOSE_IMAGE),
  }),
  async run({ personId, version, photo }, { caller }) {
    // Decoded here, not in the schema: the schema runs before the caller is checked, and decoding is work for admins.
    const stored = await saveImage(Buffer.from(await photo.arrayBuffer()), "photo", { source: "upload" });
    if (!stored.ok) return refuse({ photo: [stored.error] });
    return changePhoto(caller.id, personId, version, stored.url);
  },
});

/** The person goes back to the drawn initials; the file stays, so the audit log can bring it back. */
export const removePersonPhotoAction = defineAction({
  who: "admin",
  schema: personAndVersion,
  run: ({ personId, version }, { caller }) => changePhoto(caller.id, personId, version, null),
});
