/**
 * Dates as a Vietnamese newspaper prints them, always in Hanoi time:
 * "Thứ Hai, 23/11/2026 14:05".
 */
const TIME_ZONE = "Asia/Ho_Chi_Minh";
const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

function parts(date: Date) {
  const formatter = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    weekday: "short",
  });
  const map = Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
  const weekdayIndex = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(map.weekday);
  return { ...map, weekdayIndex } as Record<string, string> & { weekdayIndex: number };
}

/** "Thứ Hai, 23/11/2026 14:05" */
export function formatDateTime(date: Date): string {
  const p = parts(date);
  return `${WEEKDAYS[p.weekdayIndex]}, ${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "23/11/2026" */
export function formatDate(date: Date): string {
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "14:05" (Hanoi time), e.g. the editor's "Đã lưu lúc 14:05". */
export function formatTime(date: Date): string {
  const p = parts(date);
  return `${p.hour}:${p.minute}`;
}
