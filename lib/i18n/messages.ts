// The interface's words: one catalogue of namespaces (lib/i18n/messages/<namespace>.ts),
// each holding its Vietnamese and, beside it, its English with exactly the same keys.
// Server code reads the whole catalogue; a client component imports only its namespace,
// so a browser never downloads the words of pages it does not show.
import { siteMessages } from "./messages/site";
import { homeMessages } from "./messages/home";
import { catalogueMessages } from "./messages/catalogue";
import { procedureMessages } from "./messages/procedure";
import { enumsMessages } from "./messages/enums";
import { timeLimitMessages } from "./messages/timeLimit";
import { notFoundMessages } from "./messages/notFound";
import { errorMessages } from "./messages/error";
import { accessibilityMessages } from "./messages/accessibility";
import { authMessages } from "./messages/auth";
import { staffMessages } from "./messages/staff";
import { filingMessages } from "./messages/filing";
import { dossierMessages } from "./messages/dossier";
import { accountMessages } from "./messages/account";
import { adminMessages } from "./messages/admin";
import { lookupMessages } from "./messages/lookup";
import { statisticsMessages } from "./messages/statistics";
import type { Locale } from "./locales";

const vi = {
  site: siteMessages.vi,
  home: homeMessages.vi,
  catalogue: catalogueMessages.vi,
  procedure: procedureMessages.vi,
  enums: enumsMessages.vi,
  timeLimit: timeLimitMessages.vi,
  notFound: notFoundMessages.vi,
  error: errorMessages.vi,
  accessibility: accessibilityMessages.vi,
  auth: authMessages.vi,
  staff: staffMessages.vi,
  filing: filingMessages.vi,
  dossier: dossierMessages.vi,
  account: accountMessages.vi,
  admin: adminMessages.vi,
  lookup: lookupMessages.vi,
  statistics: statisticsMessages.vi,
};

const en: typeof vi = {
  site: siteMessages.en,
  home: homeMessages.en,
  catalogue: catalogueMessages.en,
  procedure: procedureMessages.en,
  enums: enumsMessages.en,
  timeLimit: timeLimitMessages.en,
  notFound: notFoundMessages.en,
  error: errorMessages.en,
  accessibility: accessibilityMessages.en,
  auth: authMessages.en,
  staff: staffMessages.en,
  filing: filingMessages.en,
  dossier: dossierMessages.en,
  account: accountMessages.en,
  admin: adminMessages.en,
  lookup: lookupMessages.en,
  statistics: statisticsMessages.en,
};

export type Messages = typeof vi;

/** The whole catalogue in one language. */
export function getMessages(locale: Locale): Messages {
  return locale === "en" ? en : vi;
}

/** Both languages, for the parity test. */
export const catalogue = { vi, en };

export { format } from "./template";
