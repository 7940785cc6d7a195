/** Reader URLs, defined once. */
export const articlePath = (slug: string) => `/bai-viet/${slug}`;
export const categoryPath = (slug: string) => `/chuyen-muc/${slug}`;
export const tagPath = (slug: string) => `/chu-de/${slug}`;
export const authorPath = (slug: string) => `/tac-gia/${slug}`;
