"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { notify } from "@/lib/notify";

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
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
      notify.success("Secret copied");
    } catch {
      field.current?.select();
      notify.error("Could not copy: the secret is selected, press Ctrl+C (or ⌘C)");
    }
  };

  return (
    <Card role="region" aria-labelledby="webhook-secret-title">
      <CardHeader>
        <CardTitle id="webhook-secret-title">{title}</CardTitle>
        <CardDescription>
          Signing secret of <span className="break-all">{url}</span>. Verify each delivery with it (the{" "}
          <code className="text-xs">webhook-signature</code> header; see docs/webhooks.md). Admins can show it again
          from the list.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <label htmlFor="webhook-secret-value" className="sr-only">
          Signing secret
        </label>
        <Input
          ref={field}
          id="webhook-secret-value"
          readOnly
          value={secret}
          className="font-mono text-xs"
          onFocus={(event) => event.currentTarget.select()}
          data-testid="webhook-secret"
        />
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => void copy()}>
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            {copied ? "Copied" : "Copy secret"}
          </Button>
          <Button variant="outline" onClick={onDone}>
            Done
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
