-- A query word read as words run together ("jongpil" → "jong") only when the catalogue does not hold it as it is:
-- "godfather" is a word of "The Godfather", and reading it also as "god" brought in City of God.
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
        AND NOT EXISTS (SELECT 1 FROM search_words AS whole WHERE whole.word = query_word)
    ) AS candidate
    ORDER BY candidate.kind, candidate.closeness DESC, candidate.word
    LIMIT max_candidates);
END;
