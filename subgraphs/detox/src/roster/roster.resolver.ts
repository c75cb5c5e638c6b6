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
import { DETAINEE_ROSTER } from './detainee-roster.js';

/** The centre's admin, in the portal or as the account the centre's own system signs in with. */
function rosterStaff(identity: Identity): RosterStaff {
  requireStaff(identity, [TenantKind.DETOX_CENTRE], ROSTER_ROLES);
  requireAccount(identity);
  return { accountId: identity.accountId, tenantId: identity.tenantId, tenantKind: identity.tenantKind };
}

@InputType({ description: 'One detainee as the centre’s own system holds them (upserted by detainee number)' })
export class DetaineeRecordInput {
  @Field()
  detaineeNumber!: string;

  @Field()
  name!: string;

  @Field({ description: 'Resident ID number' })
  idNumber!: string;

  @Field(() => Int, { description: '大队 Brigade number' })
  brigade!: number;
}

@Resolver()
export class DetaineeRosterResolver {
  @Query(() => RosterFile, { description: 'A template of the detainee roster (columns in the language asked for, zh-CN by default)' })
  detaineeRosterTemplate(
    @Ctx() ctx: SubgraphContext,
    @Arg('format', () => RosterFormatType) format: RosterFormatType,
    @Arg('locale', () => String, { nullable: true }) locale?: string | null,
  ): Promise<RosterFile> {
    rosterStaff(ctx.identity);
    return rosterTemplate(DETAINEE_ROSTER, format, locale === 'en' ? 'en' : ('zh-CN' as Locale), 'detainee-roster');
  }

  @Mutation(() => RosterImportBase, { description: 'Opens a file import; send the file with appendDetaineeImport, then runDetaineeImport' })
  startDetaineeImport(
    @Ctx() ctx: SubgraphContext,
    @Arg('format', () => RosterFormatType) format: RosterFormatType,
    @Arg('mode', () => RosterImportMode, { defaultValue: RosterImportMode.ALL }) mode: RosterImportMode,
    @Arg('fileName', () => String, { nullable: true }) fileName?: string | null,
  ): Promise<RosterImportBase> {
    return startRosterImport(ctx.em, DETAINEE_ROSTER, rosterStaff(ctx.identity), { format, mode, fileName });
  }

  @Mutation(() => RosterImportBase, { description: 'Appends a piece of the file (base64, at most ~150 kB a request)' })
  appendDetaineeImport(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string, @Arg('chunk') chunk: string): Promise<RosterImportBase> {
    return appendRosterImport(ctx.em, DETAINEE_ROSTER, rosterStaff(ctx.identity), id, chunk);
  }

  @Mutation(() => RosterImportBase, { description: 'Checks and imports the uploaded file; poll detaineeImport(id) for progress meanwhile' })
  runDetaineeImport(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<RosterImportBase> {
    return runRosterImport(ctx.em, DETAINEE_ROSTER, rosterStaff(ctx.identity), id);
  }

  @Mutation(() => RosterImportBase, {
    description: 'The centre’s own system: a batch of detainees upserted by detainee number (idempotent); ALL refuses the batch on any bad record',
  })
  syncDetainees(
    @Ctx() ctx: SubgraphContext,
    @Arg('records', () => [DetaineeRecordInput]) records: DetaineeRecordInput[],
    @Arg('mode', () => RosterImportMode, { defaultValue: RosterImportMode.ALL }) mode: RosterImportMode,
  ): Promise<RosterImportBase> {
    return syncRoster(ctx.em, DETAINEE_ROSTER, rosterStaff(ctx.identity), records as unknown as Record<string, unknown>[], mode);
  }

  @Query(() => RosterImportBase, { description: 'One import of the caller’s centre (progress and outcome)' })
  detaineeImport(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<RosterImportBase> {
    return findRosterImport(ctx.em, DETAINEE_ROSTER, rosterStaff(ctx.identity), id);
  }

  @Query(() => [RosterImportBase], { description: 'The caller’s centre’s imports and sync batches, newest first (sync status)' })
  detaineeImports(@Ctx() ctx: SubgraphContext, @Arg('limit', () => Int, { defaultValue: 20 }) limit: number): Promise<RosterImportBase[]> {
    return listRosterImports(ctx.em, DETAINEE_ROSTER, rosterStaff(ctx.identity), limit);
  }
}
