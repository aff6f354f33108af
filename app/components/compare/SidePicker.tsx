"use client";

import { useState } from "react";
import type { Catalogue } from "./catalogue";

/**
 * Three linked comboboxes (native selects: keyboard-usable and screen-reader friendly) that
 * pick a document, one of its editions and one of its provisions. Without JavaScript the
 * lists show the current document's editions and provisions; submitting reloads them.
 */
export function SidePicker({
  name,
  legend,
  catalogue,
  value,
}: {
  name: "l" | "r";
  legend: string;
  catalogue: Catalogue;
  value: { document: string; edition: string | null; provision: string | null };
}) {
  const [documentId, setDocumentId] = useState(value.document);
  const [editionId, setEditionId] = useState(value.edition ?? "");
  const [provisionId, setProvisionId] = useState(value.provision ?? "");
  const document = catalogue.documents.find((d) => d.id === documentId) ?? catalogue.documents[0];
  const edition = document?.editions.find((e) => e.id === editionId) ?? document?.editions[0];
  const provisions = edition?.provisions ?? [];

  return (
    <fieldset className="side-picker">
      <legend>{legend}</legend>
      <label>
        <span>Document</span>
        <select
          name={`${name}d`}
          value={document?.id ?? ""}
          onChange={(e) => {
            setDocumentId(e.target.value);
            setEditionId("");
            setProvisionId("");
          }}
        >
          {catalogue.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.shortTitle}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Edition</span>
        <select name={`${name}e`} value={editionId} onChange={(e) => setEditionId(e.target.value)}>
          <option value="">Preferred ({document?.editions[0]?.title ?? "none"})</option>
          {document?.editions.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title} — {e.completeness === "full" ? "full text" : "excerpt"}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Provision</span>
        <select name={`${name}p`} value={provisions.some((p) => p.id === provisionId) ? provisionId : ""} onChange={(e) => setProvisionId(e.target.value)}>
          <option value="">The whole text</option>
          {provisions.map((p) => (
            <option key={p.id} value={p.id}>
              {"\u00a0\u00a0".repeat(p.depth)}
              {p.label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
