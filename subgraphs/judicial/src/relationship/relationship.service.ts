import type { EntityManager } from '@rv/kit';
import { ruleError,
  ErrorCode, INSTITUTION_KINDS, badInput, checkRegisteredRelationship, checkRelationshipRegistration, domainError, forbidden, isUuid,
  isValidResidentId, notFound, rulePack, type Identity, type Relation,
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
}

const PHOTO_MAX_BYTES = 512 * 1024;

/** A JPEG or PNG of at most 512 kB, from base64; anything else is refused. */
function decodePhoto(photo: string | null | undefined): Buffer | null {
  if (!photo) return null;
  if (photo.length > Math.ceil(PHOTO_MAX_BYTES / 3) * 4) throw badInput('照片不得超过512KB (The photo is limited to 512 kB)', 'photo');
  const bytes = Buffer.from(photo, 'base64');
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (!jpeg && !png) throw badInput('照片须为JPEG或PNG格式 (The photo must be a JPEG or PNG)', 'photo');
  return bytes;
}

/**
 * Which side the staff member deals with the subject's relationships from: the subject's own
 * institution, or a venue serving the subject's pack (province); null for anyone else.
 */
export async function relationshipSide(em: EntityManager, staff: Identity & { tenantId: string }, subject: SubjectRef): Promise<'INSTITUTION' | 'BUREAU' | null> {
  if (staff.tenantKind && INSTITUTION_KINDS.includes(staff.tenantKind)) return staff.tenantId === subject.institutionId ? 'INSTITUTION' : null;
  const bureau = await em.findOne(CountyBureau, { id: staff.tenantId });
  return bureau && bureau.rulePack === subject.rulePack ? 'BUREAU' : null;
}

async function registrarOf(em: EntityManager, staff: Identity & { tenantId: string }, subject: SubjectRef): Promise<'INSTITUTION' | 'BUREAU'> {
  const side = await relationshipSide(em, staff, subject);
  if (side) return side;
  throw forbidden(staff.tenantKind && INSTITUTION_KINDS.includes(staff.tenantKind)
    ? 'forbidden.ownSubjectsRelationships' : 'forbidden.subjectNotServed');
}

/**
 * GD-17 / YN-8(1) / SX-3(2): staff register a visitor's proven relationship to a subject, once;
 * the pack decides who may and with what evidence (real-person check, photo).
 */
export async function registerRelationship(em: EntityManager, staff: Identity & { tenantId: string; accountId: string }, input: RegisterRelationshipInput): Promise<Relationship> {
  const { visitor } = input;
  if (!visitor.name.trim() || visitor.name.length > 30) throw badInput('会见人姓名应为1至30字 (Visitor name must be 1–30 characters)', 'visitor.name');
  if (!isValidResidentId(visitor.idNumber)) throw badInput('会见人身份证号码无效 (Invalid resident ID number)', 'visitor.idNumber');
  if (!input.proofReference.trim() || input.proofReference.length > 100) throw badInput('须填写证明材料编号或说明（100字以内） (Describe the document seen, at most 100 characters)', 'proofReference');
  if (!input.applicantVouches) throw badInput('申请人须承诺所提供材料真实有效 (The applicant must vouch that the documents are true)', 'applicantVouches');
  const photo = decodePhoto(input.photo);
  const subject = isUuid(input.subjectId) ? await em.findOne(SubjectRef, { id: input.subjectId }) : null;
  if (!subject) throw notFound('subject');
  const pack = rulePack(subject.rulePack);
  const registrar = await registrarOf(em, staff, subject);
  const verdict = checkRelationshipRegistration(pack, { registrar, proofKind: input.proofKind, realPersonChecked: input.realPersonChecked, hasPhoto: !!photo });
  if (!verdict.allowed) throw ruleError(verdict);
  try {
    const relationship = em.create(Relationship, {
      subjectId: subject.id, visitorName: visitor.name.trim(), visitorIdNumber: visitor.idNumber, relation: visitor.relation,
      proofKind: input.proofKind, proofReference: input.proofReference.trim(), realPersonChecked: input.realPersonChecked,
      photo, photoSha256: photo ? createHash('sha256').update(photo).digest('hex') : null,
      registeredByTenantId: staff.tenantId, registeredBy: staff.accountId, registeredAt: new Date(),
    } as Relationship);
    await em.flush();
    return relationship;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw domainError(ErrorCode.CONFLICT, '该会见人与会见对象的关系已登记 (This relationship is already registered)');
    throw error;
  }
}

/** GD-17 / YN-8(1): every visitor of an application must have the claimed relationship registered. */
export async function refuseUnregisteredVisitors(em: EntityManager, subject: SubjectRef, visitors: VisitorRecord[]): Promise<void> {
  const rows = await em.execute<{ visitor_id_number: string; relation: Relation }[]>(
    `select visitor_id_number, relation from "judicial"."relationship" where subject_id = ? and visitor_id_number in (?)`,
    [subject.id, visitors.map((visitor) => visitor.idNumber)]);
  const registered = new Map(rows.map((row) => [row.visitor_id_number, row.relation]));
  const pack = rulePack(subject.rulePack);
  for (const [i, visitor] of visitors.entries()) {
    const verdict = checkRegisteredRelationship(pack, registered.get(visitor.idNumber) ?? null, visitor.relation);
    if (!verdict.allowed)
      throw ruleError(verdict, ErrorCode.RELATIONSHIP_NOT_REGISTERED, { field: `visitors.${i}`, visitor: visitor.name.trim() });
  }
}
