import { reportText, ReportJson } from '../../../src/deploy/private/report-render';

describe('reportText', () => {
  const report: ReportJson = {
    stack: 'app',
    table: 'the table',
    places: [{ place: 'account:abc', groups: [{ id: '1', name: 'API Tokens Write', deploy: true, plan: false, mintsTokens: true, types: ['cloudflare_account_token'] }] }],
    unknownTypes: [{ type: 'cloudflare_new', kind: 'resource', reason: 'not in the table', paths: ['app/new'] }],
    unsureTypes: [],
  };

  test('one line per place and group, with purposes, token minting flagged, unknown types listed', () => {
    expect(reportText(report)).toBe(
      'Deploy permissions of stack "app" (table: the table)\n' +
        '  account:abc\n' +
        '    API Tokens Write [deploy] MINTS TOKENS  for cloudflare_account_token\n' +
        '  UNKNOWN resource cloudflare_new (app/new): not in the table\n',
    );
  });

  test('a stack without needs says so', () => {
    expect(reportText({ ...report, places: [], unknownTypes: [] })).toBe('Deploy permissions of stack "app" (table: the table)\n  no permission group derived\n');
  });
});
