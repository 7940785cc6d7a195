import { connection } from "next/server";
import { mobileNotFound } from "@/components/mobile/mobile-not-found";

/** Target of the proxy's 404/410 answers for mobile URLs. */
export async function GET() {
  await connection();
  return mobileNotFound(404);
}
