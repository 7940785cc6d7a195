import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { dayQuery, optionalIdQuery } from "@/content/routing/params";
import { formatDateTime } from "@/content/vietnamese/dates";
import { AUDIT_ACTIONS, listAudit } from "@/newsroom/audit";
import { requirePermission } from "@/newsroom/auth/request";
import { listUsers } from "@/newsroom/users/commands";

export const metadata: Metadata = { title: "Nhật ký" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
/** The log's filters from the query string; anything malformed is a 404. */
const filtersSchema = z.object({ nguoi: optionalIdQuery, truoc: optionalIdQuery, tu: dayQuery, den: dayQuery });

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission("audit.read", "/admin/nhat-ky");
  const params = await searchParams;
  const action = one(params.hanh_dong);
  const filters = filtersSchema.safeParse({ nguoi: one(params.nguoi), truoc: one(params.truoc), tu: one(params.tu), den: one(params.den) });
  if (!filters.success) notFound();
  const { nguoi: actor, truoc: before, tu: fromDate, den: toDate } = filters.data;
  const from = one(params.tu);
  const to = one(params.den);
  const [{ items, next }, users] = await Promise.all([
    listAudit({
      action: Object.hasOwn(AUDIT_ACTIONS, action) ? action : undefined,
      actorId: actor,
      from: fromDate,
      to: toDate ? new Date(toDate.getTime() + 86_400_000) : undefined,
      before,
    }),
    listUsers(),
  ]);
  const query = new URLSearchParams({ hanh_dong: action, nguoi: actor ? String(actor) : "", tu: from, den: to });
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Nhật ký hoạt động</h1>
      <form method="get" className="mb-4 grid gap-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-5">
        <label className="text-sm font-semibold">
          Hành động
          <select name="hanh_dong" defaultValue={action} className="mt-1 block min-h-11 w-full rounded border border-gray-300 bg-white px-2">
            <option value="">Tất cả</option>
            {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Người thực hiện
          <select name="nguoi" defaultValue={actor ? String(actor) : ""} className="mt-1 block min-h-11 w-full rounded border border-gray-300 bg-white px-2">
            <option value="">Tất cả</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Từ ngày
          <input type="date" name="tu" defaultValue={from} className="mt-1 block min-h-11 w-full rounded border border-gray-300 px-2" />
        </label>
        <label className="text-sm font-semibold">
          Đến ngày
          <input type="date" name="den" defaultValue={to} className="mt-1 block min-h-11 w-full rounded border border-gray-300 px-2" />
        </label>
        <button type="submit" className="min-h-11 self-end rounded bg-brand px-4 font-semibold text-white">
          Lọc
        </button>
      </form>
      <div className="overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-gray-100">
            <tr>
              <th scope="col" className="p-2">Thời gian</th>
              <th scope="col" className="p-2">Hành động</th>
              <th scope="col" className="p-2">Người thực hiện</th>
              <th scope="col" className="p-2">Đối tượng</th>
              <th scope="col" className="p-2">Địa chỉ IP</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr key={entry.id} className="border-t border-gray-200" data-audit-action={entry.action}>
                <td className="whitespace-nowrap p-2">{formatDateTime(entry.createdAt)}</td>
                <td className="p-2">{AUDIT_ACTIONS[entry.action as keyof typeof AUDIT_ACTIONS] ?? entry.action}</td>
                <td className="p-2">{entry.actor ? `${entry.actor.name} (${entry.actor.email})` : "—"}</td>
                <td className="p-2">{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ""}` : "—"}</td>
                <td className="p-2">{entry.ip ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <p className="p-4 text-gray-600">Không có mục nào khớp bộ lọc.</p>}
      </div>
      {next && (
        <p className="mt-4">
          <a href={`/admin/nhat-ky?${query}&truoc=${next}`} className="inline-flex min-h-11 items-center rounded border border-gray-300 bg-white px-4">
            Xem thêm
          </a>
        </p>
      )}
    </>
  );
}
