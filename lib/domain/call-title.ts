// The one rule for naming a call, wherever a call is named (the calls list,
// the call page and its <title>, coaching reviews, search results): the
// company, else the contact, else "Call with …" whoever else is known.
// Never an email address, and never a lowercase slug ("acme-corp" reads
// "Acme Corp").

/** Who was on the other end, as the vendor sent it. */
export interface CallParties {
  company?: string | null;
  contact?: string | null;
  email?: string | null;
  phone?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

const capitalize = (word: string) => (word ? word[0].toUpperCase() + word.slice(1) : word);

/**
 * A name fit to show: trimmed, never an email address or a URL; one typed
 * all in lowercase (a slug such as "acme-corp" or "acme_corp") is spelled
 * out word by word. Null when nothing is left.
 */
export function displayName(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  if (!text || !/[\p{L}\p{N}]/u.test(text) || EMAIL.test(text) || URL_LIKE.test(text)) return null;
  if (!/[a-z]/.test(text) || text !== text.toLowerCase()) return text;
  const words = text.split(/[\s_-]+/).filter(Boolean);
  return words.length ? words.map(capitalize).join(" ") : null;
}

/** "steve.rivera@acme.com" → "Steve Rivera": only from an address that reads as first and last name. */
export function nameFromEmail(email: string | null | undefined): string | null {
  const text = email?.trim();
  if (!text || !EMAIL.test(text)) return null;
  const parts = text.slice(0, text.indexOf("@")).split(/[._-]+/);
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^[a-z]{2,}$/i.test(p))) return null;
  return parts.map((p) => capitalize(p.toLowerCase())).join(" ");
}

function domainOf(email: string | null | undefined): string | null {
  const text = email?.trim();
  return text && EMAIL.test(text) ? text.slice(text.indexOf("@") + 1).toLowerCase() : null;
}

/** Who "Call with …" names when neither company nor contact is known. */
function someone(parties: CallParties): string {
  return nameFromEmail(parties.email) ?? (domainOf(parties.email) ? `someone at ${domainOf(parties.email)}` : null) ?? (parties.phone?.trim() || "an unknown contact");
}

/** The call's title: the company, else the contact, else "Call with …". */
export function callTitle(parties: CallParties): string {
  return displayName(parties.company) ?? displayName(parties.contact) ?? `Call with ${someone(parties)}`;
}

/**
 * Who the call was with, besides what its title already says: the contact
 * under a company's name, else the email address or phone number the title
 * was worked out from. Null when the title says it all.
 */
export function callCounterpart(parties: CallParties): string | null {
  const company = displayName(parties.company);
  const contact = displayName(parties.contact);
  const email = parties.email?.trim() || null;
  const phone = parties.phone?.trim() || null;
  if (company && contact) return contact;
  if (company || contact) return email ?? phone;
  const title = callTitle(parties);
  return email ?? (phone && !title.endsWith(phone) ? phone : null);
}

/**
 * The vendor's own name for the call (a campaign, a recording title), shown
 * beside the title: null when blank or an address; a lowercase slug
 * ("demo_confirmation") in sentence case ("Demo confirmation").
 */
export function callTopic(title: string | null | undefined): string | null {
  const text = title?.replace(/\s+/g, " ").trim();
  if (!text || EMAIL.test(text) || URL_LIKE.test(text)) return null;
  if (!/[a-z]/.test(text) || text !== text.toLowerCase()) return text;
  return capitalize(text.split(/[\s_-]+/).filter(Boolean).join(" "));
}
