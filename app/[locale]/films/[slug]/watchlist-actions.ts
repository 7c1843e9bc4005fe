"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { addToWatchlist, removeFromWatchlist } from "@/db/mutations/watchlist";
import { rateLimits } from "@/lib/rate-limits";
import { idField } from "@/lib/validation/fields";

// Both forms post the film alone: whose watchlist it is comes from the session, so no member can change another's.
const watchlistFormSchema = z.object({ filmId: idField("That film does not exist.") });

/** Whether the member may change their watchlist now, counted like every other member write. */
function isWithinLimit(userId: number) {
  return hitRateLimit(rateLimits.watchlistPerUser, String(userId));
}

export const addToWatchlistAction = defineAction({
  who: "member",
  schema: watchlistFormSchema,
  async run({ filmId }, { caller }) {
    if (!(await isWithinLimit(caller.id))) return refuse(rateLimits.watchlistPerUser.message);
    const added = await addToWatchlist({ userId: caller.id, filmId });
    if (!added.ok) return refuse("This film no longer exists.");
    return done({ writes: added.isAdded ? [{ kind: "watchlist-changed", userId: caller.id }] : [] });
  },
});

export const removeFromWatchlistAction = defineAction({
  who: "member",
  schema: watchlistFormSchema,
  async run({ filmId }, { caller }) {
    if (!(await isWithinLimit(caller.id))) return refuse(rateLimits.watchlistPerUser.message);
    const isRemoved = await removeFromWatchlist({ userId: caller.id, filmId });
    return done({ writes: isRemoved ? [{ kind: "watchlist-changed", userId: caller.id }] : [] });
  },
});
