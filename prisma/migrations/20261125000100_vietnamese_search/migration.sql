-- Vietnamese search that ignores diacritics: "cong doan" finds "Công đoàn".
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is STABLE; an IMMUTABLE wrapper with an explicit dictionary can be indexed.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Weighted document: title (A) before sapo (B). Queries must use the same expression.
CREATE INDEX "articles_search_idx" ON "articles" USING GIN (
  (setweight(to_tsvector('simple', f_unaccent("title")), 'A') ||
   setweight(to_tsvector('simple', f_unaccent("sapo")), 'B'))
);

-- Trigram index for partial / typo-tolerant title matches (newsroom title search, related-link picker).
CREATE INDEX "articles_title_trgm_idx" ON "articles" USING GIN (lower(f_unaccent("title")) gin_trgm_ops);
CREATE INDEX "tags_name_trgm_idx" ON "tags" USING GIN (lower(f_unaccent("name")) gin_trgm_ops);
