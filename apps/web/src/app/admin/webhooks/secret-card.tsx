"use client";

import { SecretCard as Secret } from "@/components/admin/secret-card";

/** An endpoint's signing secret, with a copy button: after registering, or when an admin asks for it. */
export function SecretCard({
  title,
  url,
  secret,
  onDone,
}: {
  title: string;
  url: string;
  secret: string;
  onDone: () => void;
}) {
  return (
    <Secret
      idBase="webhook-secret"
      title={title}
      description={
        <>
          Signing secret of <span className="break-all">{url}</span>. Verify each delivery with it (the{" "}
          <code className="text-xs">webhook-signature</code> header; see docs/webhooks.md). Admins can show it again
          from the list.
        </>
      }
      label="Signing secret"
      secret={secret}
      noun="secret"
      testId="webhook-secret"
      onDone={onDone}
    />
  );
}
