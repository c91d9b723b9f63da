// The one-time code a signer types to confirm a signature (six digits the signing service
// sends), with its hint and, when the code was wrong, the error tied to it.
export function OneTimeCodeField({ label, hint, error }: { label: string; hint: string; error: string | null }) {
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor="otp" className="block font-semibold">
        {label}
      </label>
      <p id="otp-hint" className="text-sm text-muted">
        {hint}
      </p>
      {error && (
        <p id="otp-error" className="font-semibold text-red-800">
          {error}
        </p>
      )}
      <input
        id="otp"
        name="otp"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        aria-describedby={error ? "otp-hint otp-error" : "otp-hint"}
        aria-invalid={error ? true : undefined}
        className="mt-1 block min-h-11 w-40 rounded border-2 border-gray-700 px-3 font-mono text-lg"
      />
    </div>
  );
}
