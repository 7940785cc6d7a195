import type { BlockInput } from "@/content/blocks/schema";

export interface MediaOption {
  id: number;
  fileKey: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  variants: number[];
}

export interface EditorArticle {
  id: number | null;
  version: number | null;
  status: string;
  title: string;
  slug: string;
  sapo: string;
  categoryId: number | "";
  kind: "NEWS" | "INTERVIEW" | "PHOTO_STORY";
  tags: string[];
  bylines: { name: string; role: string }[];
  coverMediaId: number | null;
  coverCaption: string;
  seoTitle: string;
  seoDescription: string;
  related: { id: number; title: string }[];
  body: BlockInput[];
}

export interface EditorPermissions {
  canSubmit: boolean;
  canPublish: boolean;
  canSchedule: boolean;
  canUnpublish: boolean;
  canDelete: boolean;
}
