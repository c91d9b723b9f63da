-- CreateTable
CREATE TABLE "StatisticsMonth" (
    "month" DATE NOT NULL,
    "agencyId" UUID NOT NULL,
    "procedureId" UUID NOT NULL,
    "submitted" INTEGER NOT NULL,
    "submittedOnline" INTEGER NOT NULL,
    "withFee" INTEGER NOT NULL,
    "paidOnline" INTEGER NOT NULL,
    "identityVerified" INTEGER NOT NULL,
    "reusedValues" INTEGER NOT NULL,
    "totalValues" INTEGER NOT NULL,
    "finished" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "timed" INTEGER NOT NULL,
    "processingMinutes" BIGINT NOT NULL,
    "complaintOrNegative" INTEGER NOT NULL,
    "digitised" INTEGER NOT NULL,

    CONSTRAINT "StatisticsMonth_pkey" PRIMARY KEY ("agencyId","month","procedureId")
);

-- CreateIndex
CREATE INDEX "StatisticsMonth_month_idx" ON "StatisticsMonth"("month");

-- The months of the day buckets already kept.
INSERT INTO "StatisticsMonth" ("agencyId", "month", "procedureId", "submitted", "submittedOnline", "withFee", "paidOnline", "identityVerified", "reusedValues", "totalValues",
                               "finished", "onTime", "timed", "processingMinutes", "complaintOrNegative", "digitised")
SELECT "agencyId", date_trunc('month', "day")::date, "procedureId", sum("submitted"), sum("submittedOnline"), sum("withFee"), sum("paidOnline"), sum("identityVerified"),
       sum("reusedValues"), sum("totalValues"), sum("finished"), sum("onTime"), sum("timed"), sum("processingMinutes"), sum("complaintOrNegative"), sum("digitised")
FROM "StatisticsDay" GROUP BY 1, 2, 3;
