"use client";

import { useId } from "react";

/**
 * A labelled input or textarea with its error, for the article editor; `counter` is a live
 * length under it (amber when outside the recommended length, see src/content/article/lengths.ts).
 */
export function Field({
  label,
  value,
  onChange,
  error,
  multiline = false,
  rows = 3,
  hint,
  placeholder,
  type = "text",
  counter,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  placeholder?: string;
  type?: string;
  counter?: { label: string; warn: boolean };
}) {
  const id = useId();
  const described = [error ? `${id}-error` : hint ? `${id}-hint` : null, counter ? `${id}-count` : null].filter(Boolean).join(" ") || undefined;
  const className = `w-full rounded border px-3 py-2 text-base ${error ? "border-red-600" : "border-gray-300"}`;
  return (
    <div className="mb-3">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      {multiline ? (
        <textarea id={id} rows={rows} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described} className={className} />
      ) : (
        <input id={id} type={type} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described} className={`min-h-11 ${className}`} />
      )}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-600">
          {hint}
        </p>
      )}
      {counter && (
        <p id={`${id}-count`} data-counter={counter.warn ? "warn" : "ok"} className={`mt-1 text-xs ${counter.warn ? "font-semibold text-amber-800" : "text-gray-600"}`}>
          {counter.label}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
