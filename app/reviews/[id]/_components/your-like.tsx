"use client";

import { OwnToggle } from "@/app/_components/own-toggle";
import type { OwnLikeAnswer } from "@/app/api/me/likes/[reviewId]/route";
import { likeReviewAction, unlikeReviewAction } from "../like-actions";

/** Likes the review or takes the like back; nothing for its own author. */
export function YourLike({ reviewId }: { reviewId: number }) {
  return (
    <OwnToggle<OwnLikeAnswer>
      answerUrl={`/api/me/likes/${reviewId}`}
      isOn={(answer) => answer.isLiked}
      isAllowed={(answer) => !answer.isOwn}
      fields={{ reviewId }}
      turnOn={{ action: likeReviewAction, label: "Like this review", pendingLabel: "Liking…" }}
      turnOff={{ action: unlikeReviewAction, label: "Unlike", pendingLabel: "Taking back…" }}
      onNote="You like this review"
      signIn={{ label: "Sign in to like this review", returnTo: `/reviews/${reviewId}` }}
      checkingLabel="Checking your like…"
    />
  );
}
