import {
  ROSTER_ROLES,
  RosterFile,
  RosterFormatType,
  RosterImportBase,
  RosterImportMode,
  appendRosterImport,
  findRosterImport,
  listRosterImports,
  requireAccount,
  requireStaff,
  rosterTemplate,
  runRosterImport,
  startRosterImport,
  syncRoster,
  type RosterStaff,
  type SubgraphContext,
} from '@rv/kit';
import { TenantKind, type Identity, type Locale } from '@rv/schema';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { TreatmentLevel } from '../inmate/inmate.entity.js';
import { INMATE_ROSTER } from './inmate-roster.js';

/** The prison's admin, in the portal or as the account the prison's own system signs in with. */
function rosterStaff(identity: Identity): RosterStaff {
  requireStaff(identity, [TenantKind.PRISON], ROSTER_ROLES);
  requireAccount(identity);
  return { accountId: identity.accountId, tenantId: identity.tenantId, tenantKind: identity.tenantKind };
}

@InputType({ description: 'One inmate as the prison’s own system holds it (upserted by inmate number)' })
export class InmateRecordInput {
  @Field()
  inmateNumber!: string;

  @Field()
  name!: string;

  @Field({ description: 'Resident ID number (a foreign or stateless inmate: the document number)' })
  idNumber!: string;

  @Field(() => Int)
  ward!: number;

  @Field(() => TreatmentLevel, { nullable: true, description: 'Default ORDINARY' })
  treatmentLevel?: TreatmentLevel | null;

  @Field(() => String, { nullable: true, description: 'SX-5: ORDINARY, DUTY_CRIME, FINANCIAL_ORDER, FINANCIAL_FRAUD, ORGANISED_CRIME (default ORDINARY)' })
  crimeCategory?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'YN-3: foreign or stateless (default false)' })
  foreign?: boolean | null;
}

@Resolver()
export class InmateRosterResolver {
  @Query(() => RosterFile, { description: 'A template of the inmate roster (columns in the language asked for, zh-CN by default)' })
  inmateRosterTemplate(
    @Ctx() ctx: SubgraphContext,
    @Arg('format', () => RosterFormatType) format: RosterFormatType,
    @Arg('locale', () => String, { nullable: true }) locale?: string | null,
  ): Promise<RosterFile> {
    rosterStaff(ctx.identity);
    return rosterTemplate(INMATE_ROSTER, format, locale === 'en' ? 'en' : ('zh-CN' as Locale), 'inmate-roster');
  }

  @Mutation(() => RosterImportBase, { description: 'Opens a file import; send the file with appendInmateImport, then runInmateImport' })
  startInmateImport(
    @Ctx() ctx: SubgraphContext,
    @Arg('format', () => RosterFormatType) format: RosterFormatType,
    @Arg('mode', () => RosterImportMode, { defaultValue: RosterImportMode.ALL }) mode: RosterImportMode,
    @Arg('fileName', () => String, { nullable: true }) fileName?: string | null,
  ): Promise<RosterImportBase> {
    return startRosterImport(ctx.em, INMATE_ROSTER, rosterStaff(ctx.identity), { format, mode, fileName });
  }

  @Mutation(() => RosterImportBase, { description: 'Appends a piece of the file (base64, at most ~150 kB a request)' })
  appendInmateImport(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string, @Arg('chunk') chunk: string): Promise<RosterImportBase> {
    return appendRosterImport(ctx.em, INMATE_ROSTER, rosterStaff(ctx.identity), id, chunk);
  }

  @Mutation(() => RosterImportBase, { description: 'Checks and imports the uploaded file; poll inmateImport(id) for progress meanwhile' })
  runInmateImport(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<RosterImportBase> {
    return runRosterImport(ctx.em, INMATE_ROSTER, rosterStaff(ctx.identity), id);
  }

  @Mutation(() => RosterImportBase, {
    description: 'The prison’s own system: a batch of inmates upserted by inmate number (idempotent); ALL refuses the batch on any bad record',
  })
  syncInmates(
    @Ctx() ctx: SubgraphContext,
    @Arg('records', () => [InmateRecordInput]) records: InmateRecordInput[],
    @Arg('mode', () => RosterImportMode, { defaultValue: RosterImportMode.ALL }) mode: RosterImportMode,
  ): Promise<RosterImportBase> {
    return syncRoster(ctx.em, INMATE_ROSTER, rosterStaff(ctx.identity), records as unknown as Record<string, unknown>[], mode);
  }

  @Query(() => RosterImportBase, { description: 'One import of the caller’s prison (progress and outcome)' })
  inmateImport(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<RosterImportBase> {
    return findRosterImport(ctx.em, INMATE_ROSTER, rosterStaff(ctx.identity), id);
  }

  @Query(() => [RosterImportBase], { description: 'The caller’s prison’s imports and sync batches, newest first (sync status)' })
  inmateImports(@Ctx() ctx: SubgraphContext, @Arg('limit', () => Int, { defaultValue: 20 }) limit: number): Promise<RosterImportBase[]> {
    return listRosterImports(ctx.em, INMATE_ROSTER, rosterStaff(ctx.identity), limit);
  }
}
