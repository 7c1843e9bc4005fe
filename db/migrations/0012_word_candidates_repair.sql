-- 0009 was edited after it landed: marquee_word_candidates gained is_typed and the four-letter floor for
-- misspellings. A database that applied the first version has marquee_word_candidates(text, integer) only, which
-- search no longer calls. This puts the current function in place everywhere and drops the first one; on a database
-- that applied the edited 0009 it changes nothing.
DROP FUNCTION IF EXISTS marquee_word_candidates(text, integer);
--> statement-breakpoint
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
