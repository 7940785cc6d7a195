-- A photo dropped or pasted into an article is uploaded before anyone has described it; its
-- alt is typed under the image, for that use. A photo whose library alt is still empty takes
-- the alt of its first described use, so that the library stops flagging it and the next
-- article that uses it starts with that description (each use may still change its own).
CREATE FUNCTION media_alt_from_uses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "media" m SET "alt" = u."alt"
  FROM (
    SELECT DISTINCT ON (n."media_id") n."media_id", n."alt"
    FROM new_uses n
    WHERE n."alt" IS NOT NULL
    ORDER BY n."media_id", n."article_id", n."position"
  ) u
  WHERE m.id = u."media_id" AND m."alt" = '';
  RETURN NULL;
END $$;
CREATE TRIGGER "media_alt_from_uses" AFTER INSERT ON "media_uses"
  REFERENCING NEW TABLE AS new_uses FOR EACH STATEMENT EXECUTE FUNCTION media_alt_from_uses();

-- The photos already used with an alt.
UPDATE "media" m SET "alt" = u."alt"
FROM (
  SELECT DISTINCT ON ("media_id") "media_id", "alt" FROM "media_uses" WHERE "alt" IS NOT NULL ORDER BY "media_id", "article_id", "position"
) u
WHERE m.id = u."media_id" AND m."alt" = '';
