/** `/v2/Services/{ServiceSid}/…` with each `{Name}` replaced by its percent-encoded value. */
export const fillPath = (template: string, values: Record<string, string>): string =>
  template.replace(/\{([^}]+)\}/gu, (whole, name: string) =>
    values[name] === undefined ? whole : encodeURIComponent(values[name]),
  );
