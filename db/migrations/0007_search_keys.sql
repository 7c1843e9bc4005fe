-- Search compares normalised keys of titles and names: accents folded ("Amélie" → "amelie"), lower case,
-- apostrophes dropped ("Pan's" → "pans") and other punctuation and hyphens read as spaces ("Lee Jong-pil" →
-- "lee jong pil"). Trigram GIN indexes over those keys serve exact, prefix and fuzzy matches alike, so search
-- never reads the catalogue sequentially.
--
-- unaccent() is only STABLE (its dictionary can change), so an index cannot call it directly. This wrapper names
-- the dictionary and is declared IMMUTABLE; its SQL-standard body is bound when the function is created, so the
-- caller's search_path cannot change what it does. Changing the key means a new migration that rebuilds the indexes.
CREATE FUNCTION marquee_search_key(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN btrim(regexp_replace(
  regexp_replace(lower(unaccent('unaccent'::regdictionary, value)), '[''‘’ʼ`]', '', 'g'),
  '[[:punct:][:space:]]+', ' ', 'g'));
--> statement-breakpoint
CREATE INDEX films_title_search_idx ON films USING gin (marquee_search_key(title) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX films_original_title_search_idx ON films USING gin (marquee_search_key(original_title) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX film_titles_title_search_idx ON film_titles USING gin (marquee_search_key(title) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX people_name_search_idx ON people USING gin (marquee_search_key(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX people_original_name_search_idx ON people USING gin (marquee_search_key(original_name) gin_trgm_ops);
