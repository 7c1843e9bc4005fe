import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { eq } from "drizzle-orm";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { ReviewCard } from "@/app/_components/review-card";
import { getDb } from "@/db/client";
import { saveReview } from "@/db/mutations/reviews";
import { getReviewById } from "@/db/queries/reviews";
import { films } from "@/db/schema";
import { messagesFor } from "@/messages";
import { createUser } from "../support/factories";

describe("a review body with markup", () => {
  it("is stored as written and rendered as text, never as HTML", async () => {
    const db = getDb();
    const [film] = await db.select({ id: films.id }).from(films).where(eq(films.slug, "rashomon-1950"));
    const author = await createUser({ username: "markup_author", email: "markup@example.com" });
    const body = `<script>alert("x")</script><img src=x onerror="alert(1)"> <b>bold</b> & "quoted"`;
    const saved = await saveReview({ filmId: film!.id, userId: author.id, rating: 6, body, hasSpoilers: false });
    if (!saved.ok) throw new Error("the review was not saved");

    const review = (await getReviewById(saved.reviewId))!;
    expect(review.body).toBe(body);
    const html = renderToStaticMarkup(
      // In a .ts file, createElement's types want the provider's required children among its props.
      // eslint-disable-next-line react/no-children-prop
      createElement(NextIntlClientProvider, {
        locale: "en",
        messages: messagesFor("en"),
        timeZone: "UTC",
        children: createElement(ReviewCard, { review }),
      }),
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;",
    );
  });
});
