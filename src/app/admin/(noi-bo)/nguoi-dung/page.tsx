import type { Metadata } from "next";
import { ActionForm, SelectField, SubmitButton, TextField } from "@/components/admin/action-form";
import { formatDate } from "@/content/vietnamese/dates";
import { createUserAction, resetLinkAction, setDisabledAction, setRoleAction } from "@/newsroom/actions/users";
import { requirePermission } from "@/newsroom/auth/request";
import { MIN_PASSWORD_LENGTH } from "@/newsroom/auth/passwords";
import { ROLE_LABELS } from "@/newsroom/permissions";
import { listUsers } from "@/newsroom/users/commands";

export const metadata: Metadata = { title: "Người dùng" };

const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as (keyof typeof ROLE_LABELS)[]).map((value) => ({ value, label: ROLE_LABELS[value] }));

export default async function UsersPage() {
  const me = await requirePermission("users.manage", "/admin/nguoi-dung");
  const users = await listUsers();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Người dùng</h1>
      <div className="overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-gray-100">
            <tr>
              <th scope="col" className="p-2">Họ tên</th>
              <th scope="col" className="p-2">Email</th>
              <th scope="col" className="p-2">Vai trò</th>
              <th scope="col" className="p-2">Trạng thái</th>
              <th scope="col" className="p-2">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-gray-200 align-top" data-user={u.email}>
                <td className="p-2 font-semibold">{u.name}</td>
                <td className="p-2">{u.email}</td>
                <td className="p-2">
                  <ActionForm action={setRoleAction} className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="userId" value={u.id} />
                    <SelectField name="role" label={`Vai trò của ${u.name}`} options={ROLE_OPTIONS} defaultValue={u.role} />
                    <SubmitButton variant="secondary">Lưu vai trò</SubmitButton>
                  </ActionForm>
                </td>
                <td className="p-2">
                  {u.disabled ? "Đã khóa" : `Hoạt động · ${u._count.sessions} phiên`}
                  <br />
                  <span className="text-xs text-gray-500">Tạo {formatDate(u.createdAt)}</span>
                </td>
                <td className="space-y-2 p-2">
                  {u.id !== me.id && (
                    <ActionForm action={setDisabledAction}>
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="disabled" value={u.disabled ? "0" : "1"} />
                      <SubmitButton variant={u.disabled ? "secondary" : "danger"}>{u.disabled ? `Mở khóa ${u.name}` : `Khóa ${u.name}`}</SubmitButton>
                    </ActionForm>
                  )}
                  <ActionForm action={resetLinkAction}>
                    <input type="hidden" name="userId" value={u.id} />
                    <SubmitButton variant="secondary">Tạo liên kết đặt lại mật khẩu</SubmitButton>
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="new-user" className="mt-8 max-w-md rounded border border-gray-200 bg-white p-5">
        <h2 id="new-user" className="mb-4 text-lg font-bold">Thêm người dùng</h2>
        <ActionForm action={createUserAction} resetOnSuccess>
          <TextField name="name" label="Họ tên" required autoComplete="off" />
          <TextField name="email" label="Email" type="email" required autoComplete="off" />
          <SelectField name="role" label="Vai trò" options={ROLE_OPTIONS} defaultValue="WRITER" />
          <TextField name="password" label="Mật khẩu ban đầu" type="password" required autoComplete="new-password" hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự, không dùng mật khẩu phổ biến.`} />
          <SubmitButton>Tạo tài khoản</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
