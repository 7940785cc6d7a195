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

  it("names every day of the week", () => {
    const week = ["23", "24", "25", "26", "27", "28", "29"].map((d) => formatDateTime(new Date(`2026-11-${d}T03:00:00Z`)));
    expect(week).toEqual([
      "Thứ Hai, 23/11/2026 10:00",
      "Thứ Ba, 24/11/2026 10:00",
      "Thứ Tư, 25/11/2026 10:00",
      "Thứ Năm, 26/11/2026 10:00",
      "Thứ Sáu, 27/11/2026 10:00",
      "Thứ Bảy, 28/11/2026 10:00",
      "Chủ Nhật, 29/11/2026 10:00",
    ]);
  });

  it("midnight in Hanoi is 00:00 of the new day (never 24:00), across a year end", () => {
    expect(formatDateTime(new Date("2026-12-31T17:00:00Z"))).toBe("Thứ Sáu, 01/01/2027 00:00");
    expect(formatDate(new Date("2026-12-31T16:59:00Z"))).toBe("31/12/2026");
  });
});
