import { CIVIL_PROCEDURES } from "./procedures-civil";
import { OTHER_PROCEDURES } from "./procedures-other";
import { RESIDENCE_AND_BUSINESS_PROCEDURES } from "./procedures-residence-business";

/**
 * The demo catalogue. Procedure codes follow the national catalogue format
 * (`<number>.000.00.00.H29`); reconcile them with the national catalogue on import.
 */
export const PROCEDURES = [...CIVIL_PROCEDURES, ...RESIDENCE_AND_BUSINESS_PROCEDURES, ...OTHER_PROCEDURES];
