// A dialog's sending: busy while the command runs, closed when it succeeded, its failure kept to
// show inside the dialog (nothing typed is lost).
import { useState } from "react";

export function useDialogSubmit<T>(onSubmit: (value: T) => Promise<unknown>, onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (value: T) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(value);
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
