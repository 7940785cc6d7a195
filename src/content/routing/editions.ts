/**
 * Desktop site and mobile edition ("Phiên bản di động"): which one a request gets.
 * Phones asking for a desktop page go to /m unless they chose the full site.
 */
export const EDITION_COOKIE = "edition";
export const MOBILE_PREFIX = "/m";

/** Phones, and the tablets that match them but get the full site (also used by the nginx config). */
export const PHONE_UA = /Android.+Mobile|iPhone|iPod|Windows Phone|Opera Mini|IEMobile|Mobile Safari|BlackBerry|webOS/i;
export const TABLET_UA = /iPad|Tablet/i;

export function isPhone(userAgent: string | null | undefined): boolean {
  return !!userAgent && PHONE_UA.test(userAgent) && !TABLET_UA.test(userAgent);
}

/** Desktop paths that have a mobile mirror, and their mobile URL. */
export function mobilePathFor(pathname: string): string | null {
  if (pathname === "/") return MOBILE_PREFIX;
  if (/^\/(bai-viet|chuyen-muc)\/[^/]+$/.test(pathname) || pathname === "/tim-kiem") return MOBILE_PREFIX + pathname;
  return null;
}

export function desktopPathFor(mobilePathname: string): string {
  const rest = mobilePathname.slice(MOBILE_PREFIX.length);
  return rest === "" ? "/" : rest;
}

export function shouldRedirectToMobile(pathname: string, userAgent: string | null, editionCookie: string | undefined): boolean {
  return isPhone(userAgent) && editionCookie !== "full" && mobilePathFor(pathname) !== null;
}
