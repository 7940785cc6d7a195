import type { Metadata } from "next";
import { ActionForm, SubmitButton, TextField } from "@/components/admin/action-form";
import { changePasswordAction, signOutEverywhereAction } from "@/newsroom/actions/account";
import { requirePermission } from "@/newsroom/auth/request";
import { MIN_PASSWORD_LENGTH } from "@/newsroom/auth/passwords";

export const metadata: Metadata = { title: "Tài khoản của tôi" };

export default async function AccountPage() {
  const user = await requirePermission("account.change-password", "/admin/tai-khoan");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Tài khoản của tôi</h1>
      <p className="mb-6 text-gray-700">{user.email}</p>
      <section aria-labelledby="doi-mat-khau" className="mb-8 max-w-md rounded border border-gray-200 bg-white p-5">
        <h2 id="doi-mat-khau" className="mb-4 text-lg font-bold">Đổi mật khẩu</h2>
        <ActionForm action={changePasswordAction} resetOnSuccess>
          <TextField name="current" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" required />
          <TextField name="password" label="Mật khẩu mới" type="password" autoComplete="new-password" required hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự, không dùng mật khẩu phổ biến.`} />
          <TextField name="confirm" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" required />
          <SubmitButton>Đổi mật khẩu</SubmitButton>
        </ActionForm>
      </section>
      <section aria-labelledby="moi-noi" className="max-w-md rounded border border-gray-200 bg-white p-5">
        <h2 id="moi-noi" className="mb-2 text-lg font-bold">Đăng xuất mọi nơi</h2>
        <p className="mb-3 text-sm text-gray-700">Kết thúc mọi phiên đăng nhập của bạn, trên mọi thiết bị.</p>
        <ActionForm action={signOutEverywhereAction}>
          <SubmitButton variant="danger">Đăng xuất mọi nơi</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
