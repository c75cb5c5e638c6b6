import { read, type EntityManager, type Part } from '@rv/kit';
import {
  ruleError,
  ErrorCode,
  HouseholdProof,
  INSTITUTION_KINDS,
  checkRegisteredRelationship,
  checkRelationshipRegistration,
  forbidden,
  invalid,
  isUuid,
  isValidResidentId,
  keyed,
  notFound,
  rulePack,
  type Identity,
  type ProvenHousehold,
  type Relation,
  clock,
} from '@rv/schema';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { SubjectRef } from '../subject/subject-ref.entity.js';
import type { VisitorRecord } from '../application/application.entity.js';
import { Relationship } from './relationship.entity.js';

export interface RegisterRelationshipInput {
  subjectId: string;
  visitor: VisitorRecord;
  proofKind: string;
  proofReference: string;
  realPersonChecked: boolean;
  /** SX-3(2): base64 of a JPEG or PNG. */
  photo?: string | null;
  /** GD-17: the applicant vouches that the documents are true. */
  applicantVouches: boolean;
  /** 户籍 (SX-1, YN-6): the household staff saw proven, if any; a family's own declaration is not proof. */
  household?: HouseholdInput | null;
}

export interface HouseholdInput {
  /** 6-digit administrative division code of the place of registration (or residence, with a residence permit). */
  region: string;
  proof: HouseholdProof;
}

/** 户籍: a region code and the document seen; both or nothing. */
function validHousehold(household: HouseholdInput | null | undefined): HouseholdInput | null {
  if (!household) return null;
  if (!/^\d{6}$/.test(household.region)) throw invalid('relationship.householdRegion', {}, 'household.region');
  if (!Object.values(HouseholdProof).includes(household.proof)) throw invalid('relationship.householdProofNeeded', {}, 'household.proof');
  return household;
}

const PHOTO_MAX_BYTES = 512 * 1024;

/** A JPEG or PNG of at most 512 kB, from base64; anything else is refused. */
function decodePhoto(photo: string | null | undefined): Buffer | null {
  if (!photo) return null;
  if (photo.length > Math.ceil(PHOTO_MAX_BYTES / 3) * 4) throw invalid('relationship.photoTooLarge', {}, 'photo');
  const bytes = Buffer.from(photo, 'base64');
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (!jpeg && !png) throw invalid('relationship.photoType', {}, 'photo');
  return bytes;
}

/**
 * Which side the staff member deals with the subject's relationships from: the subject's own
 * institution, or a venue serving the subject's pack (province); null for anyone else.
 */
export async function relationshipSide(
  em: EntityManager,
  staff: Identity & { tenantId: string },
  subject: SubjectRef,
): Promise<'INSTITUTION' | 'BUREAU' | null> {
  if (staff.tenantKind && INSTITUTION_KINDS.includes(staff.tenantKind)) return staff.tenantId === subject.institutionId ? 'INSTITUTION' : null;
  const bureau = await em.findOne(CountyBureau, { id: staff.tenantId });
  return bureau && bureau.rulePack === subject.rulePack ? 'BUREAU' : null;
}

/**
 * Issue 19, least privilege: the registered relationships of a subject that this staff member may
 * read. The subject's own institution reads them all (it reviews every application to the subject).
 * A bureau or judicial office reads only those it recorded itself (to check and complete them:
 * household, photo) and those of visitors on applications filed at it (its counter and its meetings);
 * another venue of the same pack, with no case of the subject's family, reads none. Anyone else: none.
 */
export async function relationshipsOf(em: EntityManager, staff: Identity & { tenantId: string }, subject: SubjectRef): Promise<Relationship[]> {
  const side = await relationshipSide(em, staff, subject);
  if (!side) return [];
  const orderBy = { registeredAt: 'asc' } as const;
  if (side === 'INSTITUTION') return em.find(Relationship, { subjectId: subject.id }, { orderBy });
  const filedHere = await em.execute<{ id_number: string }[]>(
    `select distinct visitor ->> 'idNumber' as id_number from "judicial"."application" a, jsonb_array_elements(a.visitors) visitor
      where a.subject_id = ? and a.venue_id = ?`,
    [subject.id, staff.tenantId],
  );
  return em.find(
    Relationship,
    {
      subjectId: subject.id,
      $or: [{ registeredByTenantId: staff.tenantId }, { visitorIdNumber: { $in: filedHere.map((row) => row.id_number) } }],
    },
    { orderBy },
  );
}

async function registrarOf(em: EntityManager, staff: Identity & { tenantId: string }, subject: SubjectRef): Promise<'INSTITUTION' | 'BUREAU'> {
  const side = await relationshipSide(em, staff, subject);
  if (side) return side;
  throw forbidden(staff.tenantKind && INSTITUTION_KINDS.includes(staff.tenantKind) ? 'forbidden.ownSubjectsRelationships' : 'forbidden.subjectNotServed');
}

/**
 * GD-17 / YN-8(1) / SX-3(2): staff register a visitor's proven relationship to a subject, once;
 * the pack decides who may and with what evidence (real-person check, photo).
 */
export async function registerRelationship(
  em: EntityManager,
  staff: Identity & { tenantId: string; accountId: string },
  input: RegisterRelationshipInput,
): Promise<Relationship> {
  const { visitor } = input;
  if (!visitor.name.trim() || visitor.name.length > 30) throw invalid('relationship.visitorName', {}, 'visitor.name');
  if (!isValidResidentId(visitor.idNumber)) throw invalid('relationship.visitorIdNumber', {}, 'visitor.idNumber');
  if (!input.proofReference.trim() || input.proofReference.length > 100) throw invalid('relationship.proofReference', {}, 'proofReference');
  if (!input.applicantVouches) throw invalid('relationship.applicantVouches', {}, 'applicantVouches');
  const photo = decodePhoto(input.photo);
  const household = validHousehold(input.household);
  const subject = isUuid(input.subjectId) ? await em.findOne(SubjectRef, { id: input.subjectId }) : null;
  if (!subject) throw notFound('subject');
  const pack = rulePack(subject.rulePack);
  const registrar = await registrarOf(em, staff, subject);
  const verdict = checkRelationshipRegistration(pack, { registrar, proofKind: input.proofKind, realPersonChecked: input.realPersonChecked, hasPhoto: !!photo });
  if (!verdict.allowed) throw ruleError(verdict);
  try {
    const relationship = em.create(Relationship, {
      subjectId: subject.id,
      visitorName: visitor.name.trim(),
      visitorIdNumber: visitor.idNumber,
      relation: visitor.relation,
      proofKind: input.proofKind,
      proofReference: input.proofReference.trim(),
      realPersonChecked: input.realPersonChecked,
      photo,
      photoSha256: photo ? createHash('sha256').update(photo).digest('hex') : null,
      householdRegion: household?.region ?? null,
      householdProof: household?.proof ?? null,
      registeredByTenantId: staff.tenantId,
      registeredBy: staff.accountId,
      registeredAt: clock.now(),
    } as Relationship);
    await em.flush();
    return relationship;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw keyed(ErrorCode.CONFLICT, 'relationship.alreadyRegistered');
    throw error;
  }
}

/**
 * 户籍 (SX-1, YN-6): staff record a registered visitor's household as proven now (a family moved,
 * or it was not shown at registration). Who may: whoever may register the subject's relationships.
 */
export async function recordHousehold(
  em: EntityManager,
  staff: Identity & { tenantId: string; accountId: string },
  relationshipId: string,
  household: HouseholdInput,
): Promise<Relationship> {
  const proven = validHousehold(household)!;
  const relationship = isUuid(relationshipId) ? await em.findOne(Relationship, { id: relationshipId }) : null;
  const subject = relationship ? await em.findOne(SubjectRef, { id: relationship.subjectId }) : null;
  if (!relationship || !subject) throw notFound('relationship');
  await registrarOf(em, staff, subject);
  Object.assign(relationship, { householdRegion: proven.region, householdProof: proven.proof });
  await em.flush();
  return relationship;
}

export interface RegisteredVisitor {
  visitor_id_number: string;
  relation: Relation;
  household_region: string | null;
}

/** The relationships registered for these visitors of a subject (one read for the checks that need them; read with the booking's others). */
export function registeredVisitorsRead(subjectId: string, visitors: VisitorRecord[]): Part<RegisteredVisitor> {
  return read(`select visitor_id_number, relation, household_region from "judicial"."relationship" where subject_id = ? and visitor_id_number in (?)`, [
    subjectId,
    visitors.map((visitor) => visitor.idNumber),
  ]);
}

/** The registered relationships by the visitor's ID number. */
export function registeredByIdNumber(rows: RegisteredVisitor[]): Map<string, RegisteredVisitor> {
  return new Map(rows.map((row) => [row.visitor_id_number, row]));
}

/** GD-17 / YN-8(1): every visitor of an application must have the claimed relationship registered. */
export function refuseUnregisteredVisitors(subject: SubjectRef, visitors: VisitorRecord[], registered: Map<string, RegisteredVisitor>): void {
  const pack = rulePack(subject.rulePack);
  for (const [i, visitor] of visitors.entries()) {
    const verdict = checkRegisteredRelationship(pack, registered.get(visitor.idNumber)?.relation ?? null, visitor.relation);
    if (!verdict.allowed) throw ruleError(verdict, ErrorCode.RELATIONSHIP_NOT_REGISTERED, { field: `visitors.${i}`, visitor: visitor.name.trim() });
  }
}

/** 户籍 (SX-1, YN-6): the households proven for these visitors of a subject, null where none was. */
export function provenHouseholds(visitors: VisitorRecord[], registered: Map<string, RegisteredVisitor>): ProvenHousehold[] {
  return visitors.map((visitor) => registered.get(visitor.idNumber)?.household_region ?? null);
}
