import type { Command } from 'commander';
import { newSession } from '../../core/session';
import { completeSetup, needsSetup } from '../../core/services/setup';
import { loadDemoData } from '../../core/demo/load-demo';
import { cliOperator, say, withCore, type GlobalOptions } from '../cli-context';

/** The identity a demo database gets when nobody has set it up yet (fictional operator). */
const DEMO_SETUP = {
  centerName: '秦皇岛市行政争议化解中心',
  level: 'city',
  courtName: '秦皇岛市中级人民法院',
  operatorName: '演示管理员',
  operatorRole: 'administrator',
} as const;

/** `adr demo`: create the database if needed, set it up with a demo identity, load the demo set. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('create the database if needed and load the fictional demo data set')
    .option('--json', 'print the counts as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), (core) => {
        if (needsSetup(core)) completeSetup(core, newSession(), DEMO_SETUP);
        const counts = loadDemoData(core, cliOperator(core, 'demo.load')!);
        if (options.json) {
          console.log(JSON.stringify(counts));
          return;
        }
        console.log(
          say({
            'zh-CN': `已载入演示数据：单位 ${counts.agencies} 个，案件 ${counts.cases} 件，活动 ${counts.activities} 条，会议 ${counts.meetings} 场，协调事项 ${counts.tasks} 项。`,
            en: `Demo data loaded: ${counts.agencies} agencies, ${counts.cases} cases, ${counts.activities} activities, ${counts.meetings} meetings, ${counts.tasks} tasks.`,
          }),
        );
      });
    });
}
