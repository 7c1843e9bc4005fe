CREATE TYPE "public"."person_name_kind" AS ENUM('romanisation', 'native', 'stage', 'birth', 'other');--> statement-breakpoint
CREATE TABLE "person_names" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_names_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" "person_name_kind" DEFAULT 'other' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "person_names_name_length" CHECK (char_length("person_names"."name") between 1 and 300)
);
--> statement-breakpoint
ALTER TABLE "person_names" ADD CONSTRAINT "person_names_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "person_names_person_name_key" ON "person_names" USING btree ("person_id","name");