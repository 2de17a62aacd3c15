/** A province (38), Kemendagri code `PP`. */
export interface Province {
  readonly code: string;
  readonly name: string;
  readonly population: number;
  readonly areaKm2: number;
}

export type RegionType = 'kabupaten' | 'kota';

/** A kabupaten/kota (514), Kemendagri code `PP.RR` (kabupaten 01–69, kota 71–99). */
export interface Region {
  readonly code: string;
  readonly name: string;
  readonly type: RegionType;
  readonly provinceCode: string;
  readonly population: number;
  readonly areaKm2: number;
}
