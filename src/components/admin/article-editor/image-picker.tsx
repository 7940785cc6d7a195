"use client";

import { useEffect, useId, useRef, useState } from "react";
import { mediaUrl } from "@/content/media/responsive-image";
import { variantKey } from "@/content/media/keys";
import { searchMediaAction } from "@/newsroom/actions/media";
import type { MediaOption } from "./types";

/** A library photo's smallest resized copy at least `width` wide (else its widest). */
export const thumbnail = (m: MediaOption, width = 320) =>
  mediaUrl(variantKey(m.fileKey, m.variants.find((w) => w >= width) ?? m.variants[m.variants.length - 1] ?? 320));
const nameOf = (m: MediaOption) => m.alt || m.caption || `Ảnh #${m.id}`;

/** Choose a photo from the library (thumbnails, searchable), or upload one (type checked on the server). */
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
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<MediaOption | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const selected = media.find((m) => m.id === value) ?? (picked?.id === value ? picked : undefined);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <fieldset className="mb-3 rounded border border-gray-200 p-3">
      <legend className="px-1 text-sm font-semibold">{label}</legend>
      <div className="mb-2 flex flex-wrap items-center gap-3">
        {selected ? (
          <>
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={thumbnail(selected)} alt={selected.alt} width={120} height={75} className="h-[75px] w-[120px] rounded object-cover" />
            <p className="min-w-0 flex-1 text-sm">
              Đang chọn ảnh #{selected.id}
              {selected.caption ? `: ${selected.caption}` : ""}
            </p>
          </>
        ) : (
          <p className="text-sm text-gray-600">{value ? `Đang chọn ảnh #${value}` : "Chưa chọn ảnh."}</p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-library`}
          onClick={() => setOpen(!open)}
          className="min-h-11 rounded border border-gray-300 bg-gray-50 px-3 text-sm font-semibold hover:bg-gray-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          Chọn từ thư viện ảnh
        </button>
        {value ? (
          <button type="button" onClick={() => onChange(null)} className="min-h-11 rounded border border-gray-300 px-3 text-sm focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
            Bỏ ảnh
          </button>
        ) : null}
      </div>
      {open && (
        <LibraryBrowser
          id={`${id}-library`}
          recent={media}
          value={value}
          onPick={(m) => {
            setPicked(m);
            onChange(m.id);
            close();
          }}
          onClose={close}
        />
      )}
      <UploadField
        onUploaded={(item) => {
          onUploaded(item);
          setPicked(item);
          onChange(item.id);
        }}
      />
    </fieldset>
  );
}

/**
 * The library as a grid of thumbnail buttons (named by their alt), newest first, with a
 * search by caption, alt or file name (also as typed in articles). Escape closes it.
 */
export function LibraryBrowser({ id, recent, value, onPick, onClose }: { id: string; recent: MediaOption[]; value: number | null; onPick: (m: MediaOption) => void; onClose: () => void }) {
  const [q, setQ] = useState("");
  const [found, setFound] = useState<MediaOption[] | null>(null);
  const [status, setStatus] = useState("");
  const asked = useRef(0);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => search.current?.focus(), []);
  useEffect(() => {
    const words = q.trim();
    if (!words) {
      setFound(null);
      setStatus("");
      return;
    }
    const ticket = ++asked.current;
    const timer = setTimeout(async () => {
      setStatus("Đang tìm…");
      const form = new FormData();
      form.set("q", words);
      const answer = await searchMediaAction({}, form).catch(() => null);
      if (ticket !== asked.current) return; // a newer search is under way
      if (!answer?.ok || !answer.result?.items) {
        setStatus(answer?.message ?? "Không tìm được ảnh. Vui lòng thử lại.");
        return;
      }
      const items = JSON.parse(answer.result.items) as MediaOption[];
      setFound(items);
      setStatus(items.length ? `Tìm thấy ${items.length} ảnh.` : "Không tìm thấy ảnh nào.");
    }, 250);
    return () => clearTimeout(timer);
  }, [q]);
  const items = found ?? recent;
  return (
    <div
      id={id}
      role="group"
      aria-label="Thư viện ảnh"
      className="mt-2 rounded border border-gray-300 bg-gray-50 p-2"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="mb-1 flex items-end justify-between gap-2">
        <label htmlFor={`${id}-q`} className="block text-sm font-semibold">
          Tìm ảnh trong thư viện
        </label>
        <button type="button" onClick={onClose} className="min-h-11 rounded border border-gray-300 bg-white px-3 text-sm focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
          Đóng thư viện
        </button>
      </div>
      <input
        ref={search}
        id={`${id}-q`}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
        placeholder="Chú thích, mô tả hoặc tên tệp"
        autoComplete="off"
        className="mb-1 min-h-11 w-full rounded border border-gray-300 bg-white px-2"
      />
      <p role="status" className="mb-1 min-h-5 text-sm text-gray-700">
        {status}
      </p>
      <ul className="grid max-h-96 grid-cols-3 gap-2 overflow-y-auto p-1 sm:grid-cols-4 lg:grid-cols-6" aria-label="Ảnh trong thư viện, mới nhất trước">
        {items.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              aria-label={nameOf(m)}
              aria-pressed={m.id === value}
              title={m.caption ?? m.alt}
              onClick={() => onPick(m)}
              className={`block min-h-11 w-full overflow-hidden rounded border-2 bg-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${m.id === value ? "border-blue-700" : "border-transparent hover:border-gray-400"}`}
            >
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={thumbnail(m)} alt="" loading="lazy" width={160} height={100} className="aspect-[16/10] w-full object-cover" />
              <span aria-hidden="true" className="block truncate px-1 text-left text-xs text-gray-700">
                #{m.id} {m.caption ?? m.alt}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Upload one photo into the library (JPEG, PNG or WebP; checked by content on the server). */
export function UploadField({ onUploaded }: { onUploaded: (item: MediaOption) => void }) {
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [alt, setAlt] = useState("");
  return (
    <div className="mt-2">
      <div className="grid gap-2 sm:grid-cols-[1fr_1fr]">
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
            className="block min-h-11 w-full text-sm"
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
  );
}
