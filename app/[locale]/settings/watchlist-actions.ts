"use server";

import { z } from "zod";
import { defineAction, done } from "@/app/_actions/define-action";
import { setWatchlistVisibility } from "@/db/mutations/watchlist";
import { textFields } from "@/lib/validation/fields";

const watchlistVisibility = z.enum(["public", "private"], "Choose who may see your watchlist.");
export type WatchlistVisibility = z.infer<typeof watchlistVisibility>;

export const setWatchlistVisibilityAction = defineAction({
  who: "member",
  schema: z.object({ visibility: watchlistVisibility }),
  values: (form) => textFields(form, ["visibility"]),
  async run({ visibility }, { caller }) {
    await setWatchlistVisibility(caller.id, visibility === "public");
    // The watchlist's pages and the profile's link to them are under the member's user tag.
    return done({ writes: [{ kind: "watchlist-changed", userId: caller.id }] });
  },
});
