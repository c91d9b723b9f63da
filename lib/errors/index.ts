// Errors whose messages are safe to show, in Vietnamese and English. Anything else is
// logged with a correlation id and shown as a generic message.
export class DomainError extends Error {
  constructor(
    readonly code: "not_found" | "forbidden" | "conflict" | "validation",
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = new.target.name;
  }
}

/** Also what an actor gets for rows they may not see: existence is not disclosed. */
export class NotFoundError extends DomainError {
  constructor(what = "record") {
    super("not_found", "Không tìm thấy.", `The ${what} was not found.`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(messageVi = "Bạn không có quyền thực hiện thao tác này.", messageEn = "You may not do this.") {
    super("forbidden", messageVi, messageEn);
  }
}

export class ConflictError extends DomainError {
  constructor(messageVi: string, messageEn: string) {
    super("conflict", messageVi, messageEn);
  }
}

export class ValidationError extends DomainError {
  constructor(
    readonly fieldErrors: Record<string, { vi: string; en: string }>,
    messageVi = "Thông tin chưa hợp lệ.",
    messageEn = "Some information is not valid.",
  ) {
    super("validation", messageVi, messageEn);
  }
}

/** Whole minutes to wait before trying again (at least one, at most an hour). */
export const minutesToWait = (retryAfterSeconds: number) =>
  Math.max(1, Math.ceil(Math.min(retryAfterSeconds, 3600) / 60));

/**
 * Too many attempts of one kind by one person: said next to the field like any refused
 * answer (it is a ValidationError), with when to try again; HTTP answers add 429 and
 * Retry-After.
 */
export class RateLimitedError extends ValidationError {
  constructor(
    field: string,
    readonly retryAfterSeconds: number,
    what: { vi: string; en: string },
  ) {
    const minutes = minutesToWait(retryAfterSeconds);
    const vi = `Bạn đã ${what.vi} nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${minutes} phút.`;
    const en =
      `You have ${what.en} many times in a short while. Please try again in ${minutes} ` +
      `minute${minutes === 1 ? "" : "s"}.`;
    super({ [field]: { vi, en } }, vi, en);
  }
}

/**
 * The document store failed (disk full, object store unreachable): said next to the file
 * field like a refused answer, with nothing kept; HTTP answers add 503.
 */
export class StorageUnavailableError extends ValidationError {
  constructor(field: string) {
    const vi =
      "Chưa lưu được tệp do kho lưu trữ đang gặp sự cố. Thông tin bạn đã nhập vẫn được giữ; vui lòng tải lại " +
      "tệp sau ít phút.";
    const en =
      "The file could not be stored: the document store is having a problem. What you entered is kept; please " +
      "upload the file again in a few minutes.";
    super({ [field]: { vi, en } }, vi, en);
  }
}
