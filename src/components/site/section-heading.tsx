/** Red underlined heading of a block or rail, as the paper prints them. */
export function SectionHeading({ id, children, as: Tag = "h2" }: { id?: string; children: React.ReactNode; as?: "h1" | "h2" }) {
  return (
    <Tag id={id} className="mb-4 border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand">
      {children}
    </Tag>
  );
}
