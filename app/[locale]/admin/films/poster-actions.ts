"use server";

import { z } from "zod";
import { defineAction, refuse } from "@/app/_actions/define-action";
import { saveImage } from "@/db/mutations/stored-images";
import { filmAndVersion, saveFilmChange } from "./_actions/save-film-change";

const CHOOSE_IMAGE = "Choose an image file.";

/** Stores the uploaded image (checked by content, resized) and makes it the film's poster. */
export const uploadPosterAction = defineAction({
  who: "admin",
  schema: filmAndVersion.extend({
    poster: z.instanceof(File, { error: CHOOSE_IMAGE }).refine((file) => file.size > 0, CHOOSE_IMAGE),
  }),
  async run({ poster, ...film }, { caller }) {
    // Decoded here, not in the schema: the schema runs before the caller is checked, and decoding is work for admins.
    const stored = await saveImage(Buffer.from(await poster.arrayBuffer()), "poster", { source: "upload" });
    if (!stored.ok) return refuse({ poster: [stored.error] });
    const change = { poster: stored.url };
    return saveFilmChange({ actorId: caller.id, ...film, section: "poster", change, yours: change });
  },
});

/** The film goes back to its generated poster; the file stays, so the audit log can bring it back. */
export const removePosterAction = defineAction({
  who: "admin",
  schema: filmAndVersion,
  run: (film, { caller }) =>
    saveFilmChange({
      actorId: caller.id,
      ...film,
      section: "poster",
      change: { poster: null },
      yours: { poster: null },
    }),
});
