import { notFound } from "next/navigation";

/** Any path no route claims: the localised 404 page. */
export default function UnknownPage() {
  notFound();
}
