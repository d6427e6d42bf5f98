"use client";

import dynamic from "next/dynamic";
import { FormCardPlaceholder } from "@/components/ui/form-placeholder";

/**
 * The create-key form (react-hook-form with it), fetched right after the page is interactive rather than with it,
 * so that it stays out of the page's first load (docs/benchmarks.md, "First-load JavaScript per
 * route"). Until it arrives a placeholder says that the form is loading: there is nothing yet to
 * type into, so no keystroke is lost.
 */
export const CreateApiKeyForm = dynamic(
  () => import("./create-api-key-form").then((module) => module.CreateApiKeyForm),
  {
    ssr: false,
    loading: () => <FormCardPlaceholder title="Create a key" fields={3} />,
  },
);
