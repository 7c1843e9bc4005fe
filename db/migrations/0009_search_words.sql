-- Search by words. A query is split into words; each is looked up in a dictionary of the catalogue's words — as
-- itself, as the start of longer words, through its misspellings one letter off, as words run together — and only
-- the titles and names holding a match for every query word are read, through GIN indexes on their words.
-- Comparing whole titles by trigrams read every title sharing a common trigram ("the", " of") with the query:
-- thousands of rows at 100,000 films. Every lookup here is an exact one in a B-tree.
CREATE TABLE "search_word_deletions" (
	"deletion" text COLLATE "C" NOT NULL,
	"word" text COLLATE "C" NOT NULL,
	CONSTRAINT "search_word_deletions_deletion_word_pk" PRIMARY KEY("deletion","word")
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text COLLATE "C" PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- The words of a search key, as the word indexes hold them.
CREATE FUNCTION marquee_search_words(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN array_remove(string_to_array(marquee_search_key(value), ' '), '');
--> statement-breakpoint
-- A word with each one of its letters left out in turn.
CREATE FUNCTION marquee_word_deletions(word text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN array(SELECT left(word, i - 1) || substr(word, i + 1) FROM generate_series(1, length(word)) AS i);
--> statement-breakpoint
CREATE INDEX films_title_words_idx ON films USING gin (marquee_search_words(title));
--> statement-breakpoint
CREATE INDEX films_original_title_words_idx ON films USING gin (marquee_search_words(original_title));
--> statement-breakpoint
CREATE INDEX film_titles_title_words_idx ON film_titles USING gin (marquee_search_words(title));
--> statement-breakpoint
CREATE INDEX people_name_words_idx ON people USING gin (marquee_search_words(name));
--> statement-breakpoint
CREATE INDEX people_original_name_words_idx ON people USING gin (marquee_search_words(original_name));
--> statement-breakpoint
-- New words join the dictionary, with their deletions, as titles and names are written: once per statement (a bulk
-- import adds its words in one go) and in byte order, so two writers adding the same new words cannot deadlock.
CREATE FUNCTION marquee_add_search_words(names text[]) RETURNS void
LANGUAGE sql
BEGIN ATOMIC
  WITH added AS (
    INSERT INTO search_words (word)
    SELECT DISTINCT word FROM unnest(names) AS named(text), unnest(marquee_search_words(named.text)) AS word
    ORDER BY word
    ON CONFLICT DO NOTHING
    RETURNING word
  )
  INSERT INTO search_word_deletions (deletion, word)
  SELECT DISTINCT deletion, word FROM added, unnest(marquee_word_deletions(word)) AS deletion
  ORDER BY deletion, word
  ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
-- The catalogue words a query word may stand for, best first and at most max_candidates: itself; when it is the
-- word being typed (is_typed), the words it begins, shortest first ("esc" → "escape"); for a word of four letters or
-- more, words one letter off, closest first ("escpae" → "escape"), and the words it begins with, when words were
-- run together ("jongpil" → "jong"), longest first. Shorter words are taken as typed: one letter off in "the" is
-- "she", "tee" and "thy".
CREATE FUNCTION marquee_word_candidates(query_word text, is_typed boolean, max_candidates integer) RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
  SELECT array(
    SELECT candidate.word FROM (
      SELECT word, 0 AS kind, 0::real AS closeness FROM search_words WHERE word = query_word
      UNION ALL
      (SELECT word, 1, -length(word) FROM search_words
       -- Every word that starts with query_word sorts from it up to query_word followed by the last code point.
       WHERE is_typed AND word > query_word AND word < query_word || chr(1114111) AND starts_with(word, query_word)
       ORDER BY length(word), word LIMIT max_candidates)
      UNION ALL
      SELECT word, 2, similarity(word, query_word) FROM (
        SELECT word FROM search_word_deletions
        WHERE length(query_word) >= 4 AND deletion = ANY (marquee_word_deletions(query_word) || query_word)
        UNION
        SELECT word FROM search_words WHERE length(query_word) >= 4 AND word = ANY (marquee_word_deletions(query_word))
      ) AS misspelt
      WHERE word <> query_word
      UNION ALL
      SELECT word, 3, length(word) FROM search_words
      WHERE word = ANY (array(SELECT left(query_word, n) FROM generate_series(3, length(query_word) - 2) AS n))
    ) AS candidate
    ORDER BY candidate.kind, candidate.closeness DESC, candidate.word
    LIMIT max_candidates);
END;
--> statement-breakpoint
CREATE FUNCTION films_add_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM marquee_add_search_words(array(SELECT title FROM new_rows UNION SELECT original_title FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION film_titles_add_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM marquee_add_search_words(array(SELECT title FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION people_add_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM marquee_add_search_words(array(SELECT name FROM new_rows UNION SELECT original_name FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER films_inserted_search_words AFTER INSERT ON films
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_add_search_words();
--> statement-breakpoint
CREATE TRIGGER films_updated_search_words AFTER UPDATE ON films
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_add_search_words();
--> statement-breakpoint
CREATE TRIGGER film_titles_inserted_search_words AFTER INSERT ON film_titles
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION film_titles_add_search_words();
--> statement-breakpoint
CREATE TRIGGER film_titles_updated_search_words AFTER UPDATE ON film_titles
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION film_titles_add_search_words();
--> statement-breakpoint
CREATE TRIGGER people_inserted_search_words AFTER INSERT ON people
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION people_add_search_words();
--> statement-breakpoint
CREATE TRIGGER people_updated_search_words AFTER UPDATE ON people
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION people_add_search_words();
--> statement-breakpoint
SELECT marquee_add_search_words(array(
  SELECT title FROM films UNION SELECT original_title FROM films UNION SELECT title FROM film_titles
  UNION SELECT name FROM people UNION SELECT original_name FROM people));
--> statement-breakpoint
ANALYZE search_words, search_word_deletions;
