import { Entity } from '@mikro-orm/decorators/legacy';
import { CustodyChangeBase, RosterImportBase } from '@rv/kit';

/** A prison's roster import (file or sync batch). */
@Entity({ schema: 'prison', tableName: 'roster_import' })
export class InmateRosterImport extends RosterImportBase {}

/** A dated custody change of an inmate (append-only). */
@Entity({ schema: 'prison', tableName: 'custody_change' })
export class InmateCustodyChange extends CustodyChangeBase {}
