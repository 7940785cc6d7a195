import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "@/content/vietnamese/dates";

describe("Vietnamese dates", () => {
  it("prints weekday, date and time in Hanoi time", () => {
    // 07:05 UTC = 14:05 in Hanoi (UTC+7), Monday 23 November 2026.
    expect(formatDateTime(new Date("2026-11-23T07:05:00Z"))).toBe("Thứ Hai, 23/11/2026 14:05");
    expect(formatDateTime(new Date("2026-11-22T18:30:00Z"))).toBe("Thứ Hai, 23/11/2026 01:30");
    expect(formatDateTime(new Date("2026-11-29T02:00:00Z"))).toBe("Chủ Nhật, 29/11/2026 09:00");
    expect(formatDate(new Date("2026-01-05T20:00:00Z"))).toBe("06/01/2026");
  });
});
