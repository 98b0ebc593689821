// A LayThuTuc procedure of the national catalogue (UPPERCASE keys) → canonical Procedure.
import type { z } from 'zod';
import { ProcedureSchema } from '../../contracts/canonical/procedure.ts';
import { validateAgencyEId } from '../../contracts/validators/agency-eid.ts';
import {
  type PortalProcedure,
  PortalProcedureSchema,
} from '../../contracts/wire/national-portal/catalogue.ts';
import { kenhThucHienCodes } from '../codes/channel.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import {
  catalogueCode,
  catalogueText,
  catalogueUrl,
  keepComplete,
  nationalProcedureCode,
} from './catalogue-values.ts';
import { compact } from './wire-values.ts';

export const PROCEDURE_TO_CANONICAL_ID = 'national-portal.procedure.to-canonical';

type Out = Draft<z.input<typeof ProcedureSchema>>;

function channels(p: PortalProcedure, ctx: MappingContext): Out['channels'] {
  return p.CACHTHUCTHUCHIEN.map((c, i) => {
    const at = ctx.at('CACHTHUCTHUCHIEN').at(i);
    return {
      channel: lookupCode(kenhThucHienCodes, c.KENH, at.at('KENH')),
      timings: c.THOIGIAN.map((t, j) => {
        const tAt = at.at('THOIGIAN').at(j);
        return compact({
          duration: t.THOIGIANGIAIQUYET,
          unit: catalogueText(t.DONVITINH, tAt.at('DONVITINH'), { required: true }),
          description: catalogueText(t.MOTA, tAt.at('MOTA')),
          fees: t.PHILEPHI.map((f, k) => {
            const fAt = tAt.at('PHILEPHI').at(k);
            return compact({
              code: catalogueCode(f.MAPHILEPHI, fAt.at('MAPHILEPHI')),
              amount: f.SOTIEN,
              unit: catalogueText(f.DONVI, fAt.at('DONVI')),
              description: catalogueText(f.MOTA, fAt.at('MOTA')),
            });
          }),
        });
      }),
    };
  });
}

/** THANHPHANHOSO groups hold only GIAYTO lists on this wire, so they are flattened in order. */
function components(p: PortalProcedure, ctx: MappingContext): Out['components'] {
  return p.THANHPHANHOSO.flatMap((group, i) =>
    keepComplete(group.GIAYTO, ctx.at('THANHPHANHOSO').at(i).at('GIAYTO'), (g, at) => {
      const name = catalogueText(g.TENGIAYTO, at.at('TENGIAYTO'));
      if (name === undefined) return undefined;
      return compact({
        code: catalogueCode(g.MAGIAYTO, at.at('MAGIAYTO')),
        name,
        templateName: catalogueText(g.TENMAUDON, at.at('TENMAUDON')),
        templateUrl: catalogueUrl(g.URL, at.at('URL')),
      });
    }),
  );
}

/** COQUANTHUCHIEN.MADONVI is the agency's e-ID when it reads as one (000.00.01.H26). */
function agencies(p: PortalProcedure, ctx: MappingContext): Out['agencies'] {
  return keepComplete(p.COQUANTHUCHIEN, ctx.at('COQUANTHUCHIEN'), (a, at) => {
    const name = catalogueText(a.TENDONVI, at.at('TENDONVI'));
    if (name === undefined) return undefined;
    const code = catalogueCode(a.MADONVI, at.at('MADONVI'));
    const eId = code === undefined ? undefined : validateAgencyEId(code);
    return compact({ code, eId: eId?.ok ? eId.value : undefined, name });
  });
}

function mapProcedure(p: PortalProcedure, ctx: MappingContext): Out {
  return compact({
    code: nationalProcedureCode(p.MATTHC, ctx.at('MATTHC')),
    name: catalogueText(p.TENTTHC, ctx.at('TENTTHC'), { required: true }),
    localCode: catalogueCode(p.MATTHCDP, ctx.at('MATTHCDP')),
    sectors: keepComplete(p.LINHVUCTHUCHIEN, ctx.at('LINHVUCTHUCHIEN'), (s, at) => {
      const code = catalogueCode(s.MALINHVUC, at.at('MALINHVUC'));
      const name = catalogueText(s.TENLINHVUC, at.at('TENLINHVUC'));
      return code === undefined || name === undefined ? undefined : { code, name };
    }),
    steps: p.TRINHTUTHUCHIEN.map((group, i) => {
      const at = ctx.at('TRINHTUTHUCHIEN').at(i);
      return compact({
        case: catalogueText(group.TRUONGHOP, at.at('TRUONGHOP')),
        steps: keepComplete(group.TRINHTU, at.at('TRINHTU'), (s, sAt) =>
          catalogueText(s.TENTRINHTU, sAt.at('TENTRINHTU')),
        ),
      });
    }),
    channels: channels(p, ctx),
    components: components(p, ctx),
    applicantTypes: keepComplete(p.DOITUONGTHUCHIEN, ctx.at('DOITUONGTHUCHIEN'), (d, at) =>
      catalogueText(d.TENDOITUONG, at.at('TENDOITUONG')),
    ),
    applicantDescription: catalogueText(p.MOTADOITUONGTHUCHIEN, ctx.at('MOTADOITUONGTHUCHIEN')),
    requirements: catalogueText(p.YEUCAU, ctx.at('YEUCAU')),
    results: keepComplete(p.KETQUATHUCHIEN, ctx.at('KETQUATHUCHIEN'), (r, at) => {
      const name = catalogueText(r.TENKETQUA, at.at('TENKETQUA'));
      if (name === undefined) return undefined;
      return compact({ code: catalogueCode(r.MAKETQUA, at.at('MAKETQUA')), name });
    }),
    legalBasis: keepComplete(p.CANCUPHAPLY, ctx.at('CANCUPHAPLY'), (l, at) => {
      const number = catalogueText(l.SOVANBAN, at.at('SOVANBAN'));
      const title = catalogueText(l.TENVANBAN, at.at('TENVANBAN'));
      return number === undefined || title === undefined ? undefined : { number, title };
    }),
    agencies: agencies(p, ctx),
    // TRANGTHAI 1 = published; anything else is treated as not public (DOMAIN §1.1).
    published: p.TRANGTHAI === 1,
  });
}

/** Issues at wire paths (`CACHTHUCTHUCHIEN[0].KENH`). */
export const procedureToCanonical = defineMapping({
  id: PROCEDURE_TO_CANONICAL_ID,
  version: 1,
  from: PortalProcedureSchema,
  to: ProcedureSchema,
  map: mapProcedure,
});

export const procedureToCanonicalCoverage = declareCoverage(PortalProcedureSchema, {
  mapped: [
    'MATTHC',
    'TENTTHC',
    'MATTHCDP',
    'LINHVUCTHUCHIEN[].MALINHVUC',
    'LINHVUCTHUCHIEN[].TENLINHVUC',
    'TRINHTUTHUCHIEN[].TRUONGHOP',
    'TRINHTUTHUCHIEN[].TRINHTU[].TENTRINHTU',
    'CACHTHUCTHUCHIEN[].KENH',
    'CACHTHUCTHUCHIEN[].THOIGIAN[].THOIGIANGIAIQUYET',
    'CACHTHUCTHUCHIEN[].THOIGIAN[].DONVITINH',
    'CACHTHUCTHUCHIEN[].THOIGIAN[].MOTA',
    'CACHTHUCTHUCHIEN[].THOIGIAN[].PHILEPHI[].MAPHILEPHI',
    'CACHTHUCTHUCHIEN[].THOIGIAN[].PHILEPHI[].SOTIEN',
    'CACHTHUCTHUCHIEN[].THOIGIAN[].PHILEPHI[].DONVI',
    'CACHTHUCTHUCHIEN[].THOIGIAN[].PHILEPHI[].MOTA',
    'THANHPHANHOSO[].GIAYTO[].MAGIAYTO',
    'THANHPHANHOSO[].GIAYTO[].TENGIAYTO',
    'THANHPHANHOSO[].GIAYTO[].TENMAUDON',
    'THANHPHANHOSO[].GIAYTO[].URL',
    'DOITUONGTHUCHIEN[].TENDOITUONG',
    'YEUCAU',
    'MOTADOITUONGTHUCHIEN',
    'KETQUATHUCHIEN[].MAKETQUA',
    'KETQUATHUCHIEN[].TENKETQUA',
    'CANCUPHAPLY[].SOVANBAN',
    'CANCUPHAPLY[].TENVANBAN',
    'COQUANTHUCHIEN[].MADONVI',
    'COQUANTHUCHIEN[].TENDONVI',
    'TRANGTHAI',
  ],
  ignored: {},
});
