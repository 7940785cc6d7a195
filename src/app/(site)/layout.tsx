
/**
 * Reader pages are rendered whole at request time from 'use cache' data, with no
 * <Suspense> holes: the HTML arrives complete and in document order, so it reads
 * without JavaScript, metadata sits in <head>, and notFound() answers a real 404.
 * `instant = false` lets these pages read request-time data outside <Suspense>, and
 * `htmlLimitedBots` in next.config.ts makes Next finish the render before sending it.
 */
export const instant = false;

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return children;
}
