import { CountyBureau, SupervisingBureau, hashPassword, Account, publishServiceDays, chinaToday, verifyLawyer, sealTotpSecret } from '@rv/judicial';
import { DetentionCentre, RoomKind, Suspect, registerDetentionCentre, registerSuspects } from '@rv/detention';
import { Brigade, Detainee, DetoxCentre, registerDetainees, registerDetoxCentre } from '@rv/detox';
import { Inmate, Prison, Ward, registerInmates, registerPrison } from '@rv/prison';
import {
  CaseCategory,
  CaseStage,
  PublicRole,
  StaffRole,
  TenantKind,
  clock,
  nationalCalendar,
  needsSecondFactor,
  residentIdCheckCharacter,
  type Role,
} from '@rv/schema';
import type { Platform } from './platform.js';

export const DEMO_PASSWORD = 'Demo#2026';
/**
 * Issue 15: the demo's administrators and supervisors sign in with a second factor like real ones, all
 * enrolled with this one published secret (add it to an authenticator app, or compute the code: the tests
 * do). Demo only: a real account enrols its own secret at first sign-in.
 */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const MARK = '【演示】';

/** Fixed tenant ids, so a demo database keeps its shape across restarts. */
export const DEMO_TENANTS = {
  province: { id: '00000000-0000-4000-8000-000000000001', kind: TenantKind.PROVINCE, name: `${MARK}省司法厅` },
  prisonBureau: { id: '00000000-0000-4000-8000-000000000002', kind: TenantKind.PRISON_BUREAU, name: `${MARK}省监狱管理局` },
  detoxBureau: { id: '00000000-0000-4000-8000-000000000003', kind: TenantKind.DETOX_BUREAU, name: `${MARK}省戒毒管理局` },
  prison1: { id: '00000000-0000-4000-8000-000000000011', kind: TenantKind.PRISON, name: `${MARK}第一监狱` },
  prison2: { id: '00000000-0000-4000-8000-000000000012', kind: TenantKind.PRISON, name: `${MARK}第二监狱` },
  detox1: { id: '00000000-0000-4000-8000-000000000021', kind: TenantKind.DETOX_CENTRE, name: `${MARK}强制隔离戒毒所` },
  bureau1: { id: '00000000-0000-4000-8000-000000000031', kind: TenantKind.COUNTY_BUREAU, name: `${MARK}东城区司法局` },
  bureau2: { id: '00000000-0000-4000-8000-000000000032', kind: TenantKind.COUNTY_BUREAU, name: `${MARK}西城县司法局` },
  bureau3: { id: '00000000-0000-4000-8000-000000000033', kind: TenantKind.COUNTY_BUREAU, name: `${MARK}南山市司法局` },
  office1: { id: '00000000-0000-4000-8000-000000000041', kind: TenantKind.JUDICIAL_OFFICE, name: `${MARK}东城区城关司法所` },
  detention1: { id: '00000000-0000-4000-8000-000000000051', kind: TenantKind.DETENTION_CENTRE, name: `${MARK}东城区看守所` },
} as const;

/** Demo lawyers (CQ): a defence lawyer, a second defence lawyer of the same firm, and the centre's duty lawyer. */
export const DEMO_LAWYERS = {
  lawyer: { name: '陈律师', certificateNumber: '15001201910000001', firm: `${MARK}东城律师事务所`, duty: false },
  lawyer2: { name: '林律师', certificateNumber: '15001201910000002', firm: `${MARK}东城律师事务所`, duty: false },
  dutyLawyer: { name: '何律师', certificateNumber: '15001201910000003', firm: `${MARK}东城区法律援助中心`, duty: true },
} as const;

/** Demo suspects of the detention centre (CQ-2 / CQ-3: each case stage, a state-security case, a temporary holding). */
export const DEMO_SUSPECTS = [
  {
    suspectNumber: 'K00001',
    name: '赵某甲',
    caseStage: CaseStage.INVESTIGATION,
    caseCategory: CaseCategory.ORDINARY,
    temporaryHolding: false,
    caseUnit: '东城区公安分局刑侦大队',
  },
  {
    suspectNumber: 'K00002',
    name: '钱某乙',
    caseStage: CaseStage.PROSECUTION,
    caseCategory: CaseCategory.ORDINARY,
    temporaryHolding: false,
    caseUnit: '东城区人民检察院',
  },
  {
    suspectNumber: 'K00003',
    name: '孙某丙',
    caseStage: CaseStage.TRIAL,
    caseCategory: CaseCategory.ORDINARY,
    temporaryHolding: false,
    caseUnit: '东城区人民法院',
  },
  {
    suspectNumber: 'K00004',
    name: '李某丁',
    caseStage: CaseStage.INVESTIGATION,
    caseCategory: CaseCategory.STATE_SECURITY,
    temporaryHolding: false,
    caseUnit: '市国家安全局',
  },
  {
    suspectNumber: 'K00005',
    name: '周某戊',
    caseStage: CaseStage.INVESTIGATION,
    caseCategory: CaseCategory.UNCLEAR,
    temporaryHolding: true,
    caseUnit: '外省某市公安局',
  },
  {
    suspectNumber: 'K00006',
    name: '吴某己',
    caseStage: CaseStage.INVESTIGATION,
    caseCategory: CaseCategory.TERRORISM,
    temporaryHolding: false,
    caseUnit: '市公安局反恐支队',
  },
] as const;
export type DemoTenant = keyof typeof DEMO_TENANTS;

const ROLE_LOGINS: Record<string, StaffRole> = {
  clerk: StaffRole.INTAKE_CLERK,
  reviewer: StaffRole.REVIEWER,
  monitor: StaffRole.MONITOR,
  supervisor: StaffRole.SUPERVISOR,
  auditor: StaffRole.AUDITOR,
  admin: StaffRole.ADMIN,
};
/** The demo accounts' names say their role in the interface's language (the usernames stay Latin). */
const ROLE_TITLES: Record<string, string> = { clerk: '受理员', reviewer: '审批员', monitor: '监控员', supervisor: '主管', auditor: '审计员', admin: '管理员' };
const DEMO_PROXY_NAME = '张建华';
type JudicialEm = ReturnType<Platform['subgraphs']['judicial']['orm']['em']['fork']>;
export const DEMO_PROXY = { username: 'proxy', idNumber: residentId('110101', '19800312', 27), phone: '13800138000' };

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英', '建华', '国强', '志明', '海燕'];

function residentId(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

function demoName(i: number): string {
  return SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length];
}

function birthDate(i: number): string {
  return `${1960 + (i % 40)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
}

/** GD-13: working days (national calendar) from tomorrow to the end of next month, China Standard Time. */
export function upcomingWorkingDays(today = chinaToday()): string[] {
  const days: string[] = [];
  const start = new Date(`${today}T00:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 2, 0));
  for (let day = new Date(start.getTime() + 86_400_000); day <= end; day = new Date(day.getTime() + 86_400_000)) {
    const date = day.toISOString().slice(0, 10);
    if (nationalCalendar().isWorkingDay(date)) days.push(date);
  }
  return days;
}

export interface DemoOptions {
  inmatesPerPrison?: number;
  detainees?: number;
  slotsPerDay?: number;
}

export async function isDatabaseEmpty(platform: Platform): Promise<boolean> {
  return (await platform.subgraphs.prison.orm.em.fork().count(Prison, {})) === 0;
}

/**
 * Loads the demo province: 2 prisons with wards, 1 detox centre, 3 county bureaus, 1 judicial
 * office, inmates, one staff account per role and tenant, a proxy applicant, and service days.
 */
export async function seedDemo(platform: Platform, options: DemoOptions = {}): Promise<void> {
  const inmatesPerPrison = options.inmatesPerPrison ?? 150;
  const prisonEm = platform.subgraphs.prison.orm.em.fork();
  const detoxEm = platform.subgraphs.detox.orm.em.fork();
  const judicialEm = platform.subgraphs.judicial.orm.em.fork();

  let person = 0;
  for (const [index, key] of (['prison1', 'prison2'] as const).entries()) {
    const prison = await registerPrison(
      prisonEm,
      prisonEm.create(Prison, {
        id: DEMO_TENANTS[key].id,
        name: DEMO_TENANTS[key].name,
        region: index ? '南山市' : '东城市',
        rulePack: 'GD',
        wardDays: null,
        address: `${index ? '南山市' : '东城市'}监狱路${index + 1}号`,
        phone: `020-8800000${index + 1}`,
      }),
    );
    const wards = [1, 2, 3, 4, 5].map((number) => prisonEm.create(Ward, { prison, number, name: `第${number}监区` }));
    await prisonEm.flush();
    const inmates = Array.from({ length: inmatesPerPrison }, (_, i) => {
      person++;
      return prisonEm.create(Inmate, {
        prison,
        ward: wards[i % wards.length],
        name: demoName(person),
        inmateNumber: `${index + 1}${String(i + 1).padStart(5, '0')}`,
        idNumber: residentId('440106', birthDate(person), person),
      } as Inmate);
    });
    await registerInmates(prisonEm, inmates);
  }

  const centre = await registerDetoxCentre(
    detoxEm,
    detoxEm.create(DetoxCentre, {
      id: DEMO_TENANTS.detox1.id,
      name: DEMO_TENANTS.detox1.name,
      region: '东城市',
      rulePack: 'GD',
      address: '东城市戒毒路1号',
      phone: '020-88000021',
    }),
  );
  for (const number of [1, 2, 3, 4]) detoxEm.create(Brigade, { centre, number, name: `第${number}大队` });
  await detoxEm.flush();
  const detainees = Array.from({ length: options.detainees ?? 40 }, (_, i) => {
    person++;
    return detoxEm.create(Detainee, {
      centre,
      brigade: (i % 4) + 1,
      name: demoName(person),
      detaineeNumber: `D${String(i + 1).padStart(5, '0')}`,
      idNumber: residentId('440106', birthDate(person), person),
    } as Detainee);
  });
  await registerDetainees(detoxEm, detainees);

  for (const [index, key] of (['bureau1', 'bureau2', 'bureau3', 'office1'] as const).entries()) {
    const tenant = DEMO_TENANTS[key];
    judicialEm.create(CountyBureau, {
      id: tenant.id,
      name: tenant.name,
      kind: tenant.kind,
      region: tenant.name.slice(MARK.length, MARK.length + 3),
      address: `${tenant.name.slice(MARK.length)}便民服务中心一楼`,
      phone: `020-8800003${index + 1}`,
      rulePack: 'GD',
      parentBureauId: key === 'office1' ? DEMO_TENANTS.bureau1.id : null,
      actsAsCountyBureau: false,
    });
  }
  for (const key of ['prisonBureau', 'detoxBureau'] as const) {
    const tenant = DEMO_TENANTS[key];
    judicialEm.create(SupervisingBureau, { id: tenant.id, kind: tenant.kind, name: tenant.name, region: '省会', rulePack: 'GD' });
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [key, tenant] of Object.entries(DEMO_TENANTS)) {
    for (const [suffix, role] of Object.entries(ROLE_LOGINS)) {
      const secondFactor = needsSecondFactor([role]);
      judicialEm.create(Account, {
        username: `${key}.${suffix}`,
        passwordHash,
        displayName: `${tenant.name}${ROLE_TITLES[suffix]}`,
        tenantKind: tenant.kind,
        tenantId: tenant.id,
        roles: [role as Role],
        totpSecret: secondFactor ? sealTotpSecret(DEMO_TOTP_SECRET, platform.tokenSecret) : null,
        totpEnrolledAt: secondFactor ? clock.now() : null,
      } as Account);
    }
  }
  judicialEm.create(Account, {
    username: DEMO_PROXY.username,
    passwordHash,
    displayName: `${MARK}${DEMO_PROXY_NAME}`,
    roles: [PublicRole.PROXY],
    idNumber: DEMO_PROXY.idNumber,
    phone: DEMO_PROXY.phone,
  } as Account);
  await judicialEm.flush();

  await seedDetention(platform, judicialEm, passwordHash, person);

  const institutions = [DEMO_TENANTS.prison1.id, DEMO_TENANTS.prison2.id, DEMO_TENANTS.detox1.id];
  await untilJudicialCounts(
    judicialEm,
    'institutions',
    institutions.length,
    `select count(*)::int as count from "judicial"."institution_ref" where id in (?)`,
    [institutions],
  );
  await registerDemoFamily(judicialEm, inmatesPerPrison * 2 + (options.detainees ?? 40));
  const days = upcomingWorkingDays().map((date) => ({ date, capacity: options.slotsPerDay ?? 12 }));
  for (const key of ['prison1', 'prison2', 'detox1'] as const) {
    await publishServiceDays(judicialEm.fork(), { id: DEMO_TENANTS[key].id, kind: DEMO_TENANTS[key].kind }, days);
  }
}

/**
 * The detention centre (public security) with its rooms and suspects, and the demo lawyers as a
 * justice bureau verified them (detention learns of them by event).
 */
async function seedDetention(platform: Platform, judicialEm: JudicialEm, passwordHash: string, person: number): Promise<void> {
  const em = platform.subgraphs.detention.orm.em.fork();
  const centre = await registerDetentionCentre(
    em,
    em.create(DetentionCentre, { id: DEMO_TENANTS.detention1.id, name: DEMO_TENANTS.detention1.name, region: '东城市', rulePack: 'CQ' } as DetentionCentre),
    [
      { name: '第一律师会见室', kind: RoomKind.STANDARD },
      { name: '第二律师会见室', kind: RoomKind.STANDARD },
      { name: '快速会见室', kind: RoomKind.QUICK },
      { name: '视频会见室', kind: RoomKind.VIDEO },
    ],
  );
  await registerSuspects(
    em,
    DEMO_SUSPECTS.map((suspect, i) =>
      em.create(Suspect, { ...suspect, centre, idNumber: residentId('500101', birthDate(person + i + 1), person + i + 1) } as Suspect),
    ),
  );
  const [verifier] = await judicialEm.find(Account, { username: 'bureau1.reviewer' });
  for (const [username, lawyer] of Object.entries(DEMO_LAWYERS)) {
    const account = judicialEm.create(Account, { username, passwordHash, displayName: `${MARK}${lawyer.name}`, roles: [PublicRole.LAWYER] } as Account);
    await judicialEm.flush();
    await verifyLawyer(judicialEm.fork(), verifier.id, account.id, {
      certificateNumber: lawyer.certificateNumber,
      firm: lawyer.firm,
      verified: true,
      dutyCentreIds: lawyer.duty ? [DEMO_TENANTS.detention1.id] : [],
    });
  }
}

/**
 * GD-17: the demo proxy's relationship to ten subjects of each institution is registered, as the
 * institution would have done, so the demo can apply at once.
 */
async function registerDemoFamily(em: JudicialEm, subjects: number): Promise<void> {
  await untilJudicialCounts(em, 'subjects', subjects, `select count(*)::int as count from "judicial"."subject_ref"`);
  await em.execute(
    `insert into "judicial"."relationship" (id, subject_id, visitor_name, visitor_id_number, relation, proof_kind, proof_reference, registered_by_tenant_id, registered_by, registered_at)
    select gen_random_uuid(), s.id, ?, ?, 'SPOUSE', 'MARRIAGE_CERTIFICATE', '结婚证（演示）', s.institution_id, s.institution_id, now()
      from (select id, institution_id, row_number() over (partition by institution_id order by id) as n from "judicial"."subject_ref") s
     where s.n <= 10 on conflict do nothing`,
    [DEMO_PROXY_NAME, DEMO_PROXY.idNumber],
  );
}

/**
 * Institutions and subjects reach judicial by event: waits until `sql` counts at least `expected`
 * rows there (service days and relationships can be written once they have).
 */
async function untilJudicialCounts(em: JudicialEm, what: string, expected: number, sql: string, params: unknown[] = []): Promise<void> {
  for (const deadline = Date.now() + 30_000; ; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const [{ count }] = await em.execute<{ count: number }[]>(sql, params);
    if (count >= expected) return;
    if (Date.now() > deadline) throw new Error(`judicial did not learn of the demo ${what} in 30 s`);
  }
}

/** The demo logins, as printed at start: `<tenant>.<role>` for staff and `proxy` for a family. */
export function demoLogins(): string[] {
  return [
    ...Object.keys(DEMO_TENANTS).map((key) => `${key}.{${Object.keys(ROLE_LOGINS).join('|')}}`),
    `${DEMO_PROXY.username} (申请代理人 proxy applicant)`,
    `${Object.keys(DEMO_LAWYERS).join('|')} (律师 lawyers)`,
  ];
}
