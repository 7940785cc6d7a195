-- WordPress import (src/archive/wordpress/, `npm run import:wordpress`).

-- Old addresses of imported articles: WordPress permalinks ("/2015/03/12/ten-bai", "/?p=123"),
-- stored normalised by src/content/routing/legacy-paths.ts (percent-decoded, NFC, lower case,
-- no trailing slash). src/proxy.ts answers them with a 301 to the article's current URL.
CREATE TABLE "legacy_paths" (
    "path" TEXT NOT NULL,
    "article_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'wordpress',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "legacy_paths_pkey" PRIMARY KEY ("path")
);
CREATE INDEX "legacy_paths_article_id_idx" ON "legacy_paths"("article_id");
ALTER TABLE "legacy_paths" ADD CONSTRAINT "legacy_paths_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What the importer made from each WordPress object, keyed on the export's site and
-- WordPress's own ids (post ID, term slug, author login): a second run skips what is here,
-- and a run stopped half-way resumes after the last committed post (each post is written in
-- one transaction together with its row here).
CREATE TABLE "wordpress_items" (
    "site" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "wp_id" TEXT NOT NULL,
    "target_id" INTEGER NOT NULL,
    "guid" TEXT,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wordpress_items_pkey" PRIMARY KEY ("site", "kind", "wp_id")
);
