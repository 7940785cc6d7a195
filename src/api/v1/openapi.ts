import { z } from "zod";
import { SITE_NAME, siteUrl } from "@/content/site/config";
import { articleListQuery, articlePageSchema, articleSchema, articleSlugParam, categoryListSchema, errorSchema } from "./schemas";

/**
 * The OpenAPI 3.1 document of the read API, generated from the zod schemas of schemas.ts with
 * zod's own z.toJSONSchema() (JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Named schemas
 * (`.meta({ id })`) become components; nothing is described by hand a second time except the
 * paths, statuses and headers below.
 */

type JsonSchema = Record<string, unknown>;

const components: Record<string, JsonSchema> = {};

/** The JSON Schema of `schema`, its named parts moved to components.schemas. */
function schemaOf(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  const rewritten = JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  const { $schema: _schema, $defs, ...rest } = rewritten as JsonSchema & { $defs?: Record<string, JsonSchema> };
  for (const [id, def] of Object.entries($defs ?? {})) components[id] = def;
  return rest;
}

const json = (schema: z.ZodType, description: string) => ({
  description,
  headers: {
    ETag: { description: "Strong validator of the body; send it back in If-None-Match for a 304.", schema: { type: "string" } },
    "Cache-Control": { schema: { type: "string" } },
  },
  content: { "application/json": { schema: schemaOf(schema) } },
});

const error = (description: string) => ({ description, content: { "application/json": { schema: schemaOf(errorSchema) } } });

const common = {
  "304": { description: "Not modified: the ETag sent in If-None-Match is still current." },
  "429": {
    ...error("Too many requests from this address (per-IP token bucket)."),
    headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } },
  },
  "503": error("The data could not be read; try again."),
};

function build(): JsonSchema {
  const listQuery = schemaOf(articleListQuery, "input") as { properties: Record<string, JsonSchema & { description?: string }> };
  const listParameters = Object.entries(listQuery.properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return { name, in: "query", required: false, description, schema: rest };
  });
  const { description: slugDescription, ...slugSchema } = schemaOf(articleSlugParam, "input") as JsonSchema & { description?: string };
  return {
    openapi: "3.1.0",
    info: {
      title: `${SITE_NAME} — read API`,
      version: "1.0.0",
      description:
        "Published content of the newspaper as JSON: articles (the body as the site's block schema), their media with variants and captions, and categories. Read-only, no authentication, CORS per API_CORS_ORIGINS, rate-limited per IP. Errors are `{ error: { code, message } }` with the message in Vietnamese.",
    },
    servers: [{ url: `${siteUrl()}/api/v1` }],
    paths: {
      "/articles": {
        get: {
          operationId: "listArticles",
          summary: "Published articles, newest first, with keyset pagination",
          parameters: listParameters,
          responses: {
            "200": {
              ...json(articlePageSchema, "One page of articles."),
              headers: {
                ...json(articlePageSchema, "").headers,
                Link: { description: 'URL of the next page, rel="next" (absent on the last page).', schema: { type: "string" } },
              },
            },
            ...common,
            "400": error("A parameter is malformed, unknown or repeated (`invalid_parameter`, with `details`)."),
            "404": error("The category, tag or author of a filter does not exist (`not_found`)."),
          },
        },
      },
      "/articles/{slug}": {
        get: {
          operationId: "getArticle",
          summary: "One published article with its body blocks, media and related stories",
          parameters: [{ name: "slug", in: "path", required: true, description: slugDescription, schema: slugSchema }],
          responses: {
            "200": json(articleSchema, "The article."),
            "301": { description: "An old slug of the article: Location names its current API URL." },
            ...common,
            "400": error("The slug is malformed."),
            "404": error("No published article has this slug (never existed, draft, scheduled or unpublished)."),
          },
        },
      },
      "/categories": {
        get: {
          operationId: "listCategories",
          summary: "Every category, each followed by its sub-categories",
          responses: { "200": json(categoryListSchema, "All categories."), ...common },
        },
      },
      "/openapi.json": {
        get: { operationId: "openApi", summary: "This document", responses: { "200": { description: "OpenAPI 3.1 document." } } },
      },
    },
    components: { schemas: components },
  };
}

let built: { site: string; document: JsonSchema } | null = null;

/** The document (built once per SITE_URL). */
export function openApiDocument(): JsonSchema {
  if (built?.site !== siteUrl()) built = { site: siteUrl(), document: build() };
  return built.document;
}
