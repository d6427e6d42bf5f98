"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { Pencil } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EditForm } from "./edit-form";

/** The edit form, folded away until asked for: most visitors read, few edit. */
export function EditPanel({ prediction }: { prediction: PredictionDetail }) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => toggleRef.current?.focus());
  };

  return (
    <section aria-labelledby="edit-title">
      <Card>
        <CardHeader className="flex-row items-start justify-between gap-4">
          <div className="flex flex-col gap-1.5">
            <CardTitle id="edit-title">Edit the record</CardTitle>
            <CardDescription>
              Correct the claim, criteria, deadline, quote, hedge, condition or tags. Every change is kept in the change
              history.
            </CardDescription>
          </div>
          {open ? null : (
            <Button
              ref={toggleRef}
              variant="outline"
              size="sm"
              aria-expanded={false}
              aria-controls="edit-form"
              onClick={() => setOpen(true)}
            >
              <Pencil aria-hidden /> Edit
            </Button>
          )}
        </CardHeader>
        {open ? (
          <CardContent>
            <EditForm prediction={prediction} onDone={close} />
          </CardContent>
        ) : (
          <div className="pb-6" />
        )}
      </Card>
    </section>
  );
}
