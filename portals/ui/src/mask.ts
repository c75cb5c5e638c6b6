/** Personal data in lists: the first 6 and last 4 digits of an ID number, a phone's first 3 and last 4. */
export function maskIdNumber(id: string): string {
  return id.length < 11 ? '****' : `${id.slice(0, 6)}********${id.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  return phone.length < 8 ? '****' : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
