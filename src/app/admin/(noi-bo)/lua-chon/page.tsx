import type { Metadata } from "next";
import { ActionForm, SubmitButton } from "@/components/admin/action-form";
import { picksOverview } from "@/content/rails/picks";
import { setPicksAction } from "@/newsroom/actions/articles";
import { requirePermission } from "@/newsroom/auth/request";

export const metadata: Metadata = { title: "Lựa chọn của biên tập" };

/** Editors choose the home page lead and the "Nên xem" rail. */
export default async function PicksPage() {
  await requirePermission("picks.manage", "/admin/lua-chon");
  const { mustSee, homeLead, candidates } = await picksOverview();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Lựa chọn của biên tập</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="home-lead" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="home-lead" className="mb-2 text-lg font-bold">Bài đinh trang chủ</h2>
          <ActionForm action={setPicksAction}>
            <input type="hidden" name="slot" value="home-lead" />
            <fieldset>
              <legend className="sr-only">Chọn bài đinh</legend>
              <ul className="max-h-96 space-y-1 overflow-y-auto text-sm">
                {candidates.map((a) => (
                  <li key={a.id}>
                    <label className="flex min-h-11 items-center gap-2">
                      <input type="radio" name="ids" value={a.id} defaultChecked={a.id === homeLead} />
                      {a.title}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <SubmitButton>Lưu bài đinh</SubmitButton>
          </ActionForm>
        </section>
        <section aria-labelledby="must-see" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="must-see" className="mb-2 text-lg font-bold">“Nên xem” (tối đa 10, theo thứ tự chọn trong danh sách)</h2>
          <MustSeeForm candidates={candidates} chosen={mustSee} />
        </section>
      </div>
    </>
  );
}

function MustSeeForm({ candidates, chosen }: { candidates: { id: number; title: string }[]; chosen: number[] }) {
  const ordered = [...chosen.map((id) => candidates.find((c) => c.id === id)).filter((c): c is { id: number; title: string } => !!c), ...candidates.filter((c) => !chosen.includes(c.id))];
  return (
    <ActionForm action={setPicksAction}>
      <input type="hidden" name="slot" value="must-see" />
      <fieldset>
        <legend className="sr-only">Chọn bài “Nên xem”</legend>
        <ul className="max-h-96 space-y-1 overflow-y-auto text-sm">
          {ordered.map((a) => (
            <li key={a.id}>
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="ids" value={a.id} defaultChecked={chosen.includes(a.id)} />
                {a.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SubmitButton>Lưu “Nên xem”</SubmitButton>
    </ActionForm>
  );
}
