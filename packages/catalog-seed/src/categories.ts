import type { Category } from '@eruz/domain';

import { text } from './text.ts';

/** The six categories of the catalog, in display order. */
export const CATEGORIES: Category[] = [
  {
    id: 'citizen-documents',
    order: 0,
    title: text('Документы для граждан', 'Documents for citizens', {
      tt: 'Гражданнар өчен документлар',
      ba: 'Граждандар өсөн документтар',
    }),
    description: text(
      'Паспорта, регистрация по месту жительства, свидетельства ЗАГС, справки о доходах и о несудимости.',
      'Passports, registration at a place of residence, civil status certificates, income and criminal record certificates.',
    ),
  },
  {
    id: 'real-estate',
    order: 1,
    title: text('Недвижимость', 'Real estate', {
      tt: 'Күчемсез милек',
      ba: 'Күсемһеҙ милек',
    }),
    description: text(
      'Регистрация прав на недвижимость, кадастровый учёт, выписки из ЕГРН, земельные участки и строительство.',
      'Registration of property rights, cadastral registration, extracts from the real estate register, land and construction.',
    ),
  },
  {
    id: 'business',
    order: 2,
    title: text('Бизнес', 'Business', {
      tt: 'Бизнес өчен хезмәтләр',
      ba: 'Бизнес өсөн хеҙмәттәр',
    }),
    description: text(
      'Открытие и закрытие ИП и организаций, лицензии, налоговый учёт и режимы налогообложения, поддержка предпринимателей.',
      'Opening and closing sole proprietorships and companies, licences, tax registration and tax regimes, business support.',
    ),
  },
  {
    id: 'social-support',
    order: 3,
    title: text('Социальная поддержка', 'Social support', {
      tt: 'Социаль ярдәм',
      ba: 'Социаль ярҙам',
    }),
    description: text(
      'Пособия на детей, материнский капитал, пенсии, пособие по безработице, субсидии и льготы.',
      'Child benefits, maternity capital, pensions, unemployment benefit, subsidies and allowances.',
    ),
  },
  {
    id: 'transport',
    order: 4,
    title: text('Транспорт', 'Transport', { tt: 'Транспорт', ba: 'Транспорт' }),
    description: text(
      'Водительские удостоверения, регистрация автомобилей, штрафы ГИБДД, парковки, такси и техосмотр.',
      'Driving licences, vehicle registration, traffic fines, parking, taxi permits and vehicle inspection.',
    ),
  },
  {
    id: 'electronic-signature',
    order: 5,
    title: text('Электронная подпись', 'Electronic signature', {
      tt: 'Электрон имза',
      ba: 'Электрон ҡултамға',
    }),
    description: text(
      'Получение, продление и отзыв сертификатов электронной подписи, проверка подписи, машиночитаемые доверенности.',
      'Obtaining, renewing and revoking electronic signature certificates, verifying signatures, machine-readable powers of attorney.',
    ),
  },
];
