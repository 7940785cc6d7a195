-- Uncached reads at scale (100,000 articles; measured with scripts/bench/uncached.ts).

-- Search: the weighted document of title (A) and sapo (B) is stored with each row, so ranking
-- and the "title holds every word" test read it instead of recomputing unaccent + to_tsvector
-- for every match (a common word matches tens of thousands of stories: 1.3 s → tens of ms).
-- Same expression as before; the GIN index moves from the expression to the column.
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', f_unaccent("title")), 'A') ||
  setweight(to_tsvector('simple', f_unaccent("sapo")), 'B')
) STORED;
DROP INDEX IF EXISTS "articles_search_idx";
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");

-- The published stories matching a search, with their sort keys, always read through that
-- index: the planner costs "@@" like "=", so for a word found in more than ~15% of stories it
-- prefers testing every row of the table, two to three times slower than the index. A function
-- is the one place a query can carry that setting (src/content/search/queries.ts).
CREATE FUNCTION article_search_hits(q_all tsquery, q_title tsquery)
RETURNS TABLE (id integer, published_at timestamptz, in_title boolean, rank real)
LANGUAGE sql STABLE PARALLEL SAFE
SET enable_seqscan = off
AS $$
  SELECT a.id, a.published_at, a.search_vector @@ q_title, ts_rank(a.search_vector, q_all)
  FROM articles a
  WHERE a.status = 'PUBLISHED' AND a.search_vector @@ q_all
$$;

-- Tag and author pages: with the default statistics target (100 most common values) a tag
-- outside the most common ones is estimated at hundreds of stories, and the planner walks
-- every published story looking for its ten (190 ms at 100,000 articles instead of 5 ms).
ALTER TABLE "article_tags" ALTER COLUMN "tag_id" SET STATISTICS 1000;
ALTER TABLE "bylines" ALTER COLUMN "person_id" SET STATISTICS 1000;

-- PGlite runs no autovacuum: statistics for the new column and the new targets are taken here,
-- but only of tables that have rows (a table analyzed while empty is planned as empty, e.g. a
-- sequential scan for every foreign-key check, until it is analyzed again).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "articles") THEN ANALYZE "articles"; END IF;
  IF EXISTS (SELECT 1 FROM "article_tags") THEN ANALYZE "article_tags"; END IF;
  IF EXISTS (SELECT 1 FROM "bylines") THEN ANALYZE "bylines"; END IF;
END $$;
