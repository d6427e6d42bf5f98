"use client";

import dynamic from "next/dynamic";

/**
 * The source's edit form (react-hook-form and the form, about 17 kB gzipped), loaded only where it
 * is drawn: the page wraps it in an EditorGate, so readers never download it and editors get it
 * right after the page. Rendered on the server as before.
 */
export const SourceEditPanel = dynamic(() => import("./source-edit-panel").then((module) => module.SourceEditPanel));
