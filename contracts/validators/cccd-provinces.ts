// The 63 pre-2025 provinces as personal-ID (CCCD) birth-registration codes: "0" + admin province code.
// Copied from the GSO province list (63 units before 01/07/2025); Hà Nội is 001.

/** Admin province code (2 digits) → province name, for the 63 provinces before 01/07/2025. */
const ADMIN_PROVINCES_63: Readonly<Record<string, string>> = {
  '01': 'Thành phố Hà Nội',
  '02': 'Tỉnh Hà Giang',
  '04': 'Tỉnh Cao Bằng',
  '06': 'Tỉnh Bắc Kạn',
  '08': 'Tỉnh Tuyên Quang',
  '10': 'Tỉnh Lào Cai',
  '11': 'Tỉnh Điện Biên',
  '12': 'Tỉnh Lai Châu',
  '14': 'Tỉnh Sơn La',
  '15': 'Tỉnh Yên Bái',
  '17': 'Tỉnh Hoà Bình',
  '19': 'Tỉnh Thái Nguyên',
  '20': 'Tỉnh Lạng Sơn',
  '22': 'Tỉnh Quảng Ninh',
  '24': 'Tỉnh Bắc Giang',
  '25': 'Tỉnh Phú Thọ',
  '26': 'Tỉnh Vĩnh Phúc',
  '27': 'Tỉnh Bắc Ninh',
  '30': 'Tỉnh Hải Dương',
  '31': 'Thành phố Hải Phòng',
  '33': 'Tỉnh Hưng Yên',
  '34': 'Tỉnh Thái Bình',
  '35': 'Tỉnh Hà Nam',
  '36': 'Tỉnh Nam Định',
  '37': 'Tỉnh Ninh Bình',
  '38': 'Tỉnh Thanh Hóa',
  '40': 'Tỉnh Nghệ An',
  '42': 'Tỉnh Hà Tĩnh',
  '44': 'Tỉnh Quảng Bình',
  '45': 'Tỉnh Quảng Trị',
  '46': 'Thành phố Huế',
  '48': 'Thành phố Đà Nẵng',
  '49': 'Tỉnh Quảng Nam',
  '51': 'Tỉnh Quảng Ngãi',
  '52': 'Tỉnh Bình Định',
  '54': 'Tỉnh Phú Yên',
  '56': 'Tỉnh Khánh Hòa',
  '58': 'Tỉnh Ninh Thuận',
  '60': 'Tỉnh Bình Thuận',
  '62': 'Tỉnh Kon Tum',
  '64': 'Tỉnh Gia Lai',
  '66': 'Tỉnh Đắk Lắk',
  '67': 'Tỉnh Đắk Nông',
  '68': 'Tỉnh Lâm Đồng',
  '70': 'Tỉnh Bình Phước',
  '72': 'Tỉnh Tây Ninh',
  '74': 'Tỉnh Bình Dương',
  '75': 'Tỉnh Đồng Nai',
  '77': 'Tỉnh Bà Rịa - Vũng Tàu',
  '79': 'Thành phố Hồ Chí Minh',
  '80': 'Tỉnh Long An',
  '82': 'Tỉnh Tiền Giang',
  '83': 'Tỉnh Bến Tre',
  '84': 'Tỉnh Trà Vinh',
  '86': 'Tỉnh Vĩnh Long',
  '87': 'Tỉnh Đồng Tháp',
  '89': 'Tỉnh An Giang',
  '91': 'Tỉnh Kiên Giang',
  '92': 'Thành phố Cần Thơ',
  '93': 'Tỉnh Hậu Giang',
  '94': 'Tỉnh Sóc Trăng',
  '95': 'Tỉnh Bạc Liêu',
  '96': 'Tỉnh Cà Mau',
};

export type CccdProvince = { cccdCode: string; adminCode: string; name: string };

/** CCCD province code (3 digits, e.g. 001) → the province it denotes. */
export const CCCD_PROVINCES: ReadonlyMap<string, CccdProvince> = new Map(
  Object.entries(ADMIN_PROVINCES_63).map(([adminCode, name]) => [
    `0${adminCode}`,
    { cccdCode: `0${adminCode}`, adminCode, name },
  ]),
);

export function cccdProvince(cccdCode: string): CccdProvince | undefined {
  return CCCD_PROVINCES.get(cccdCode);
}
