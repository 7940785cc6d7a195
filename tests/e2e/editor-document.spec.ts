import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { openEditor, pasteText, signIn, USERS } from "./fixtures";

// The body is written as a document (Tiptap): a writer types, pastes an interview transcript
// anywhere (it becomes turns), drops two photos at two places in the text (they upload with
// progress and become photo blocks there), types captions under them and sends the article for
// review; an editor publishes it with one action; readers see turns and captions in place on the
// full site and the mobile edition. Every interaction beyond typing is counted (goal ≤ 15, as in
// Gutenberg) and printed for the benchmark report.

const TRANSCRIPT = [
  "Phóng viên: Thưa ông, hội thi năm nay có gì mới?",
  "- Ông Nguyễn Văn Thành: Lần đầu tiên có nội dung hàn robot.",
  "Phóng viên: Thí sinh chuẩn bị ra sao?",
  "- Ông Nguyễn Văn Thành: Các em luyện tập suốt ba tháng.",
  "Phóng viên: Giải thưởng dành cho người thắng cuộc là gì?",
  "- Ông Nguyễn Văn Thành: Bằng khen của thành phố và học bổng.",
].join("\n");

async function photo(r: number, g: number, b: number): Promise<string> {
  const jpeg = await sharp({ create: { width: 480, height: 320, channels: 3, background: { r, g, b } } }).jpeg().toBuffer();
  return jpeg.toString("base64");
}

/** Drops image files onto an element near its bottom edge, as a browser does for files dragged from the desktop. */
async function dropFiles(page: Page, target: Locator, files: { name: string; base64: string }[]) {
  const box = await target.boundingBox();
  if (!box) throw new Error("drop target not visible");
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: "image/jpeg" }));
    return transfer;
  }, files);
  await target.dispatchEvent("drop", { dataTransfer, clientX: box.x + box.width / 2, clientY: box.y + box.height - 3 });
}

test("a writer pastes a transcript and drops two photos into the text; an editor publishes in one action; readers see it in place", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const project = info.project.name;
  const title = `Hội thi thợ giỏi: hàn robot lần đầu góp mặt (${project})`;
  const [welding, award] = [await photo(200, 90, 40), await photo(40, 90, 200)];
  let interactions = 0;
  /** One interaction beyond typing: a click, a choice in a list, a drop or a paste. */
  const act = async <T,>(step: Promise<T>) => {
    interactions++;
    return step;
  };

  await signIn(page, USERS.writer);
  await openEditor(page, "/admin/bai-viet/moi");
  await act(page.getByLabel("Tiêu đề", { exact: true }).click());
  await page.keyboard.type(title);
  await act(page.getByLabel("Sapo").click());
  await page.keyboard.type("Hàn robot lần đầu có mặt trong hội thi thợ giỏi của thành phố.");
  await act(page.getByLabel("Chuyên mục").selectOption({ label: "Công đoàn" }));
  await act(page.getByLabel("Loại bài").selectOption({ label: "Phỏng vấn" }));
  await act(page.getByLabel("Chủ đề (cách nhau bằng dấu phẩy)").click());
  await page.keyboard.type("Thi đua, Công nhân lao động");

  const body = page.getByRole("textbox", { name: "Nội dung bài" });
  await act(body.click());
  await page.keyboard.type("Bên lề hội thi, phóng viên trao đổi với ông Nguyễn Văn Thành.");
  await page.keyboard.press("Enter");
  await act(pasteText(page, TRANSCRIPT));
  const turns = body.locator('[data-block-type="interview-turn"]');
  await expect(turns).toHaveCount(6);
  await expect(turns.nth(1).getByLabel(/^Nhãn \d+$/)).toHaveValue("Ông Nguyễn Văn Thành");

  // Photo 1 dropped on the introduction (goes after it), photo 2 on the second answer.
  await act(dropFiles(page, body.locator("p").first(), [{ name: `han-robot-${project}.jpg`, base64: welding }]));
  await act(dropFiles(page, turns.nth(3), [{ name: `trao-giai-${project}.jpg`, base64: award }]));
  const photos = body.locator('[data-block-type="image"]');
  await expect(photos).toHaveCount(2);
  await expect(photos.locator("img")).toHaveCount(2); // both uploaded
  await act(photos.nth(0).getByLabel(/^Chú thích ảnh \d+$/).click());
  await page.keyboard.type("Thí sinh thi hàn robot tại hội thi");
  await act(photos.nth(0).getByLabel(/^Mô tả ảnh \(alt\) \d+$/).click());
  await page.keyboard.type("Cánh tay robot hàn một mối thép");
  await act(photos.nth(1).getByLabel(/^Chú thích ảnh \d+$/).click());
  await page.keyboard.type("Trao giải cho người thắng cuộc");
  await act(photos.nth(1).getByLabel(/^Mô tả ảnh \(alt\) \d+$/).click());
  await page.keyboard.type("Ông Thành trao bằng khen");

  // The document's order is what will be stored: intro, photo, Q, A, Q, A, photo, Q, A (and the
  // empty line the editor keeps at the end to type on, which is not stored).
  const order = await body.locator(":scope > *").evaluateAll((nodes) =>
    nodes
      .filter((n) => !n.classList.contains("ProseMirror-widget"))
      .map((n) => (n.closest("[data-block-type]") ?? n.querySelector("[data-block-type]"))?.getAttribute("data-block-type") ?? n.tagName.toLowerCase() + (n.textContent?.trim() ? "" : " (empty)")),
  );
  expect(order).toEqual(["p", "image", "interview-turn", "interview-turn", "interview-turn", "interview-turn", "image", "interview-turn", "interview-turn", "p (empty)"]);

  await act(page.getByRole("button", { name: "Gửi duyệt" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu và gửi bài chờ duyệt." })).toBeVisible();
  await expect(page.locator("[data-article-status]:visible")).toHaveText("Chờ duyệt");
  console.log(`[interactions] ${project}: writer ${interactions} interactions beyond typing (goal ≤ 15)`);
  expect(interactions).toBeLessThanOrEqual(15);
  const editUrl = page.url();
  const slug = await page.getByLabel("Đường dẫn (slug)").inputValue();
  expect(slug).toMatch(new RegExp(`^hoi-thi-tho-gioi-han-robot-lan-dau-gop-mat-${project}(-\\d+)?$`));

  // The editor publishes with one action.
  const editorPage = await (await browser.newContext({ viewport: page.viewportSize() ?? undefined })).newPage();
  await signIn(editorPage, USERS.editor);
  await openEditor(editorPage, editUrl);
  await editorPage.getByRole("button", { name: "Xuất bản", exact: true }).click();
  await expect(editorPage.locator("[data-article-status]:visible")).toHaveText("Đã xuất bản");
  await editorPage.context().close();

  // Readers: the full site and the mobile edition show turns and captions in place.
  const reader = await (await browser.newContext()).newPage();
  for (const path of [`/bai-viet/${slug}`, `/m/bai-viet/${slug}`]) {
    await reader.goto(path);
    const text = (await reader.locator("main, body").first().innerText()).replace(/\s+/g, " ");
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i, `${path}: "${s}"`).toBeGreaterThanOrEqual(0);
      return i;
    };
    const sequence = [
      at("Bên lề hội thi, phóng viên trao đổi với ông Nguyễn Văn Thành."),
      at("Thí sinh thi hàn robot tại hội thi"),
      at("Phóng viên: Thưa ông, hội thi năm nay có gì mới?"),
      at("Ông Nguyễn Văn Thành: Lần đầu tiên có nội dung hàn robot."),
      at("Ông Nguyễn Văn Thành: Các em luyện tập suốt ba tháng."),
      at("Trao giải cho người thắng cuộc"),
      at("Phóng viên: Giải thưởng dành cho người thắng cuộc là gì?"),
    ];
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
    await expect(reader.getByRole("img", { name: "Cánh tay robot hàn một mối thép" })).toBeVisible();
    await expect(reader.getByRole("img", { name: "Ông Thành trao bằng khen" })).toBeVisible();
  }
  await reader.context().close();
});

test("the live preview beside the editor follows typing without saving, as the full site, a phone and the mobile edition show it", async ({ page }, info) => {
  await signIn(page, USERS.writer);
  await openEditor(page, "/admin/bai-viet/moi");
  await page.getByRole("button", { name: "Xem trước trực tiếp" }).click();
  const site = page.frameLocator('[data-preview-frame="site"]');
  const title = `Xem trước khi gõ (${info.project.name})`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  const body = page.getByRole("textbox", { name: "Nội dung bài" });
  await body.click();
  await page.keyboard.type("Đoạn đầu ");
  await page.keyboard.press("ControlOrMeta+b");
  await page.keyboard.type("in đậm");
  const typed = Date.now();
  await expect(site.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(site.locator(".article-body p strong")).toHaveText("in đậm");
  console.log(`[live preview] ${info.project.name}: shown ${Date.now() - typed} ms after the last keystroke`);
  await expect(page.locator("[data-save-state]:visible")).toHaveText("Chưa lưu"); // nothing was saved for it

  await page.getByRole("button", { name: "Điện thoại" }).click();
  await expect(page.locator('[data-preview-frame="site"]')).toHaveCSS("width", "412px");
  await expect(site.locator(".article-body")).toContainText("Đoạn đầu in đậm");

  await page.getByRole("button", { name: "Phiên bản di động" }).click();
  const mobile = page.frameLocator('[data-preview-frame="mobile"]');
  await expect(mobile.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.keyboard.press("Tab"); // leave the mode buttons; type more in the body
  await body.locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(" và thêm chữ");
  await expect(mobile.locator(".article-body")).toContainText("Đoạn đầu in đậm và thêm chữ");
});

test("from the keyboard alone: '/' inserts a question, Enter alternates question and answer, Alt+↑/↓ moves a block", async ({ page }) => {
  await signIn(page, USERS.writer);
  await openEditor(page, "/admin/bai-viet/moi");
  const body = page.getByRole("textbox", { name: "Nội dung bài" });
  await body.click();
  await page.keyboard.type("Lời dẫn.");
  await page.keyboard.press("Enter");
  await page.keyboard.press("/");
  const menu = page.getByRole("dialog", { name: "Chèn khối" });
  await expect(menu.getByRole("combobox")).toBeFocused();
  await page.keyboard.type("cau hoi"); // without diacritics
  await expect(menu.getByRole("option")).toHaveText([/^Câu hỏi/]);
  await page.keyboard.press("Enter");
  await expect(menu).toHaveCount(0);
  await page.keyboard.type("Ông bắt đầu từ khi nào?");
  await page.keyboard.press("Enter"); // the answer follows, labelled "Khách mời" until named
  await page.keyboard.type("Từ năm 2010.");
  await page.keyboard.press("Enter"); // and a question again
  await page.keyboard.press("Enter"); // an empty turn + Enter leaves the interview
  await page.keyboard.type("Kết.");

  const blocks = async () =>
    body.locator(":scope > *").evaluateAll((nodes) =>
      nodes
        .filter((n) => !n.classList.contains("ProseMirror-widget"))
        .map((n) => {
          const turn = n.closest("[data-speaker]") ?? n.querySelector("[data-speaker]");
          const text = n.querySelector("[data-turn-text]")?.textContent ?? n.textContent ?? "";
          return turn ? `${turn.getAttribute("data-speaker")}: ${text}` : text;
        }),
    );
  // (and the empty line the body always ends with, kept after the question was inserted last)
  expect(await blocks()).toEqual(["Lời dẫn.", "reporter: Ông bắt đầu từ khi nào?", "guest: Từ năm 2010.", "Kết.", ""]);
  await expect(body.locator('[data-speaker="guest"]').getByLabel(/^Nhãn \d+$/)).toHaveValue("Khách mời");

  await page.keyboard.press("Alt+ArrowUp");
  await page.keyboard.press("Alt+ArrowUp");
  expect(await blocks()).toEqual(["Lời dẫn.", "Kết.", "reporter: Ông bắt đầu từ khi nào?", "guest: Từ năm 2010.", ""]);
  await page.keyboard.press("Alt+ArrowDown");
  await page.keyboard.type(" Hết.");
  expect(await blocks()).toEqual(["Lời dẫn.", "reporter: Ông bắt đầu từ khi nào?", "Kết. Hết.", "guest: Từ năm 2010.", ""]);
});
