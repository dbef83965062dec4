// Everything from the target (bodies, headers, messages) is hostile until escaped: `<script>` stays text.
// Characters HTML cannot carry (NUL and other C0 controls but tab and newlines) become U+FFFD.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

export const withoutControls = (text: string): string => text.replace(CONTROL, '\uFFFD');

export const escapeHtml = (text: string): string =>
  withoutControls(text)
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
