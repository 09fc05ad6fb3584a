import type { CategoryId, Region } from '@eruz/domain';
import { CATEGORY_IDS } from '@eruz/domain';

import { text } from './text.ts';

/*
 * Federal subjects of the seed and their offices. Addresses and phone numbers look real but
 * are made up for the seed: do not send citizens to them.
 */

const ALL: CategoryId[] = [...CATEGORY_IDS];
const WEEKDAYS_8_20 = text(
  'пн–сб 08:00–20:00, вс — выходной',
  'Mon–Sat 08:00–20:00, Sunday closed',
);
const WEEKDAYS_9_18 = text(
  'пн–пт 09:00–18:00, сб–вс — выходной',
  'Mon–Fri 09:00–18:00, weekends closed',
);
const EVERY_DAY_8_20 = text('ежедневно 08:00–20:00', 'daily 08:00–20:00');

export const REGIONS: Region[] = [
  {
    code: '77',
    name: text('Москва', 'Moscow', { tt: 'Мәскәү', ba: 'Мәскәү' }),
    timeZone: 'Europe/Moscow',
    languages: ['ru', 'en'],
    offices: [
      {
        id: 'msk-mfc-tverskoy',
        name: text('МФЦ района Тверской', 'Tverskoy district service centre (МФЦ)'),
        address: text(
          '125009, г. Москва, ул. Тверская, д. 8, стр. 1',
          '8 Tverskaya St, bldg 1, Moscow, 125009',
        ),
        phone: '+74955870001',
        email: 'tverskoy@mfc.example.ru',
        hours: EVERY_DAY_8_20,
        timeZone: 'Europe/Moscow',
        categories: ALL,
      },
      {
        id: 'msk-mfc-yasenevo',
        name: text('МФЦ района Ясенево', 'Yasenevo district service centre (МФЦ)'),
        address: text(
          '117574, г. Москва, Новоясеневский пр-т, д. 1',
          '1 Novoyasenevsky Ave, Moscow, 117574',
        ),
        phone: '+74955870002',
        hours: EVERY_DAY_8_20,
        timeZone: 'Europe/Moscow',
        categories: ['citizen-documents', 'real-estate', 'social-support', 'transport'],
      },
      {
        id: 'msk-gibdd-registration-north',
        name: text(
          'Регистрационное подразделение Госавтоинспекции «Север»',
          'Traffic police registration office "North"',
        ),
        address: text(
          '127411, г. Москва, Дмитровское ш., д. 110',
          '110 Dmitrovskoye Hwy, Moscow, 127411',
        ),
        phone: '+74959000003',
        hours: text('вт–сб 09:00–18:00', 'Tue–Sat 09:00–18:00'),
        timeZone: 'Europe/Moscow',
        categories: ['transport'],
      },
    ],
  },
  {
    code: '50',
    name: text('Московская область', 'Moscow Region', { tt: 'Мәскәү өлкәсе', ba: 'Мәскәү өлкәһе' }),
    timeZone: 'Europe/Moscow',
    languages: ['ru', 'en'],
    offices: [
      {
        id: 'mo-mfc-krasnogorsk',
        name: text('МФЦ городского округа Красногорск', 'Krasnogorsk service centre (МФЦ)'),
        address: text(
          '143401, Московская обл., г. Красногорск, ул. Ленина, д. 38б',
          '38b Lenina St, Krasnogorsk, Moscow Region, 143401',
        ),
        phone: '+74955500101',
        hours: WEEKDAYS_8_20,
        timeZone: 'Europe/Moscow',
        categories: ALL,
      },
      {
        id: 'mo-mfc-podolsk',
        name: text('МФЦ городского округа Подольск', 'Podolsk service centre (МФЦ)'),
        address: text(
          '142100, Московская обл., г. Подольск, ул. Кирова, д. 39',
          '39 Kirova St, Podolsk, Moscow Region, 142100',
        ),
        phone: '+74955500102',
        hours: WEEKDAYS_8_20,
        timeZone: 'Europe/Moscow',
        categories: ['citizen-documents', 'real-estate', 'social-support', 'business'],
      },
    ],
  },
  {
    code: '78',
    name: text('Санкт-Петербург', 'Saint Petersburg', {
      tt: 'Санкт-Петербург',
      ba: 'Санкт-Петербург',
    }),
    timeZone: 'Europe/Moscow',
    languages: ['ru', 'en'],
    offices: [
      {
        id: 'spb-mfc-tsentralny',
        name: text('МФЦ Центрального района', 'Tsentralny district service centre (МФЦ)'),
        address: text(
          '191025, г. Санкт-Петербург, Невский пр-т, д. 90',
          '90 Nevsky Ave, Saint Petersburg, 191025',
        ),
        phone: '+78125730001',
        email: 'centr@mfc-spb.example.ru',
        hours: EVERY_DAY_8_20,
        timeZone: 'Europe/Moscow',
        categories: ALL,
      },
      {
        id: 'spb-mfc-primorsky',
        name: text('МФЦ Приморского района', 'Primorsky district service centre (МФЦ)'),
        address: text(
          '197374, г. Санкт-Петербург, ул. Савушкина, д. 119',
          '119 Savushkina St, Saint Petersburg, 197374',
        ),
        phone: '+78125730002',
        hours: WEEKDAYS_8_20,
        timeZone: 'Europe/Moscow',
        categories: ['citizen-documents', 'social-support', 'transport'],
      },
    ],
  },
  {
    code: '16',
    name: text('Республика Татарстан', 'Republic of Tatarstan', {
      tt: 'Татарстан Республикасы',
      ba: 'Татарстан Республикаһы',
    }),
    timeZone: 'Europe/Moscow',
    languages: ['ru', 'tt', 'en'],
    offices: [
      {
        id: 'tat-mfc-kazan-vakhitovsky',
        name: text(
          'МФЦ Вахитовского района г. Казани',
          'Vakhitovsky district service centre, Kazan (МФЦ)',
          {
            tt: 'Казан шәһәре Вахитов районы КФҮ',
          },
        ),
        address: text(
          '420111, Республика Татарстан, г. Казань, ул. Баумана, д. 44',
          '44 Baumana St, Kazan, Republic of Tatarstan, 420111',
          {
            tt: '420111, Татарстан Республикасы, Казан ш., Бауман ур., 44 йорт',
          },
        ),
        phone: '+78432100001',
        hours: text('пн–сб 08:00–20:00', 'Mon–Sat 08:00–20:00', { tt: 'дш–шм 08:00–20:00' }),
        timeZone: 'Europe/Moscow',
        categories: ALL,
      },
      {
        id: 'tat-mfc-naberezhnye-chelny',
        name: text('МФЦ г. Набережные Челны', 'Naberezhnye Chelny service centre (МФЦ)', {
          tt: 'Чаллы шәһәре КФҮ',
        }),
        address: text(
          '423800, Республика Татарстан, г. Набережные Челны, пр-т Мира, д. 3',
          '3 Mira Ave, Naberezhnye Chelny, Republic of Tatarstan, 423800',
          {
            tt: '423800, Татарстан Республикасы, Чаллы ш., Мир пр., 3 йорт',
          },
        ),
        phone: '+78552200002',
        hours: WEEKDAYS_8_20,
        timeZone: 'Europe/Moscow',
        categories: ['citizen-documents', 'real-estate', 'social-support', 'business'],
      },
    ],
  },
  {
    code: '02',
    name: text('Республика Башкортостан', 'Republic of Bashkortostan', {
      tt: 'Башкортстан Республикасы',
      ba: 'Башҡортостан Республикаһы',
    }),
    timeZone: 'Asia/Yekaterinburg',
    languages: ['ru', 'ba', 'en'],
    offices: [
      {
        id: 'bash-mfc-ufa-kirovsky',
        name: text('МФЦ Кировского района г. Уфы', 'Kirovsky district service centre, Ufa (МФЦ)', {
          ba: 'Өфө ҡалаһы Киров районы КФҮ',
        }),
        address: text(
          '450077, Республика Башкортостан, г. Уфа, ул. Ленина, д. 32',
          '32 Lenina St, Ufa, Republic of Bashkortostan, 450077',
          {
            ba: '450077, Башҡортостан Республикаһы, Өфө ҡ., Ленин ур., 32',
          },
        ),
        phone: '+73472100001',
        hours: text('пн–сб 09:00–20:00', 'Mon–Sat 09:00–20:00', { ba: 'дш–шм 09:00–20:00' }),
        timeZone: 'Asia/Yekaterinburg',
        categories: ALL,
      },
      {
        id: 'bash-mfc-sterlitamak',
        name: text('МФЦ г. Стерлитамак', 'Sterlitamak service centre (МФЦ)', {
          ba: 'Стәрлетамаҡ ҡалаһы КФҮ',
        }),
        address: text(
          '453120, Республика Башкортостан, г. Стерлитамак, пр-т Октября, д. 32',
          '32 Oktyabrya Ave, Sterlitamak, Republic of Bashkortostan, 453120',
          {
            ba: '453120, Башҡортостан Республикаһы, Стәрлетамаҡ ҡ., Октябрь пр., 32',
          },
        ),
        phone: '+73473200002',
        hours: WEEKDAYS_9_18,
        timeZone: 'Asia/Yekaterinburg',
        categories: ['citizen-documents', 'social-support', 'transport'],
      },
    ],
  },
  {
    code: '54',
    name: text('Новосибирская область', 'Novosibirsk Region', {
      tt: 'Новосибирск өлкәсе',
      ba: 'Новосибирск өлкәһе',
    }),
    timeZone: 'Asia/Novosibirsk',
    languages: ['ru', 'en'],
    offices: [
      {
        id: 'nsk-mfc-tsentralny',
        name: text(
          'МФЦ Центрального района г. Новосибирска',
          'Tsentralny district service centre, Novosibirsk (МФЦ)',
        ),
        address: text(
          '630099, Новосибирская обл., г. Новосибирск, Красный пр-т, д. 18',
          '18 Krasny Ave, Novosibirsk, 630099',
        ),
        phone: '+73833200001',
        hours: WEEKDAYS_8_20,
        timeZone: 'Asia/Novosibirsk',
        categories: ALL,
      },
      {
        id: 'nsk-mfc-akademgorodok',
        name: text(
          'МФЦ Советского района (Академгородок)',
          'Sovetsky district service centre, Akademgorodok (МФЦ)',
        ),
        address: text(
          '630090, Новосибирская обл., г. Новосибирск, Морской пр-т, д. 2',
          '2 Morskoy Ave, Novosibirsk, 630090',
        ),
        phone: '+73833200002',
        hours: WEEKDAYS_9_18,
        timeZone: 'Asia/Novosibirsk',
        categories: ['citizen-documents', 'real-estate', 'social-support'],
      },
    ],
  },
  {
    code: '66',
    name: text('Свердловская область', 'Sverdlovsk Region', {
      tt: 'Свердловск өлкәсе',
      ba: 'Свердловск өлкәһе',
    }),
    timeZone: 'Asia/Yekaterinburg',
    languages: ['ru', 'en'],
    offices: [
      {
        id: 'ekb-mfc-leninsky',
        name: text(
          'МФЦ Ленинского района г. Екатеринбурга',
          'Leninsky district service centre, Yekaterinburg (МФЦ)',
        ),
        address: text(
          '620014, Свердловская обл., г. Екатеринбург, ул. 8 Марта, д. 13',
          '13 Vosmogo Marta St, Yekaterinburg, 620014',
        ),
        phone: '+73433540001',
        hours: WEEKDAYS_8_20,
        timeZone: 'Asia/Yekaterinburg',
        categories: ALL,
      },
      {
        id: 'ekb-mfc-nizhny-tagil',
        name: text('МФЦ г. Нижний Тагил', 'Nizhny Tagil service centre (МФЦ)'),
        address: text(
          '622001, Свердловская обл., г. Нижний Тагил, пр-т Ленина, д. 15',
          '15 Lenina Ave, Nizhny Tagil, 622001',
        ),
        phone: '+73435400002',
        hours: WEEKDAYS_9_18,
        timeZone: 'Asia/Yekaterinburg',
        categories: ['citizen-documents', 'social-support', 'transport'],
      },
    ],
  },
  {
    code: '25',
    name: text('Приморский край', 'Primorsky Krai', { tt: 'Приморье крае', ba: 'Приморье крайы' }),
    timeZone: 'Asia/Vladivostok',
    languages: ['ru', 'en'],
    offices: [
      {
        id: 'prim-mfc-vladivostok',
        name: text('МФЦ г. Владивостока', 'Vladivostok service centre (МФЦ)'),
        address: text(
          '690091, Приморский край, г. Владивосток, ул. Светланская, д. 33',
          '33 Svetlanskaya St, Vladivostok, 690091',
        ),
        phone: '+74232200001',
        hours: WEEKDAYS_9_18,
        timeZone: 'Asia/Vladivostok',
        categories: ALL,
      },
      {
        id: 'prim-mfc-nakhodka',
        name: text('МФЦ г. Находки', 'Nakhodka service centre (МФЦ)'),
        address: text(
          '692904, Приморский край, г. Находка, Находкинский пр-т, д. 16',
          '16 Nakhodkinsky Ave, Nakhodka, 692904',
        ),
        phone: '+74236600002',
        hours: WEEKDAYS_9_18,
        timeZone: 'Asia/Vladivostok',
        categories: ['citizen-documents', 'real-estate', 'social-support'],
      },
    ],
  },
];

/** Codes of the federal subjects in the seed. */
export const REGION_CODES = REGIONS.map((r) => r.code);
