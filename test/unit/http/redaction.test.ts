import { describe, expect, it } from 'vitest';

import { logger, REDACTED, scrubText } from '@eruz/http';

import { captureLogs } from '../../helpers/events.ts';

describe('personal data in logs', () => {
  it('scrubs phones, e-mails, SNILS, passport and INN numbers from free text', () => {
    const text =
      'звонил +7 (912) 345-67-89 и 8 912 345 67 89, почта ivan.petrov@mail.ru, ' +
      'СНИЛС 112-233-445 95, паспорт 45 06 123456, ИНН 500100732259';

    const scrubbed = scrubText(text);

    for (const secret of ['912', 'ivan.petrov', '112-233-445', '123456', '500100732259']) {
      expect(scrubbed).not.toContain(secret);
    }
  });

  it('never writes personal fields of a logged object', async () => {
    logger.setLogLevel('INFO');
    const { lines } = await captureLogs(async () => {
      logger.info('registration received', {
        applicant: {
          surname: 'Иванов',
          patronymic: 'Петрович',
          phone: '+79123456789',
          email: 'a@b.ru',
          snils: '11223344595',
          inn: '500100732259',
          passport: { series: '4506', number: '123456' },
        },
        route: 'register',
      });
    });

    const line = lines.join('\n');
    for (const secret of ['Иванов', 'Петрович', '9123456789', 'a@b.ru', '11223344595', '4506']) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain(REDACTED);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ route: 'register' });
  });
});
