// Who applies for each procedure (owner, authorised submitter) and the dossier's summary (TrichYeu).
import type { OneStopNguoi } from '../../../contracts/wire/one-stop/hoso.ts';
import { personName } from './names.ts';
import { generatePerson } from './people.ts';
import type { ProcedureSpec } from './procedures.ts';
import type { Rng } from './random.ts';
import type { Residence } from './units.ts';
import { formatDmy, vnParts } from './vietnam-time.ts';

export interface Applicants {
  owner: OneStopNguoi;
  submitter?: OneStopNguoi;
  summary: string;
}

const DAY_MS = 86_400_000;

const COPIED_DOCUMENTS = [
  'Bằng tốt nghiệp trung học phổ thông',
  'Giấy khai sinh',
  'Học bạ trung học phổ thông',
  'Bằng tốt nghiệp đại học',
  'Giấy chứng nhận quyền sử dụng đất',
];
const SIGNED_DOCUMENTS = [
  'Giấy ủy quyền',
  'Đơn đề nghị xác nhận',
  'Bản cam kết',
  'Tờ khai nhận tài sản',
];

function dmyOf(ms: number): string {
  const p = vnParts(ms);
  return formatDmy(p.year, p.month, p.day);
}

/** School year an enrolment received at `ms` is for: spring and summer enrol for the coming September. */
function schoolYear(ms: number): string {
  const { year, month } = vnParts(ms);
  const start = month >= 9 ? year + 1 : year;
  return `${start}-${start + 1}`;
}

export function applicantsFor(
  rng: Rng,
  spec: ProcedureSpec,
  home: Residence,
  receivedAt: number,
): Applicants {
  const adult = (
    bornBetween: readonly [number, number],
    extra: { sex?: 'male' | 'female'; family?: string } = {},
  ) => generatePerson(rng, { residence: home, bornBetween, contact: true, ...extra });
  const year = vnParts(receivedAt).year;
  switch (spec.applicants) {
    case 'newborn': {
      const parent = adult([1985, 2004], { sex: rng.chance(0.55) ? 'male' : 'female' });
      const family = parent.sex === 'male' ? parent.name.family : undefined;
      const child = personName(rng, rng.chance(0.51) ? 'male' : 'female', family);
      const born = dmyOf(receivedAt - rng.int(1, 55) * DAY_MS);
      const helper = rng.chance(0.15)
        ? adult([1955, 1972], { family: parent.name.family })
        : undefined;
      return {
        owner: parent.nguoi,
        ...(helper ? { submitter: helper.nguoi } : {}),
        summary: `Đăng ký khai sinh cho cháu ${child.full}, sinh ngày ${born}`,
      };
    }
    case 'death': {
      const relative = adult([1960, 1990]);
      const sex = rng.chance(0.5) ? 'male' : 'female';
      const deceased = personName(rng, sex, sex === 'male' ? relative.name.family : undefined);
      const died = dmyOf(receivedAt - rng.int(1, 14) * DAY_MS);
      const title = sex === 'male' ? 'ông' : 'bà';
      return {
        owner: relative.nguoi,
        summary: `Đăng ký khai tử cho ${title} ${deceased.full}, từ trần ngày ${died}`,
      };
    }
    case 'marriage': {
      const owner = adult([1988, 2003]);
      const partner = personName(rng, owner.sex === 'male' ? 'female' : 'male');
      const [groom, bride] =
        owner.sex === 'male' ? [owner.name.full, partner.full] : [partner.full, owner.name.full];
      return { owner: owner.nguoi, summary: `Đăng ký kết hôn giữa anh ${groom} và chị ${bride}` };
    }
    case 'adult': {
      const owner = adult([1955, 2005]);
      const summary =
        spec.code === '2.000884'
          ? `Chứng thực chữ ký trong ${rng.pick(SIGNED_DOCUMENTS).toLowerCase()}`
          : `Chứng thực bản sao từ bản chính ${rng.pick(COPIED_DOCUMENTS).toLowerCase()} (${rng.int(1, 5)} bản)`;
      return { owner: owner.nguoi, summary };
    }
    case 'elderly': {
      const elder = generatePerson(rng, {
        residence: home,
        bornBetween: [1935, 1945],
        contact: rng.chance(0.3),
      });
      const child = rng.chance(0.7)
        ? adult([1962, 1985], { family: elder.name.family })
        : undefined;
      const title = elder.sex === 'male' ? 'ông' : 'bà';
      return {
        owner: elder.nguoi,
        ...(child ? { submitter: child.nguoi } : {}),
        summary: `Đề nghị hưởng trợ cấp xã hội hằng tháng đối với người cao tuổi cho ${title} ${elder.name.full}`,
      };
    }
    case 'thpt':
    case 'thcs': {
      const parent = adult([1974, 1990]);
      const age = spec.applicants === 'thpt' ? 15 : 11;
      const student = generatePerson(rng, {
        residence: home,
        bornBetween: [year - age, year - age],
        family: parent.name.family,
      });
      const grade =
        spec.applicants === 'thpt' ? 'lớp 10 trung học phổ thông' : 'lớp 6 trung học cơ sở';
      return {
        owner: student.nguoi,
        submitter: parent.nguoi,
        summary: `Đăng ký tuyển sinh vào ${grade} năm học ${schoolYear(receivedAt)} cho học sinh ${student.name.full}`,
      };
    }
  }
}
