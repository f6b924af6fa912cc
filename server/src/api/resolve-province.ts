import { slug } from '../../../shared/fold.ts';
import type { GraphReader } from '../graph/query-runner.ts';
import { ErrorCode, boundedText, notFound } from './errors.ts';

/** A province as asked, and the id prefix of its plans ("nghe-an/"). */
export interface ProvinceResolution {
  query: string;
  /** Province name as its plans spell it. */
  name: string;
  prefix: string;
}

/**
 * Resolves a province name, with or without diacritics ("Nghệ An", "nghe an"), to the id prefix of
 * its plans: plan ids begin with the province's slug, whatever spelling the header used.
 * @throws PROVINCE_NOT_FOUND naming the provinces that have plans.
 */
export function resolveProvince(runner: GraphReader, input: string): Promise<ProvinceResolution> {
  // Resolved once per data version.
  return runner.remember(`province\u0000${input.trim()}`, () => resolveProvinceNow(runner, input));
}

async function resolveProvinceNow(runner: GraphReader, input: string): Promise<ProvinceResolution> {
  const query = boundedText(input, 'province', 100);
  const key = slug(query.replace(/^(?:tỉnh|tinh|thành phố|thanh pho|province of)\s+/iu, ''));
  const prefix = `${key}/`;
  const plans = key ? await runner.read('province-plans', { provincePrefix: prefix }) : [];
  if (plans.length > 0) return { query, name: String((plans[0]!.plan as { province: string }).province), prefix };
  const all = await runner.read('overview-plans', { planId: null });
  const provinces = [...new Set(all.map((row) => String((row.plan as { province: string }).province)))].sort();
  throw notFound(
    ErrorCode.provinceNotFound,
    `no plan of province "${query}" is loaded` + (provinces.length > 0 ? `; provinces with plans: ${provinces.join(', ')}` : ''),
    provinces,
  );
}
