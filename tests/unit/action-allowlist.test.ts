import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  actionAllowlist,
  actionIdsOfForm,
  callableActionIds,
  isCacheFunctionId,
  REFUSED_TEXT,
} from "@/newsroom/auth/action-allowlist";

// Ids as a Next 16.4 build wrote them (server-reference-manifest.json): 'use cache'
// functions start with a byte whose high bit is set (80…, c0…, e0…, f8…), actions do not (7f…).
const SIGN_IN = "7fede035acb6f85e4842406f3b419e78eec579eb3d";
const SAVE = "7f4e065985d84c6d0774224c5f4e49bf4240f0057b";
const HOME_FEED = "c0a05c2871cb9b44abfce7ced73ac18a7c5b0b48f5";
const NAVIGATION = "80af77fc8605b689074b5e33a8a095846a8cf7b1ef";
const LIST_AUTHOR = "f844071cd3634b67eaa9175e051b02895d7faadb20";
const STRAY_ACTION = "7f00aa11bb22cc33dd44ee55ff66007788990011aa"; // a 'use server' export elsewhere
const CACHE_IN_ACTIONS = "c011223344556677889900aabbccddeeff00112233"; // 'use cache' inside an actions module

const MANIFEST = {
  node: {
    [SIGN_IN]: { filename: "src/newsroom/actions/account.ts", exportedName: "signInAction" },
    [SAVE]: { filename: "src/newsroom/actions/articles.ts", exportedName: "saveArticleAction" },
    [HOME_FEED]: { filename: "src/content/article/queries.ts", exportedName: "$$RSC_SERVER_CACHE_1" },
    [NAVIGATION]: { filename: "src/content/category/queries.ts", exportedName: "$$RSC_SERVER_CACHE_0" },
    [LIST_AUTHOR]: { filename: "src/content/article/lists.ts", exportedName: "$$RSC_SERVER_CACHE_1" },
    [STRAY_ACTION]: { filename: "src/app/admin/page.tsx", exportedName: "$$RSC_SERVER_ACTION_0" },
    [CACHE_IN_ACTIONS]: { filename: "src/newsroom/actions/articles.ts", exportedName: "$$RSC_SERVER_CACHE_0" },
    "7f-not-an-id": { filename: "src/newsroom/actions/account.ts", exportedName: "x" },
  },
  edge: {},
};

describe("isCacheFunctionId", () => {
  it("reads the 'use cache' bit Next puts in the first byte of the id", () => {
    expect(isCacheFunctionId(HOME_FEED)).toBe(true);
    expect(isCacheFunctionId(NAVIGATION)).toBe(true);
    expect(isCacheFunctionId(LIST_AUTHOR)).toBe(true);
    expect(isCacheFunctionId(SIGN_IN)).toBe(false);
    expect(isCacheFunctionId(SAVE)).toBe(false);
    expect(isCacheFunctionId("c0")).toBe(false);
  });
});

describe("callableActionIds", () => {
  it("keeps only server actions exported by src/newsroom/actions/", () => {
    expect([...callableActionIds(MANIFEST)].sort()).toEqual([SAVE, SIGN_IN]);
  });

  it("is empty for a missing or malformed manifest", () => {
    expect(callableActionIds(null).size).toBe(0);
    expect(callableActionIds({}).size).toBe(0);
    expect(callableActionIds({ node: "x" }).size).toBe(0);
    expect(callableActionIds({ node: { [SIGN_IN]: { filename: 42 } } }).size).toBe(0);
  });
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("actionIdsOfForm", () => {
  it("reads $ACTION_ID_ field names and $ACTION_REF_ descriptors", () => {
    expect(actionIdsOfForm(form({ [`$ACTION_ID_${SIGN_IN}`]: "", email: "a@b.vn" }))).toEqual([SIGN_IN]);
    expect(
      actionIdsOfForm(form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${SIGN_IN}","bound":"$@1"}`, "$ACTION_1:1": "[{}]", $ACTION_KEY: "k1" })),
    ).toEqual([SIGN_IN]);
    expect(actionIdsOfForm(form({ q: "cong doan" }))).toEqual([]);
  });

  it("takes the id JSON.parse keeps (the last duplicate key), as React does", () => {
    const smuggled = `{"id":"${SIGN_IN}","bound":null,"id":"${HOME_FEED}"}`;
    expect(actionIdsOfForm(form({ $ACTION_REF_1: "", "$ACTION_1:0": smuggled }))).toEqual([HOME_FEED]);
  });

  it("gives an empty id (refused) for descriptors it cannot read literally", () => {
    expect(actionIdsOfForm(form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${SIGN_IN}","id":"$2"}`, "$ACTION_1:2": `"${HOME_FEED}"` }))).toEqual([""]);
    expect(actionIdsOfForm(form({ $ACTION_REF_1: "" }))).toEqual([""]);
    expect(actionIdsOfForm(form({ $ACTION_REF_1: "", "$ACTION_1:0": "{not json" }))).toEqual([""]);
    const twice = form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${SIGN_IN}"}` });
    twice.append("$ACTION_1:0", `{"id":"${SIGN_IN}"}`);
    expect(actionIdsOfForm(twice)).toEqual([""]);
  });
});

describe("actionAllowlist (the proxy's check)", () => {
  const refuse = actionAllowlist(() => callableActionIds(MANIFEST));
  const post = (headers: Record<string, string>, body?: BodyInit) => new Request("http://site.test/", { method: "POST", headers, body });

  async function expectRefused(response: Response | null) {
    expect(response?.status).toBe(404);
    expect(response?.headers.get("x-nextjs-action-not-found")).toBe("1");
    expect(await response?.text()).toBe(REFUSED_TEXT);
  }

  it("lets the newsroom's actions through", async () => {
    expect(await refuse(post({ "Next-Action": SIGN_IN, "Content-Type": "text/plain" }, "[]"))).toBeNull();
    expect(await refuse(post({}, form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${SAVE}","bound":"$@1"}`, "$ACTION_1:1": "[{}]" })))).toBeNull();
  });

  it("refuses every cached read and every action outside src/newsroom/actions", async () => {
    for (const id of [HOME_FEED, NAVIGATION, LIST_AUTHOR, STRAY_ACTION, CACHE_IN_ACTIONS, "x", ""]) {
      await expectRefused(await refuse(post({ "Next-Action": id, "Content-Type": "text/plain" }, '["thoi-su",null,100000]')));
    }
    await expectRefused(await refuse(post({}, form({ [`$ACTION_ID_${HOME_FEED}`]: "" }))));
    await expectRefused(await refuse(post({}, form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${NAVIGATION}","bound":"$@1"}`, "$ACTION_1:1": "[]" }))));
    // One allowed id does not carry a refused one along.
    await expectRefused(await refuse(post({}, form({ [`$ACTION_ID_${SIGN_IN}`]: "", [`$ACTION_ID_${HOME_FEED}`]: "" }))));
    await expectRefused(await refuse(post({ "Next-Action": `${SIGN_IN}, ${HOME_FEED}` }, "[]")));
  });

  it("leaves requests that name no action alone", async () => {
    expect(await refuse(new Request("http://site.test/tim-kiem?q=x"))).toBeNull();
    expect(await refuse(post({ "Content-Type": "application/x-www-form-urlencoded" }, "q=x"))).toBeNull();
    expect(await refuse(post({}, form({ file: "x", alt: "Ảnh" })))).toBeNull();
    expect(await refuse(post({ "Content-Type": "multipart/form-data; boundary=zzz" }, "not multipart"))).toBeNull();
  });

  it("refuses everything when no manifest could be read (closed, not open)", async () => {
    const closed = actionAllowlist(() => new Set());
    await expectRefused(await closed(post({ "Next-Action": SIGN_IN }, "[]")));
  });
});

describe("where server actions may be declared", () => {
  it("no module outside src/newsroom/actions/ has a 'use server' directive (the proxy would refuse its actions)", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated") walk(file);
        } else if (/\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) && /^\s*["']use server["'];?\s*$/m.test(fs.readFileSync(file, "utf8"))) {
          offenders.push(path.relative(process.cwd(), file).split(path.sep).join("/"));
        }
      }
    };
    walk(path.join(process.cwd(), "src"));
    expect(offenders.filter((file) => !file.startsWith("src/newsroom/actions/"))).toEqual([]);
    expect(offenders.length).toBeGreaterThanOrEqual(4);
  });
});
