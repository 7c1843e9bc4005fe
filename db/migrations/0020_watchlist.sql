CREATE TABLE "watchlist_entries" (
	"user_id" integer NOT NULL,
	"film_id" integer NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "watchlist_entries_user_id_film_id_pk" PRIMARY KEY("user_id","film_id")
);
--> statement-breakpoint
ALTER TABLE "watchlist_entries" ADD CONSTRAINT "watchlist_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_entries" ADD CONSTRAINT "watchlist_entries_film_id_films_id_fk" FOREIGN KEY ("film_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "watchlist_entries_user_added_idx" ON "watchlist_entries" USING btree ("user_id","added_at" DESC NULLS FIRST,"film_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "watchlist_entries_film_idx" ON "watchlist_entries" USING btree ("film_id");