CREATE TYPE "public"."image_source" AS ENUM('upload', 'tmdb');--> statement-breakpoint
CREATE TABLE "stored_images" (
	"url" text PRIMARY KEY NOT NULL,
	"width" smallint NOT NULL,
	"height" smallint NOT NULL,
	"placeholder" text NOT NULL,
	"source" "image_source" NOT NULL,
	"source_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
