import { describe, expect, it } from "vitest";
import {
  allowedActions,
  FINAL_STATUSES,
  nextStatus,
  type DossierAction,
  type DossierStatusCode,
} from "@/lib/dossiers/status";

const ACTIONS: DossierAction[] = [
  "receive",
  "refuse",
  "request-supplement",
  "supplement-answered",
  "request-payment",
  "paid",
  "start-processing",
  "decide",
  "stop",
  "withdraw",
  "return-result",
];
const STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as DossierStatusCode[];

/** Every allowed move, written out: "from action received → to". Anything not listed is forbidden. */
const ALLOWED: Record<string, DossierStatusCode> = {
  "1 receive no": 2,
  "1 refuse no": 3,
  "1 request-supplement no": 5,
  "1 withdraw no": 7,
  "2 request-supplement yes": 5,
  "2 request-payment yes": 6,
  "2 start-processing yes": 4,
  "2 stop yes": 8,
  "2 withdraw yes": 7,
  "4 request-supplement yes": 5,
  "4 request-payment yes": 6,
  "4 decide yes": 9,
  "4 stop yes": 8,
  "4 withdraw yes": 7,
  "5 supplement-answered no": 1,
  "5 supplement-answered yes": 4,
  "5 withdraw no": 7,
  "5 withdraw yes": 7,
  "5 stop yes": 8,
  "6 paid no": 1,
  "6 paid yes": 4,
  "6 withdraw no": 7,
  "6 withdraw yes": 7,
  "6 stop yes": 8,
  "9 return-result yes": 10,
};

describe("dossier status machine", () => {
  it("allows exactly the listed moves and forbids every other", () => {
    const actual: Record<string, DossierStatusCode> = {};
    for (const from of STATUSES) {
      for (const action of ACTIONS) {
        for (const received of [false, true]) {
          // A dossier in 2, 4 or 9 has been received; one in 1 has not.
          if ((from === 1 && received) || ([2, 4, 9, 8, 10].includes(from) && !received)) continue;
          const to = nextStatus(from, action, received);
          if (to !== null) actual[`${from} ${action} ${received ? "yes" : "no"}`] = to;
        }
      }
    }
    expect(actual).toEqual(ALLOWED);
  });

  it("lets nothing leave a final status", () => {
    for (const status of FINAL_STATUSES) {
      expect(allowedActions(status, true)).toEqual([]);
      expect(allowedActions(status, false)).toEqual([]);
    }
  });

  it("offers the reception desk its three outcomes, and a withdrawal to the citizen", () => {
    expect(allowedActions(1, false)).toEqual(["receive", "refuse", "request-supplement", "withdraw"]);
  });
});
