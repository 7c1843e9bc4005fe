-- Keeps film_rating_stats exact on every write to reviews, whoever makes it (actions, imports, moderation,
-- cascading deletes), in the same transaction. The stats row is locked by the UPDATE, so concurrent
-- ratings of one film are serialised and the counts stay equal to a recount.
CREATE FUNCTION film_rating_stats_add(p_film_id integer, p_rating smallint, p_has_body boolean, p_sign integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Only an addition can need a new row; a removal from a film being deleted must not re-create one.
  IF p_sign > 0 THEN
    INSERT INTO film_rating_stats (film_id) VALUES (p_film_id) ON CONFLICT (film_id) DO NOTHING;
  END IF;
  UPDATE film_rating_stats
     SET rating_count = rating_count + p_sign,
         rating_sum = rating_sum + p_sign * p_rating,
         review_count = review_count + CASE WHEN p_has_body THEN p_sign ELSE 0 END,
         histogram[p_rating + 1] = histogram[p_rating + 1] + p_sign,
         updated_at = now()
   WHERE film_id = p_film_id;
END $$;
--> statement-breakpoint
CREATE FUNCTION reviews_maintain_film_rating_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'visible' THEN
    PERFORM film_rating_stats_add(OLD.film_id, OLD.rating, OLD.body IS NOT NULL, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'visible' THEN
    PERFORM film_rating_stats_add(NEW.film_id, NEW.rating, NEW.body IS NOT NULL, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER reviews_film_rating_stats
AFTER INSERT OR DELETE OR UPDATE OF film_id, rating, body, status ON reviews
FOR EACH ROW EXECUTE FUNCTION reviews_maintain_film_rating_stats();
