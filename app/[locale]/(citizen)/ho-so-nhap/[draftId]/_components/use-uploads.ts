"use client";

// A file chosen on the draft page is uploaded at once, with a progress bar, and becomes the
// field's answer (a document of the applicant's data store). Without JavaScript the file
// travels with the form instead, and the server uploads it.
import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { FieldErrors } from "@/lib/forms/messages";

/** An upload that got no answer from the data store (connection lost, a proxy's error page). */
const UPLOAD_FAILED = {
  vi: "Chưa tải lên được tệp. Vui lòng kiểm tra kết nối rồi chọn lại tệp.",
  en: "The file could not be uploaded. Check your connection, then choose the file again.",
};

export type Upload = { field: string; name: string; progress: number; documentId?: string };

type Options = {
  /** Runs now, or once a press in progress is over (usePressGuard). */
  afterPress: (task: () => void) => void;
  /** A file is in: the field's answer changed (called while the page renders it). */
  onUploaded: (field: string) => void;
  /** A file is in and Continue is not waiting: the draft is saved with it at once. */
  onStored: () => void;
  /** Every upload is in after Continue was chosen during one: send the form. */
  onAllInAfterContinue: () => void;
  /** A file was refused after Continue was chosen during its upload: said as a refused post would be. */
  onRefusedAfterContinue: (field: string, error: FieldErrors[string]) => void;
};

export function useUploads({
  afterPress,
  onUploaded,
  onStored,
  onAllInAfterContinue,
  onRefusedAfterContinue,
}: Options) {
  const [uploads, setUploads] = useState<Record<string, Upload>>({});
  /** Files the store refused (type, size): shown until another file is chosen. */
  const [uploadErrors, setUploadErrors] = useState<FieldErrors>({});
  // Uploads running and files refused, for the submit handler: refs, which the upload's
  // callbacks change at once, not state, which changes only at the next render.
  const inFlight = useRef(new Set<string>());
  const refused = useRef<FieldErrors>({});
  /** Continue was chosen while a file was still uploading: post once it is in. */
  const continueAfterUpload = useRef(false);

  /** Files refused, for the submit handler (the ref) and for the page (the state). */
  const setRefused = (next: FieldErrors) => {
    refused.current = next;
    setUploadErrors(next);
  };

  /** Uploads a chosen file at once, showing progress; the answer becomes the new document. */
  const upload = (field: string, input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const body = new FormData();
    body.set("file", file);
    const request = new XMLHttpRequest();
    inFlight.current.add(field);
    setUploads((u) => ({ ...u, [field]: { field, name: file.name, progress: 0 } }));
    request.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      setUploads((u) => ({ ...u, [field]: { ...u[field]!, progress: Math.round((e.loaded / e.total) * 100) } }));
    };
    const refuse = (error: FieldErrors[string]) => {
      inFlight.current.delete(field);
      setRefused({ ...refused.current, [field]: error });
      if (continueAfterUpload.current) {
        continueAfterUpload.current = false;
        onRefusedAfterContinue(field, error);
      }
      setUploads((u) => Object.fromEntries(Object.entries(u).filter(([k]) => k !== field)));
    };
    // The end of an upload changes the page (the new document in the data store list, the
    // message about an earlier file gone): shown after a press, which it would otherwise
    // move away from under the pointer. A press on Continue then waits for the upload.
    request.onload = () =>
      afterPress(() => {
        let result: { id?: string; error?: FieldErrors[string] } = {};
        try {
          result = JSON.parse(request.responseText || "{}");
        } catch {
          // Not an answer from the store (a proxy's error page): said as a failed upload below.
        }
        if (request.status !== 201 || !result.id) {
          // The file stays chosen: posting the form uploads it the plain way and shows the same message.
          refuse(result.error ?? UPLOAD_FAILED);
          return;
        }
        const documentId = result.id;
        input.value = "";
        inFlight.current.delete(field);
        // Rendered at once, so that the page (the answer's hidden input, the handlers) shows
        // the document before anything else happens, whether a click or the post below.
        flushSync(() => {
          setRefused(Object.fromEntries(Object.entries(refused.current).filter(([k]) => k !== field)));
          setUploads((u) => ({ ...u, [field]: { ...u[field]!, progress: 100, documentId } }));
          onUploaded(field);
        });
        if (continueAfterUpload.current && inFlight.current.size === 0) {
          continueAfterUpload.current = false;
          onAllInAfterContinue();
        } else {
          // Saved at once, so that a reload or another device finds the file chosen.
          onStored();
        }
      });
    request.onerror = () => afterPress(() => refuse(UPLOAD_FAILED));
    request.open("POST", "/api/documents");
    request.send(body);
  };

  return {
    uploads,
    uploadErrors,
    upload,
    /** Files refused now (the ref, current inside event handlers). */
    refusedNow: () => refused.current,
    /** True when an upload is still running; Continue then waits for it. */
    waitForUploads: () => {
      if (inFlight.current.size === 0) return false;
      continueAfterUpload.current = true;
      return true;
    },
  };
}
