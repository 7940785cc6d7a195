"use client";

import { createContext, useActionState, useContext, useId } from "react";
import { useFormStatus } from "react-dom";
import type { FormState, GuardedAction } from "@/newsroom/auth/guarded-action";

/**
 * A form bound to a guarded server action: shows the action's message, field-level
 * errors next to their fields, and keeps what the user typed when the save fails.
 * Works without JavaScript too (the server action is a plain form POST then).
 */
const FormStateContext = createContext<FormState>({});

export function ActionForm({
  action,
  children,
  className,
  resetOnSuccess = false,
}: {
  action: GuardedAction;
  children: React.ReactNode;
  className?: string;
  resetOnSuccess?: boolean;
}) {
  const [state, formAction] = useActionState(action, {} as FormState);
  // Remount the fields with the typed values after a failed attempt (React resets forms after actions).
  const key = state.ok && resetOnSuccess ? "done" : JSON.stringify(state.values ?? {});
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className={className} noValidate>
        {state.message && (
          <p
            role={state.ok ? "status" : "alert"}
            className={`mb-3 rounded border px-3 py-2 text-sm ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
          >
            {state.message}
          </p>
        )}
        <div key={key} className="contents">
          {children}
        </div>
        {state.result?.link && (
          <p className="mt-2 break-all rounded bg-yellow-50 p-2 text-sm">
            Liên kết: <code data-reset-link>{state.result.link}</code>
          </p>
        )}
      </form>
    </FormStateContext.Provider>
  );
}

export function useFieldState(name: string) {
  const state = useContext(FormStateContext);
  return { error: state.fieldErrors?.[name], value: state.values?.[name] };
}

export function TextField({
  name,
  label,
  type = "text",
  defaultValue,
  autoComplete,
  required,
  hint,
}: {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  hint?: string;
}) {
  const id = useId();
  const { error, value } = useFieldState(name);
  return (
    <div className="mb-3">
      <label htmlFor={id} className="mb-1 inline-block text-sm font-semibold">
        {label}
      </label>
      {required && (
        <span aria-hidden="true" className="text-sm font-semibold text-red-700">
          {" "}*
        </span>
      )}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value ?? defaultValue}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={`min-h-11 w-full rounded border px-3 text-base ${error ? "border-red-600" : "border-gray-300"}`}
      />
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-600">
          {hint}
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

export function SelectField({
  name,
  label,
  options,
  defaultValue,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
}) {
  const id = useId();
  const { error, value } = useFieldState(name);
  return (
    <div className="mb-3">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="min-h-11 w-full rounded border border-gray-300 bg-white px-3 text-base"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function SubmitButton({ children, variant = "primary" }: { children: React.ReactNode; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand text-white hover:bg-red-800",
    secondary: "border border-gray-300 bg-white hover:bg-gray-50",
    danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
  }[variant];
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={`min-h-11 rounded px-4 font-semibold disabled:opacity-60 ${styles}`}>
      {pending ? "Đang xử lý…" : children}
    </button>
  );
}
