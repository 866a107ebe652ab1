// Binds the autosave of one agency form to React: one Autosave per page, fed with the form as
// it is read, re-rendering on each of its changes, retried when the browser is back online.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { AgencyForm } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";
import { Autosave } from "./autosave.js";
import { cycleKeys } from "./cycles.api.js";
import { formKey, saveValues } from "./form.api.js";
import { draftStorageKey } from "./form-drafts.js";

export function useAutosave(form: AgencyForm): Autosave {
  const t = useT();
  const queryClient = useQueryClient();
  const cycleId = form.cycle.id;
  const agencyId = form.agency.id;
  // The messages follow a language switch made while the page is open.
  const words = useRef(t);
  words.current = t;
  const [autosave] = useState(
    () =>
      new Autosave({
        storageKey: draftStorageKey(cycleId, agencyId),
        send: (values) => saveValues(cycleId, agencyId, values),
        afterSave: () => {
          void queryClient.invalidateQueries({ queryKey: formKey(cycleId, agencyId) });
          void queryClient.invalidateQueries({ queryKey: cycleKeys.dashboard(cycleId) });
        },
        afterConflict: () => void queryClient.invalidateQueries({ queryKey: formKey(cycleId, agencyId) }),
        words: {
          notNumber: (text) => words.current("validation.notNumber", { text }),
          badCell: (row, text) => words.current("form.badCell", { row, text }),
        },
      }),
  );
  useSyncExternalStore(autosave.subscribe, autosave.getSnapshot);

  autosave.setElements(form.elements);
  // Only the first form read decides what is restored (restore runs once).
  useEffect(() => autosave.restore(form.elements), [autosave, form.elements]);

  useEffect(() => {
    const online = () => autosave.retryNow();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      autosave.dispose();
    };
  }, [autosave]);

  return autosave;
}
