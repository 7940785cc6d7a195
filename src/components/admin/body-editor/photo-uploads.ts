"use client";

import { useSyncExternalStore } from "react";
import type { MediaOption } from "../article-editor/types";

/**
 * Photos dropped or pasted into the body upload in the background, each shown in its photo
 * block with its progress. The progress lives here, outside the document (it is not content,
 * must not enter the undo history, and will not travel to co-editors): the block only
 * carries the upload's id until the library answers with the photo's media id.
 */
export type UploadState = { state: "uploading"; percent: number; name: string } | { state: "failed"; message: string; name: string };

const uploads = new Map<string, UploadState>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const set = (id: string, state: UploadState | null) => {
  if (state) uploads.set(id, state);
  else uploads.delete(id);
  emit();
};

export function useUpload(id: string | null): UploadState | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (id ? uploads.get(id) ?? null : null),
    () => null,
  );
}

export const ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/webp"];
export const isAcceptedImage = (file: File) => ACCEPTED_TYPES.includes(file.type);

let counter = 0;
export const newUploadId = () => `u${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * Uploads one file to the library (the same route and checks as the media page) and reports
 * progress; resolves with the new media item, or null after showing why it failed.
 */
export function uploadPhoto(id: string, file: File): Promise<MediaOption | null> {
  set(id, { state: "uploading", percent: 0, name: file.name });
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/admin/media/tai-len");
    request.responseType = "json";
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) set(id, { state: "uploading", percent: Math.min(99, Math.round((e.loaded / e.total) * 100)), name: file.name });
    };
    const fail = (message: string) => {
      set(id, { state: "failed", message, name: file.name });
      resolve(null);
    };
    request.onerror = () => fail("Mất kết nối máy chủ, chưa tải được ảnh.");
    request.onload = () => {
      const body = request.response as (MediaOption & { error?: string }) | null;
      if (request.status >= 200 && request.status < 300 && body && typeof body.id === "number") {
        set(id, null);
        resolve(body);
      } else fail(body?.error ?? "Tải ảnh thất bại.");
    };
    const form = new FormData();
    form.set("file", file);
    form.set("alt", "");
    request.send(form);
  });
}

export const forgetUpload = (id: string) => set(id, null);
