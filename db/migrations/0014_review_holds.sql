CREATE TABLE "review_holds" (
	"user_id" integer NOT NULL,
	"film_id" integer NOT NULL,
	"hidden_review_id" integer NOT NULL,
	"reason" text,
	"resubmitted_at" timestamp with time zone,
	CONSTRAINT "review_holds_user_id_film_id_pk" PRIMARY KEY("user_id","film_id")
);
--> statement-breakpoint
ALTER TABLE "review_holds" ADD CONSTRAINT "review_holds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_holds" ADD CONSTRAINT "review_holds_film_id_films_id_fk" FOREIGN KEY ("film_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_holds_resubmitted_idx" ON "review_holds" USING btree ("resubmitted_at") WHERE "review_holds"."resubmitted_at" is not null;--> statement-breakpoint
-- Reviews hidden before holds existed get theirs, so that deleting one and posting it again is held like the rest.
INSERT INTO "review_holds" ("user_id", "film_id", "hidden_review_id", "reason")
SELECT "user_id", "film_id", "id", "moderation_reason" FROM "reviews" WHERE "status" = 'hidden';
