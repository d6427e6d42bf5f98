"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useState } from "react";

/**
 * A detail page's copy of one record. A write answers with the record as it now is: `store` puts it
 * in the cache (the page shows the new version at once) and marks stale every query under `affects`
 * (the lists and counts the write may have changed). `reload` fetches the current version after a
 * conflict, with `reloading` true meanwhile.
 */
export function useDetailCache<Detail>(queryKey: QueryKey, affects: () => readonly QueryKey[]) {
  const queryClient = useQueryClient();
  const [reloading, setReloading] = useState(false);

  const store = async (detail: Detail) => {
    queryClient.setQueryData(queryKey, detail);
    await Promise.all(affects().map((key) => queryClient.invalidateQueries({ queryKey: key })));
  };

  const reload = async () => {
    setReloading(true);
    try {
      await queryClient.refetchQueries({ queryKey });
    } finally {
      setReloading(false);
    }
  };

  return { store, reload, reloading };
}
