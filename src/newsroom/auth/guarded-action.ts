import { z } from "zod";
import { isCleanText, UNCLEAN_TEXT_MESSAGE, uncleanFormField } from "@/content/routing/params";
import { can, type Permission } from "@/newsroom/permissions";
import { currentUser } from "./request";
import type { SessionUser } from "./sessions";

/** What every form action returns: a message, errors per field, and what was typed. */
export interface FormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** Set when the permission check refused the action. */
  denied?: "anonymous" | "forbidden";
  /** Extra result for the page (e.g. a one-time reset link). */
  result?: Record<string, string>;
}

export type GuardedAction = ((prev: FormState, formData: FormData) => Promise<FormState>) & { permission: Permission | "public" };

/**
 * Edge check of every action's input, before its handler: the argument must be a form
 * (a crafted request can send anything) and no field may carry text the database or the
 * HTML/XML output refuses (NUL and other control characters).
 */
function malformedForm(formData: unknown): FormState | null {
  if (!(formData instanceof FormData)) return { ok: false, message: "Dữ liệu gửi lên không hợp lệ." };
  const field = uncleanFormField(formData);
  if (!field) return null;
  const values = Object.fromEntries(Object.entries(formValues(formData)).filter(([k, v]) => isCleanText(k) && isCleanText(v)));
  return { ok: false, message: "Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors: { [field]: UNCLEAN_TEXT_MESSAGE }, values };
}

/** An action anyone may call (sign-in, password reset by one-time link), declared as such. */
export function publicAction(handler: (formData: FormData) => Promise<FormState>): GuardedAction {
  return Object.assign(async (_prev: FormState, formData: FormData) => malformedForm(formData) ?? handler(formData), { permission: "public" as const });
}

/**
 * Declares a server action together with the permission it needs. The check runs on
 * the server on every call, before anything else; nothing else is trusted.
 */
export function guardedAction(
  permission: Permission,
  handler: (actor: SessionUser, formData: FormData) => Promise<FormState>,
): GuardedAction {
  const action = async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const actor = await currentUser();
    if (!actor) return { ok: false, denied: "anonymous", message: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại." };
    if (!can(actor.role, permission)) return { ok: false, denied: "forbidden", message: "Bạn không có quyền thực hiện thao tác này." };
    return malformedForm(formData) ?? handler(actor, formData);
  };
  return Object.assign(action, { permission });
}

/** Typed values of a form (passwords are never echoed back). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !/password|confirm|current/i.test(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/** Field-level messages of a failed parse, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

export function invalid(error: z.ZodError, formData: FormData): FormState {
  return { ok: false, message: "Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors: fieldErrors(error), values: formValues(formData) };
}
