// Carrier presets: common carriers of the US, the UK and Hong Kong, and their official web sites.
// Only what can be checked is listed; refill pages move often, so a line links to the carrier's
// own site. Any other carrier can be typed in.
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
  // Before the US "Lyca Mobile", whose rules differ, so that a text naming "Lycamobile UK" finds
  // this one rather than the shorter name.
  { name: 'Lycamobile UK', website: 'https://www.lycamobile.co.uk/' },
  { name: 'Lyca Mobile', website: 'https://www.lycamobile.us/' },
  { name: 'Consumer Cellular', website: 'https://www.consumercellular.com/' },
  { name: 'giffgaff', website: 'https://www.giffgaff.com/' },
  { name: 'EE', website: 'https://ee.co.uk/' },
  { name: 'Vodafone UK', website: 'https://www.vodafone.co.uk/' },
  { name: 'China Mobile Hong Kong', website: 'https://www.hk.chinamobile.com/' },
  { name: 'csl', website: 'https://www.hkcsl.com/' },
];

/** The preset for a carrier name as typed, ignoring case and spacing. */
export function findCarrier(name: string): CarrierPreset | undefined {
  const key = name.replace(/\s+/g, '').toLowerCase();
  return key
    ? CARRIERS.find((carrier) => carrier.name.replace(/\s+/g, '').toLowerCase() === key)
    : undefined;
}
