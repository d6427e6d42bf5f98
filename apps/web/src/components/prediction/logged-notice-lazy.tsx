"use client";

import dynamic from "next/dynamic";

/**
 * The notice after logging a prediction, in a chunk of its own: the server draws it only on the
 * page an editor is sent to after logging, so every other visit to a prediction's page does not
 * download it. Rendered on the server as before.
 */
export const LoggedNotice = dynamic(() => import("./logged-notice").then((module) => module.LoggedNotice));
