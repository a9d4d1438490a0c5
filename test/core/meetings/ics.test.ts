import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { meetingInvitationIcs, meetingUid, NO_REPLY_ADDRESS } from '../../../electron/core/meetings/ics/build-ics';
import { CONTEXT, invitee, meetingDetail, NOW, onlyEvent, parse } from './ics-fixtures';

/**
 * One meeting's invitation, read back with ical.js (an independent parser): what Outlook, WPS and
 * Thunderbird need to file it as a meeting request and update it later.
 */

function prop(component: ICAL.Component, name: string): string {
  return String(component.getFirstPropertyValue(name));
}

describe('meeting invitation (.ics)', () => {
  it('is a METHOD:REQUEST calendar with our PRODID, VERSION 2.0 and CALSCALE GREGORIAN, every line ended by CRLF', () => {
    const text = meetingInvitationIcs(meetingDetail(), CONTEXT);
    const calendar = parse(text);
    expect(prop(calendar, 'method')).toBe('REQUEST');
    expect(prop(calendar, 'version')).toBe('2.0');
    expect(prop(calendar, 'calscale')).toBe('GREGORIAN');
    expect(prop(calendar, 'prodid')).toBe('-//ADR Desk//Meetings//ZH');
    // CRLF after every line, the last one included, and no bare LF or CR anywhere.
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(onlyEvent(text).component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('keeps the UID <meeting id>@adr-desk across edits while SEQUENCE follows ics_sequence and DTSTAMP the export time', () => {
    const before = meetingDetail({ icsSequence: 0 });
    const edited = meetingDetail({ icsSequence: 1, title: '2026年12月案情研判会（改期）', startsAt: '2026-12-04T06:00:00.000Z', endsAt: '2026-12-04T08:00:00.000Z' });
    const first = onlyEvent(meetingInvitationIcs(before, CONTEXT));
    const later = new Date(NOW.getTime() + 3_600_000);
    const second = onlyEvent(meetingInvitationIcs(edited, { ...CONTEXT, now: later }));

    expect(first.uid).toBe('019ac0de-0000-7000-8000-000000000001@adr-desk');
    expect(second.uid).toBe(first.uid);
    expect(meetingUid(before.id)).toBe(first.uid);
    expect(first.sequence).toBe(0);
    expect(second.sequence).toBe(1);
    expect(second.summary).toBe('2026年12月案情研判会（改期）');
    const stamp = (e: ICAL.Event) => e.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp(first).zone).toBe(ICAL.Timezone.utcTimezone);
    expect(stamp(first).toJSDate().toISOString()).toBe(NOW.toISOString());
    expect(stamp(second).toJSDate().toISOString()).toBe(later.toISOString());
  });

  it('cancels a cancelled meeting: METHOD:CANCEL and STATUS:CANCELLED, same UID, its raised SEQUENCE', () => {
    const text = meetingInvitationIcs(meetingDetail({ status: 'cancelled', icsSequence: 3 }), CONTEXT);
    expect(prop(parse(text), 'method')).toBe('CANCEL');
    const event = onlyEvent(text);
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.uid).toBe(meetingUid(meetingDetail().id));
    expect(event.sequence).toBe(3);
    // A CANCEL names who it is sent to, like the request it withdraws.
    expect(event.attendees).toHaveLength(4);
    expect(event.description.startsWith('本次会议已取消。')).toBe(true);
  });

  it("puts DTSTART/DTEND in Asia/Shanghai, defined by the file's own VTIMEZONE, at the meeting's instants", () => {
    const meeting = meetingDetail();
    const text = meetingInvitationIcs(meeting, CONTEXT);
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20261203T090000\r\n');
    expect(text).toContain('DTEND;TZID=Asia/Shanghai:20261203T113000\r\n');

    const calendar = parse(text);
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones).toHaveLength(1);
    expect(zones[0]!.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    expect(zones[0]!.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto')!.toString()).toBe('+08:00');

    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.zone!.tzid).toBe('Asia/Shanghai');
    expect(event.startDate.toJSDate().toISOString()).toBe(meeting.startsAt);
    expect(event.endDate.toJSDate().toISOString()).toBe(meeting.endsAt);

    // The zone really comes from the file: without the VTIMEZONE ical.js cannot place the time.
    const stripped = text.replace(/BEGIN:VTIMEZONE\r\n[\s\S]*?END:VTIMEZONE\r\n/, '');
    expect(stripped).not.toContain('VTIMEZONE');
    expect(onlyEvent(stripped).startDate.zone!.tzid).toBe('floating');
  });

  it('writes the invitees as ATTENDEEs with their roles, NEEDS-ACTION, and RSVP only for those with an email', () => {
    const event = onlyEvent(meetingInvitationIcs(meetingDetail(), CONTEXT));
    const rows = event.attendees.map((a) => ({
      cn: a.getParameter('cn'),
      role: a.getParameter('role'),
      partstat: a.getParameter('partstat'),
      rsvp: a.getParameter('rsvp'),
      address: String(a.getFirstValue()).toLowerCase(),
    }));
    expect(rows).toEqual([
      { cn: '王主任', role: 'CHAIR', partstat: 'NEEDS-ACTION', rsvp: 'TRUE', address: 'mailto:wang@sfj.example.cn' },
      { cn: '张协调', role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'TRUE', address: 'mailto:zhang@adr.example.cn' },
      { cn: '刘法官', role: 'OPT-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'FALSE', address: 'mailto:invitee-i3@adr-desk.invalid' },
      { cn: '李某', role: 'NON-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'FALSE', address: 'mailto:invitee-i4@adr-desk.invalid' },
    ]);
  });

  it("names the organiser with their own address when they are an invitee with one, else the fallback, else a no-reply placeholder; the center when there is no organiser", () => {
    const organizer = (text: string) => {
      const p = onlyEvent(text).component.getFirstProperty('organizer')!;
      return { cn: p.getParameter('cn'), address: String(p.getFirstValue()) };
    };
    expect(organizer(meetingInvitationIcs(meetingDetail(), CONTEXT))).toEqual({ cn: '张协调', address: 'mailto:zhang@adr.example.cn' });

    const noOwnEmail = meetingDetail({ invitees: [invitee({ id: 'i1', name: '王主任', role: 'chair', email: 'wang@sfj.example.cn' })] });
    expect(organizer(meetingInvitationIcs(noOwnEmail, { ...CONTEXT, organiserEmail: 'office@adr.example.cn' }))).toEqual({
      cn: '张协调',
      address: 'mailto:office@adr.example.cn',
    });
    expect(organizer(meetingInvitationIcs(noOwnEmail, CONTEXT))).toEqual({ cn: '张协调', address: `mailto:${NO_REPLY_ADDRESS}` });

    const noOrganiser = meetingDetail({ organiserId: null, organiserName: null });
    expect(organizer(meetingInvitationIcs(noOrganiser, CONTEXT))).toEqual({ cn: '秦皇岛市行政争议化解中心', address: `mailto:${NO_REPLY_ADDRESS}` });
  });

  it('round-trips Chinese text with commas, semicolons, backslashes and line breaks through escaping', () => {
    const meeting = meetingDetail({
      title: '关于王某、李某诉某局案件的协调会；第二次,复议',
      roomName: null,
      roomId: null,
      place: '某区政府 3 号楼，二层；小会议室\\东侧',
    });
    const event = onlyEvent(meetingInvitationIcs(meeting, CONTEXT));
    expect(event.summary).toBe('关于王某、李某诉某局案件的协调会；第二次,复议');
    expect(event.location).toBe('某区政府 3 号楼，二层；小会议室\\东侧');
    expect(event.description).toBe(
      [
        '会议类型：案情研判会',
        '会议系列：行政争议案情研判会',
        '组织者：张协调',
        '',
        '议程：',
        '1. 秦行化〔2026〕15号 李某诉市自然资源局房屋征收补偿案（汇报人：张协调；20分钟）',
        '2. 通报本季度负责人出庭应诉情况（汇报人：王主任；30分钟）',
      ].join('\n'),
    );
  });

  it('gives the room and its address as the location, or the outside place', () => {
    expect(onlyEvent(meetingInvitationIcs({ ...meetingDetail(), roomLocation: '中心三楼301室' }, CONTEXT)).location).toBe('中心会议室（中心三楼301室）');
    expect(onlyEvent(meetingInvitationIcs(meetingDetail(), CONTEXT)).location).toBe('中心会议室');
    const outside = meetingDetail({ roomId: null, roomName: null, place: '市中级人民法院第三会议室' });
    expect(onlyEvent(meetingInvitationIcs(outside, CONTEXT)).location).toBe('市中级人民法院第三会议室');
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character, and the text unfolds intact', () => {
    const topic = '研究房屋征收补偿争议的化解方案，听取各方意见；明确牵头单位、配合单位和完成时限🏛️'.repeat(6);
    const meeting = meetingDetail({
      agenda: [
        {
          ...meetingDetail().agenda[1]!,
          caseId: null,
          caseNumber: null,
          caseTitle: null,
          topic,
        },
      ],
    });
    const text = meetingInvitationIcs(meeting, CONTEXT);
    const bytes = Buffer.from(text, 'utf8');
    const lines: Buffer[] = [];
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf('\r\n', start);
      lines.push(bytes.subarray(start, end === -1 ? bytes.length : end));
      start = end === -1 ? bytes.length : end + 2;
    }
    expect(lines.filter((l) => l[0] === 0x20).length).toBeGreaterThan(5); // it did fold
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(line)).not.toThrow();
    }
    expect(onlyEvent(text).description).toContain(`1. ${topic}（汇报人：张协调；20分钟）`);
  });

  it('marks a draft meeting TENTATIVE', () => {
    expect(onlyEvent(meetingInvitationIcs(meetingDetail({ status: 'draft' }), CONTEXT)).component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });
});
