import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm, SubmitButton, TextField } from "@/components/admin/action-form";
import { signInAction } from "@/newsroom/actions/account";
import { currentUser } from "@/newsroom/auth/request";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ tiep?: string }> }) {
  if (await currentUser()) redirect("/admin");
  const { tiep } = await searchParams;
  return (
    <main className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-6 font-serif text-2xl font-bold text-brand">Đăng nhập tòa soạn</h1>
      <ActionForm action={signInAction} className="rounded border border-gray-200 bg-white p-5">
        <input type="hidden" name="tiep" value={typeof tiep === "string" ? tiep : "/admin"} />
        <TextField name="email" label="Email" type="email" autoComplete="username" required />
        <TextField name="password" label="Mật khẩu" type="password" autoComplete="current-password" required />
        <SubmitButton>Đăng nhập</SubmitButton>
      </ActionForm>
    </main>
  );
}
