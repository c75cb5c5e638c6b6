/** A printable form (YN Forms 1 and 2): its title, subtitle and lines, as the platform composes them. */
export interface PrintableForm {
  title: string;
  subtitle: string;
  lines: string[];
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** Prints a form on its own page (a new window holds only the form, so nothing else of the screen prints). */
export function printForm(form: PrintableForm): void {
  const page = window.open('', '_blank');
  if (!page) return;
  page.document.write(`<!doctype html><meta charset="utf-8"><title>${escape(form.title)}</title>
    <style>body{font-family:serif;margin:2cm;line-height:1.8} h1{text-align:center;font-size:22px} .sub{text-align:center;color:#555}</style>
    <h1>${escape(form.title)}</h1><p class="sub">${escape(form.subtitle)}</p>${form.lines.map((line) => `<p>${escape(line)}</p>`).join('')}`);
  page.document.close();
  page.focus();
  page.print();
}
