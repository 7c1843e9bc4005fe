"use client";

import { useTranslations } from "next-intl";
import { OwnToggle } from "@/app/_components/own-toggle";
import type { OwnLikeAnswer } from "@/app/api/me/likes/[reviewId]/route";
import { likeReviewAction, unlikeReviewAction } from "../like-actions";

/** Likes the review or takes the like back; nothing for its own author. */
export function YourLike({ reviewId }: { reviewId: number }) {
  const t = useTranslations("YourLike");
  return (
    <OwnToggle<OwnLikeAnswer>
      answerUrl={`/api/me/likes/${reviewId}`}
      isOn={(answer) => answer.isLiked}
      isAllowed={(answer) => !answer.isOwn}
      fields={{ reviewId }}
      turnOn={{ action: likeReviewAction, label: t("like"), pendingLabel: t("liking") }}
      turnOff={{ action: unlikeReviewAction, label: t("unlike"), pendingLabel: t("unliking") }}
      onNote={t("liked")}
      signIn={{ label: t("signIn"), returnTo: `/reviews/${reviewId}` }}
      checkingLabel={t("checking")}
    />
  );
}
