import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalAttendeeType,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalAttendeeData,
  type ICalCalendar,
  type ICalOrganizer,
} from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { Invitee } from '../../../contract/schemas/meetings';
import { meetingDescription, meetingLocation, type IcsMeeting } from './describe-meeting';
import { MEETING_TIME_ZONE, zonedInstant } from './zoned-time';

/**
 * iCalendar (RFC 5545) invitations for meetings, built with ical-generator, which does the
 * escaping of TEXT values and the folding of lines at 75 octets (never inside a UTF-8 character).
 * Pure: the same meeting, context and `now` give the same bytes.
 */

/** `-//ADR Desk//Meetings//ZH`: identifies the product that wrote the file (RFC 5545 §3.7.3). */
const PRODID = { company: 'ADR Desk', product: 'Meetings', language: 'ZH' };

/**
 * ORGANIZER and ATTENDEE values must be cal-addresses (URIs, in practice mailto:), so a person
 * without a known address still needs one. `.invalid` is reserved (RFC 2606): mail to it can never
 * be delivered to a stranger, and clients show the name (CN) anyway.
 */
export const PLACEHOLDER_DOMAIN = 'adr-desk.invalid';
export const NO_REPLY_ADDRESS = `noreply@${PLACEHOLDER_DOMAIN}`;

/** Stable across every edit of the meeting, so a client updates the event it already has. */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@adr-desk`;
}

export interface IcsContext {
  /** The organiser's CN when the meeting has no organiser. */
  centerName: string;
  /** The organiser's address when the organiser is not an invitee with an email of their own. */
  organiserEmail?: string | null;
  /** DTSTAMP: when this file was written. */
  now: Date;
}

const ROLE: Record<Invitee['role'], ICalAttendeeRole> = {
  chair: ICalAttendeeRole.CHAIR,
  required: ICalAttendeeRole.REQ,
  optional: ICalAttendeeRole.OPT,
  non_participant: ICalAttendeeRole.NON,
};

const STATUS: Record<IcsMeeting['status'], ICalEventStatus> = {
  draft: ICalEventStatus.TENTATIVE,
  scheduled: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * Invitees without an email still appear, each under its own placeholder address: clients match
 * attendees by address, so one shared placeholder would merge them into one person. Only those with
 * a real address are asked to reply (RSVP).
 */
function attendee(invitee: Invitee): ICalAttendeeData {
  return {
    name: invitee.name,
    email: invitee.email ?? `invitee-${invitee.id}@${PLACEHOLDER_DOMAIN}`,
    role: ROLE[invitee.role],
    status: ICalAttendeeStatus.NEEDSACTION,
    type: ICalAttendeeType.INDIVIDUAL,
    rsvp: invitee.email !== null,
  };
}

/** The organiser by name (or the center), with the organiser's own address when an invitee row has it. */
function organizer(meeting: IcsMeeting, context: IcsContext): ICalOrganizer {
  const own = meeting.organiserId
    ? meeting.invitees.find((i) => i.kind === 'staff' && i.operatorId === meeting.organiserId && i.email)?.email
    : undefined;
  return { name: meeting.organiserName ?? context.centerName, email: own ?? context.organiserEmail ?? NO_REPLY_ADDRESS };
}

function vtimezone(zone: string): string {
  const component = getVtimezoneComponent(zone);
  // Without its VTIMEZONE a TZID is only a name to most clients; never write one without it.
  if (!component) throw new Error(`no VTIMEZONE for ${zone}`);
  return component;
}

function newCalendar(method: ICalCalendarMethod, name?: string): ICalCalendar {
  return ical({
    prodId: PRODID,
    method,
    scale: 'GREGORIAN',
    ...(name ? { name } : {}),
    // No calendar-wide zone name: ical-generator would then print DTSTAMP in local time, which
    // RFC 5545 requires in UTC. The events carry the zone; the generator adds its VTIMEZONE.
    timezone: { name: null, generator: vtimezone },
  });
}

function addEvent(calendar: ICalCalendar, meeting: IcsMeeting, context: IcsContext, withAttendees: boolean): void {
  calendar.createEvent({
    id: meetingUid(meeting.id),
    sequence: meeting.icsSequence,
    stamp: context.now,
    start: zonedInstant(meeting.startsAt),
    end: zonedInstant(meeting.endsAt),
    timezone: MEETING_TIME_ZONE,
    summary: meeting.title,
    location: meetingLocation(meeting),
    description: meetingDescription(meeting, { withInvitees: !withAttendees }),
    organizer: organizer(meeting, context),
    attendees: withAttendees ? meeting.invitees.map(attendee) : [],
    status: STATUS[meeting.status],
  });
}

/** RFC 5545 §3.1: every content line ends with CRLF, the last one too. */
function finish(calendar: ICalCalendar): string {
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/**
 * One meeting as an invitation (RFC 5546 iTIP): METHOD:REQUEST, or METHOD:CANCEL with
 * STATUS:CANCELLED once the meeting is cancelled. A client that imported an earlier version
 * replaces it because the UID is the same and the SEQUENCE higher.
 */
export function meetingInvitationIcs(meeting: IcsMeeting, context: IcsContext): string {
  const calendar = newCalendar(meeting.status === 'cancelled' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  addEvent(calendar, meeting, context, true);
  return finish(calendar);
}

/**
 * Several meetings (a date range) as one calendar file. METHOD:PUBLISH, not REQUEST: a REQUEST is
 * one scheduling message about one event, sent to its attendees and answered by them (RFC 5546),
 * while a range file is a schedule handed round for import, which is what PUBLISH means. iTIP lists
 * ATTENDEE as absent from a PUBLISH (RFC 5546 §3.2.1), so the invitees are named in the description
 * instead. Cancelled meetings stay in, marked STATUS:CANCELLED, so importing the file again cancels
 * them where an earlier file put them.
 */
export function meetingsCalendarIcs(meetings: readonly IcsMeeting[], context: IcsContext, name: string): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH, name);
  for (const meeting of meetings) addEvent(calendar, meeting, context, false);
  return finish(calendar);
}
