-- The media library finds a photo by what was typed where it is used, not only by its own
-- defaults: every use of a photo (an article's cover, or a photo block of its body, drafts
-- included) is one row of "media_uses", with the caption, credit and alt typed there. The rows
-- are derived from "articles" by the triggers below, so every writer (editor saves, workflow
-- steps, WordPress and site imports, the seed) keeps them right without knowing about them;
-- nothing else writes them. Position 0 is the cover, n the body's block n (counted from 1, as
-- the editor and the revision comparison number them).
ALTER TABLE "media" ADD COLUMN "file_name" TEXT;

CREATE TABLE "media_uses" (
    "article_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "media_id" INTEGER NOT NULL,
    "caption" TEXT,
    "credit" TEXT,
    "alt" TEXT,
    CONSTRAINT "media_uses_pkey" PRIMARY KEY ("article_id", "position"),
    CONSTRAINT "media_uses_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "media_uses_media_id_fkey" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "media_uses_media_id_idx" ON "media_uses"("media_id");

-- Diacritics-insensitive substring search ("ha noi" finds "Hà Nội"), through trigram indexes on
-- exactly the expressions src/newsroom/media/queries.ts tests.
CREATE INDEX "media_uses_text_trgm_idx" ON "media_uses" USING GIN (
  lower(f_unaccent(coalesce("caption", '') || ' ' || coalesce("alt", '') || ' ' || coalesce("credit", ''))) gin_trgm_ops
);
CREATE INDEX "media_text_trgm_idx" ON "media" USING GIN (
  lower(f_unaccent(coalesce("caption", '') || ' ' || "alt" || ' ' || coalesce("credit", '') || ' ' || coalesce("file_name", '') || ' ' || "file_key")) gin_trgm_ops
);

-- The uses of one article's state. Body blocks naming a photo that does not exist (a draft's
-- empty photo block has mediaId 0) are left out, so the foreign key never refuses a save.
CREATE FUNCTION media_uses_of(a_id integer, a_body jsonb, a_cover integer, a_cover_caption text)
RETURNS TABLE ("article_id" integer, "position" integer, "media_id" integer, "caption" text, "credit" text, "alt" text)
LANGUAGE sql STABLE
AS $$
  SELECT a_id, 0, a_cover, nullif(btrim(a_cover_caption), ''), NULL::text, NULL::text
  WHERE a_cover IS NOT NULL
  UNION ALL
  SELECT a_id, b.n::integer, m.id,
         nullif(btrim(b.block ->> 'caption'), ''), nullif(btrim(b.block ->> 'credit'), ''), nullif(btrim(b.block ->> 'alt'), '')
  FROM jsonb_array_elements(CASE jsonb_typeof(a_body) WHEN 'array' THEN a_body ELSE '[]'::jsonb END) WITH ORDINALITY AS b(block, n)
  JOIN "media" m ON m.id = CASE WHEN (b.block ->> 'mediaId') ~ '^[0-9]{1,9}$' THEN (b.block ->> 'mediaId')::integer END
  WHERE b.block ->> 'type' = 'image'
$$;

-- New articles: once per statement (bulk inserts of the seed and the imports stay one query).
CREATE FUNCTION media_uses_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "media_uses" SELECT u.* FROM new_articles a, LATERAL media_uses_of(a.id, a.body, a.cover_media_id, a.cover_caption) u;
  RETURN NULL;
END $$;
CREATE TRIGGER "media_uses_insert" AFTER INSERT ON "articles"
  REFERENCING NEW TABLE AS new_articles FOR EACH STATEMENT EXECUTE FUNCTION media_uses_after_insert();

-- Changed body or cover only (view counts and workflow steps do not touch them).
CREATE FUNCTION media_uses_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "media_uses" WHERE "article_id" = NEW.id;
  INSERT INTO "media_uses" SELECT * FROM media_uses_of(NEW.id, NEW.body, NEW.cover_media_id, NEW.cover_caption);
  RETURN NULL;
END $$;
CREATE TRIGGER "media_uses_update" AFTER UPDATE OF "body", "cover_media_id", "cover_caption" ON "articles"
  FOR EACH ROW
  WHEN (OLD.body IS DISTINCT FROM NEW.body OR OLD.cover_media_id IS DISTINCT FROM NEW.cover_media_id OR OLD.cover_caption IS DISTINCT FROM NEW.cover_caption)
  EXECUTE FUNCTION media_uses_after_update();
-- Deleted articles and photos: the foreign keys cascade.

-- The uses of the articles already there.
INSERT INTO "media_uses" SELECT u.* FROM "articles" a, LATERAL media_uses_of(a.id, a.body, a.cover_media_id, a.cover_caption) u;

-- PGlite runs no autovacuum: take statistics here, of tables that have rows only (an empty
-- table analyzed is planned as empty until analyzed again).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "media_uses") THEN ANALYZE "media_uses"; END IF;
  IF EXISTS (SELECT 1 FROM "media") THEN ANALYZE "media"; END IF;
END $$;
