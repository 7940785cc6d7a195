import { describe, expect, it } from "vitest";
import { createSaveQueue } from "@/components/admin/article-editor/save-queue";

/** A fake server whose answers the test releases one by one. */
function slowServer(editorText: { value: string }) {
  const received: { text: string; manual: boolean }[] = [];
  const pending: (() => void)[] = [];
  const send = (manual: boolean) => {
    received.push({ text: editorText.value, manual });
    return new Promise<void>((resolve) => pending.push(resolve));
  };
  const answerNext = async () => {
    pending.shift()!();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { received, send, answerNext, get waitingAnswers() { return pending.length; } };
}

describe("editor save queue", () => {
  it("a manual save during an autosave is not dropped: it runs after it, with the text typed meanwhile", async () => {
    const text = { value: "Đoạn một." };
    const server = slowServer(text);
    const queue = createSaveQueue(server.send);
    void queue.request(false); // autosave starts with "Đoạn một."
    text.value = "Đoạn một. Đoạn hai gõ trong lúc đang tự động lưu.";
    const manual = queue.request(true); // "Lưu bài" clicked while the autosave is in flight
    expect(server.received).toEqual([{ text: "Đoạn một.", manual: false }]);
    expect(queue.busy).toBe(true);
    await server.answerNext();
    expect(server.received).toEqual([
      { text: "Đoạn một.", manual: false },
      { text: "Đoạn một. Đoạn hai gõ trong lúc đang tự động lưu.", manual: true },
    ]);
    let manualDone = false;
    void manual.then(() => (manualDone = true));
    await Promise.resolve();
    expect(manualDone).toBe(false);
    await server.answerNext();
    expect(manualDone).toBe(true);
    expect(queue.busy).toBe(false);
  });

  it("many asks during one flight make exactly one more save, with the latest text, manual if any was", async () => {
    const text = { value: "a" };
    const server = slowServer(text);
    const queue = createSaveQueue(server.send);
    void queue.request(false);
    text.value = "ab";
    void queue.request(false);
    text.value = "abc";
    void queue.request(true);
    text.value = "abcd";
    const last = queue.request(false);
    await server.answerNext();
    await server.answerNext();
    await last;
    expect(server.received).toEqual([
      { text: "a", manual: false },
      { text: "abcd", manual: true },
    ]);
  });

  it("a failed save does not stop the next one, and idle() waits for everything", async () => {
    let calls = 0;
    const queue = createSaveQueue(async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      if (calls === 1) throw new Error("mất mạng");
    });
    void queue.request(false);
    void queue.request(true);
    await queue.idle();
    expect(calls).toBe(2);
    expect(queue.busy).toBe(false);
  });

  it("clear() forgets a waiting save but lets the one in flight finish", async () => {
    const text = { value: "bản cũ" };
    const server = slowServer(text);
    const queue = createSaveQueue(server.send);
    void queue.request(false);
    const waiting = queue.request(false);
    queue.clear();
    await waiting; // resolved, not left hanging
    await server.answerNext();
    expect(server.received).toHaveLength(1);
    expect(server.waitingAnswers).toBe(0);
    expect(queue.busy).toBe(false);
  });
});
