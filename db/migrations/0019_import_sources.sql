ALTER TABLE "credits" ADD COLUMN "source" "external_source";--> statement-breakpoint
ALTER TABLE "films" ADD COLUMN "title_source" "external_source";--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree (lower("name"),"id");--> statement-breakpoint
-- A title changed by anything but an import that names its source (an admin's edit, a revert) becomes the curators'
-- own: title_source null, which no import overrides (db/import/films.ts).
CREATE FUNCTION films_title_curated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.title IS DISTINCT FROM OLD.title AND NEW.title_source IS NOT DISTINCT FROM OLD.title_source THEN
    NEW.title_source := NULL;
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER films_title_curated BEFORE UPDATE OF title ON films
  FOR EACH ROW EXECUTE FUNCTION films_title_curated();
