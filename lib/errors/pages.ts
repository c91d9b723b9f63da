// For pages: a domain *not found* becomes Next's 404 page; anything else propagates.
import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./index";

export async function orNotFound<T>(result: Promise<T>): Promise<T> {
  try {
    return await result;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
