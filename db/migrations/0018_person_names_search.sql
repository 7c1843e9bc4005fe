-- Search finds people by their other names (person_names, 0017) as it finds films by their other titles: through a
-- GIN index on the words of each name, whose new words join the dictionary (0009) as names are written.
CREATE INDEX person_names_name_words_idx ON person_names USING gin (marquee_search_words(name));
--> statement-breakpoint
CREATE FUNCTION person_names_add_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM marquee_add_search_words(array(SELECT name FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER person_names_inserted_search_words AFTER INSERT ON person_names
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_names_add_search_words();
--> statement-breakpoint
CREATE TRIGGER person_names_updated_search_words AFTER UPDATE ON person_names
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_names_add_search_words();
--> statement-breakpoint
-- The catalogue words one letter off query_word, closest first and at most max_candidates: a letter missing, added
-- or wrong, or two letters swapped (leaving out a letter of either word, or of both, makes them equal). Apart from
-- marquee_word_candidates so that search can also ask it for a short word, which marquee_word_candidates takes as
-- typed: within a query of several words, "gyo" may then stand for "kyo" and "jon" for "joon" ("koo gyo hwan",
-- "bong jon ho"), where the other words keep it to the names that hold them too.
CREATE FUNCTION marquee_word_variants(query_word text, max_candidates integer) RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
  SELECT array(
    SELECT variant.word FROM (
      SELECT word FROM search_word_deletions WHERE deletion = ANY (marquee_word_deletions(query_word) || query_word)
      UNION
      SELECT word FROM search_words WHERE word = ANY (marquee_word_deletions(query_word))
    ) AS variant
    WHERE variant.word <> query_word
    ORDER BY similarity(variant.word, query_word) DESC, variant.word
    LIMIT max_candidates);
END;
--> statement-breakpoint
-- As in 0015, its misspellings now read through marquee_word_variants: the same words, in the same order.
CREATE OR REPLACE FUNCTION marquee_word_candidates(query_word text, is_typed boolean, max_candidates integer) RETURNS text[]
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
      SELECT misspelt.word, 2, similarity(misspelt.word, query_word)
      FROM unnest(marquee_word_variants(query_word, max_candidates)) AS misspelt(word)
      WHERE length(query_word) >= 4
      UNION ALL
      SELECT word, 3, length(word) FROM search_words
      WHERE word = ANY (array(SELECT left(query_word, n) FROM generate_series(3, length(query_word) - 2) AS n))
        AND NOT EXISTS (SELECT 1 FROM search_words AS whole WHERE whole.word = query_word)
    ) AS candidate
    ORDER BY candidate.kind, candidate.closeness DESC, candidate.word
    LIMIT max_candidates);
END;
