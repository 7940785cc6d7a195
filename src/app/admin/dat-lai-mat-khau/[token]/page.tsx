import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton, TextField } from "@/components/admin/action-form";
import { resetPasswordAction } from "@/newsroom/actions/account";
import { MIN_PASSWORD_LENGTH } from "@/newsroom/auth/passwords";
import { parseOrUndefined, tokenParam } from "@/content/routing/params";

export const metadata: Metadata = { title: "Đặt lại mật khẩu", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const token = parseOrUndefined(tokenParam, (await params).token);
  if (!token) notFound();
  return (
    <main className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-6 font-serif text-2xl font-bold text-brand">Đặt lại mật khẩu</h1>
      <ActionForm action={resetPasswordAction} className="rounded border border-gray-200 bg-white p-5" resetOnSuccess>
        <input type="hidden" name="token" value={token} />
        <TextField name="password" label="Mật khẩu mới" type="password" autoComplete="new-password" required hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự, không dùng mật khẩu phổ biến.`} />
        <TextField name="confirm" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" required />
        <SubmitButton>Đặt mật khẩu</SubmitButton>
      </ActionForm>
      <p className="mt-4 text-sm">
        <a href="/admin/dang-nhap" className="text-brand underline">
          Đăng nhập
        </a>
      </p>
    </main>
  );
}
