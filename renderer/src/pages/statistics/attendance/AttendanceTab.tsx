import { Flex } from 'antd';
import type { Attendance, LinkageStats } from '../../../../../electron/contract/schemas/linkage';
import { AttendanceTable } from './AttendanceTable';
import { AttendanceList } from './AttendanceList';

/** 旁听庭审: a once-a-year duty, so always the whole year of the period picked. */
export function AttendanceTab({ stats, records }: { stats: LinkageStats; records: Attendance[] }) {
  return (
    <Flex vertical gap={12} data-testid="tab-attendance">
      <AttendanceTable stats={stats} />
      <AttendanceList year={stats.attendanceYear} records={records} />
    </Flex>
  );
}
