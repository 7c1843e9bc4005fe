CREATE TYPE "public"."external_source" AS ENUM('imdb', 'wikipedia', 'netflix', 'movielens', 'tmdb');--> statement-breakpoint
CREATE TABLE "external_ids" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "external_ids_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source" "external_source" NOT NULL,
	"external_id" text NOT NULL,
	"film_id" integer,
	"person_id" integer,
	CONSTRAINT "external_ids_one_target" CHECK (num_nonnulls("external_ids"."film_id", "external_ids"."person_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "moderation_reason" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "blocked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "external_ids" ADD CONSTRAINT "external_ids_film_id_films_id_fk" FOREIGN KEY ("film_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_ids" ADD CONSTRAINT "external_ids_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "external_ids_film_key" ON "external_ids" USING btree ("source","external_id") WHERE "external_ids"."film_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "external_ids_person_key" ON "external_ids" USING btree ("source","external_id") WHERE "external_ids"."person_id" is not null;--> statement-breakpoint
CREATE INDEX "external_ids_film_idx" ON "external_ids" USING btree ("film_id");--> statement-breakpoint
CREATE INDEX "external_ids_person_idx" ON "external_ids" USING btree ("person_id");