// Carrier presets: the common US carriers and their official web sites. Only what can be checked
// is listed; refill pages move often, so a line links to the carrier's own site. Any other
// carrier can be typed in.
export interface CarrierPreset {
  name: string;
  website: string;
}

export const CARRIERS: readonly CarrierPreset[] = [
  { name: 'T-Mobile', website: 'https://www.t-mobile.com/' },
  { name: 'Mint Mobile', website: 'https://www.mintmobile.com/' },
  { name: 'AT&T', website: 'https://www.att.com/' },
  { name: 'Verizon', website: 'https://www.verizon.com/' },
  { name: 'US Mobile', website: 'https://www.usmobile.com/' },
  { name: 'Ultra Mobile', website: 'https://www.ultramobile.com/' },
  { name: 'Tello', website: 'https://tello.com/' },
  { name: 'Visible', website: 'https://www.visible.com/' },
  { name: 'Cricket Wireless', website: 'https://www.cricketwireless.com/' },
  { name: 'Metro by T-Mobile', website: 'https://www.metrobyt-mobile.com/' },
  { name: 'Boost Mobile', website: 'https://www.boostmobile.com/' },
  { name: 'Google Fi', website: 'https://fi.google.com/' },
  { name: 'Red Pocket', website: 'https://www.redpocket.com/' },
  { name: 'H2O Wireless', website: 'https://www.h2owireless.com/' },
  { name: 'Lyca Mobile', website: 'https://www.lycamobile.us/' },
  { name: 'Consumer Cellular', website: 'https://www.consumercellular.com/' },
];

/** The preset for a carrier name as typed, ignoring case and spacing. */
export function findCarrier(name: string): CarrierPreset | undefined {
  const key = name.replace(/\s+/g, '').toLowerCase();
  return key
    ? CARRIERS.find((carrier) => carrier.name.replace(/\s+/g, '').toLowerCase() === key)
    : undefined;
}
