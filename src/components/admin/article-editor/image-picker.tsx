"use client";

import { useId, useState } from "react";
import { mediaUrl } from "@/content/media/responsive-image";
import { variantKey } from "@/content/media/keys";
import type { MediaOption } from "./types";

/** Choose a photo from the library, or upload one (type checked on the server). */
export function ImagePicker({
  label,
  media,
  value,
  onChange,
  onUploaded,
}: {
  label: string;
  media: MediaOption[];
  value: number | null;
  onChange: (id: number | null) => void;
  onUploaded: (item: MediaOption) => void;
}) {
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [alt, setAlt] = useState("");
  const selected = media.find((m) => m.id === value);
  return (
    <fieldset className="mb-3 rounded border border-gray-200 p-3">
      <legend className="px-1 text-sm font-semibold">{label}</legend>
      <div className="flex flex-wrap items-start gap-3">
        {selected && (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={mediaUrl(variantKey(selected.fileKey, selected.variants[0] ?? 320))} alt={selected.alt} width={120} height={75} className="h-[75px] w-[120px] object-cover" />
        )}
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-pick`} className="mb-1 block text-sm">
            Chọn từ thư viện ảnh
          </label>
          <select
            id={`${id}-pick`}
            value={value ?? ""}
            onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
            className="min-h-11 w-full rounded border border-gray-300 bg-white px-2"
          >
            <option value="">— Không có ảnh —</option>
            {media.map((m) => (
              <option key={m.id} value={m.id}>
                #{m.id} {m.caption ?? m.alt ?? m.fileKey}
              </option>
            ))}
          </select>
          <div className="mt-2 grid gap-2 sm:grid-cols-[1fr_1fr]">
            <div>
              <label htmlFor={`${id}-alt`} className="mb-1 block text-sm">
                Mô tả ảnh (alt) cho ảnh tải lên
              </label>
              <input id={`${id}-alt`} value={alt} onChange={(e) => setAlt(e.target.value)} className="min-h-11 w-full rounded border border-gray-300 px-2" />
            </div>
            <div>
              <label htmlFor={`${id}-file`} className="mb-1 block text-sm">
                Tải ảnh lên (JPEG, PNG, WebP)
              </label>
              <input
                id={`${id}-file`}
                type="file"
                accept="image/jpeg,image/png,image/webp"
                className="block w-full text-sm"
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  if (!file) return;
                  setStatus("Đang tải ảnh…");
                  const form = new FormData();
                  form.set("file", file);
                  form.set("alt", alt);
                  const response = await fetch("/admin/media/tai-len", { method: "POST", body: form });
                  const json = await response.json().catch(() => ({ error: "Tải ảnh thất bại." }));
                  if (!response.ok) {
                    setStatus(json.error ?? "Tải ảnh thất bại.");
                    return;
                  }
                  onUploaded(json);
                  onChange(json.id);
                  setStatus("Đã tải ảnh lên.");
                  e.target.value = "";
                }}
              />
            </div>
          </div>
          {status && (
            <p role="status" className="mt-1 text-sm text-gray-700">
              {status}
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}
