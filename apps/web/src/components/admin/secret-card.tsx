"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { notify } from "@/lib/notify";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";

/**
 * A secret shown to an admin (a new API key, a webhook's signing secret): focused and selected at
 * once, with a copy button that falls back to the selection when the clipboard is refused, and Done.
 */
export function SecretCard({
  idBase,
  title,
  description,
  warning,
  label,
  secret,
  noun,
  testId,
  onDone,
}: {
  /** `new-key`: the title is `new-key-title`, the field `new-key-value`. */
  idBase: string;
  title: ReactNode;
  description: ReactNode;
  /** Said above the field, when holding the secret is a risk worth naming. */
  warning?: ReactNode;
  /** The field's name for screen readers. */
  label: string;
  secret: string;
  /** "key" or "secret": the buttons and messages say it. */
  noun: string;
  testId: string;
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
      notify.success(`${noun[0]!.toUpperCase()}${noun.slice(1)} copied`);
    } catch {
      field.current?.select();
      notify.error(`Could not copy: the ${noun} is selected, press Ctrl+C (or ⌘C)`);
    }
  };

  return (
    <Card role="region" aria-labelledby={`${idBase}-title`}>
      <CardHeader>
        <CardTitle id={`${idBase}-title`}>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {warning}
        <label htmlFor={`${idBase}-value`} className="sr-only">
          {label}
        </label>
        <Input
          ref={field}
          id={`${idBase}-value`}
          readOnly
          value={secret}
          className="font-mono text-xs"
          onFocus={(event) => event.currentTarget.select()}
          data-testid={testId}
        />
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => void copy()}>
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            {copied ? "Copied" : `Copy ${noun}`}
          </Button>
          <Button variant="outline" onClick={onDone}>
            Done
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
